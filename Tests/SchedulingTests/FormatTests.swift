import Foundation
import TestSupport
import Testing

@testable import Scheduling

@Suite("Instance formats")
struct FormatTests {
    @Test("Every example in Problems/scheduling parses with --format auto")
    func problemsParse() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: TestData.problems.path)
        #expect(files.count >= 6)
        for file in files {
            let problem = try TestData.load(TestData.problems.appendingPathComponent(file))
            #expect(!problem.activities.isEmpty, "\(file)")
            for activity in problem.activities {
                for mode in activity.modes {
                    #expect(mode.demands.count == problem.resources.count)
                }
            }
        }
    }

    @Test("PSPLIB .sm: jobs, modes, successors and capacities as in the file")
    func psplibSingleMode() throws {
        let problem = try TestData.load(TestData.problems.appendingPathComponent("j301_1.sm"))
        #expect(problem.activities.count == 32)
        #expect(problem.resources.map(\.capacity) == [12, 13, 4, 12])
        #expect(problem.isSingleMode)
        // Job 1 (the source) precedes jobs 2, 3 and 4.
        let sourceSuccessors = problem.precedences.filter { $0.predecessor == 0 }.map(\.successor)
        #expect(sourceSuccessors == [1, 2, 3])
        #expect(problem.activities[1].modes[0].duration == 8)
        #expect(problem.activities[1].modes[0].demands == [4, 0, 0, 0])
    }

    @Test("PSPLIB .mm: several modes, renewable and non-renewable resources")
    func psplibMultiMode() throws {
        let problem = try TestData.load(TestData.problems.appendingPathComponent("j1010_1.mm"))
        #expect(problem.activities.count == 12)
        #expect(
            problem.resources.map(\.kind) == [.renewable, .renewable, .nonRenewable, .nonRenewable])
        #expect(problem.activities[1].modes.count == 3)
        #expect(problem.activities[1].modes[1] == Mode(duration: 4, demands: [0, 4, 7, 0]))
    }

    @Test("Job shop: one activity per operation, chained per job, machines from 0")
    func jobShop() throws {
        let problem = try TestData.load(TestData.problems.appendingPathComponent("ft06.txt"))
        #expect(problem.activities.count == 36)
        #expect(problem.resources.count == 6)
        #expect(problem.precedences.count == 30)
        #expect(
            problem.activities[0].jobShopOperation
                == JobShopOperation(job: 0, operation: 0, machine: 2))
        #expect(problem.activities[0].modes[0].duration == 1)
        #expect(InstanceFormat.detect(file: "x.txt", contents: "2 1\n0 3\n0 4\n") == .jobshop)
    }

    @Test("Patterson .rcp")
    func patterson() throws {
        let problem = try TestData.load(TestData.problems.appendingPathComponent("pat1.rcp"))
        #expect(problem.activities.count == 14)
        #expect(problem.resources.map(\.capacity) == [2, 1, 2])
    }

    @Test("Werkvloei YAML: modes, lags, release dates, deadlines, budgets")
    func yaml() throws {
        let problem = try TestData.load(TestData.problems.appendingPathComponent("workshop.yaml"))
        #expect(problem.name == "workshop")
        #expect(problem.resources.count == 3)
        #expect(problem.resources[2].kind == .nonRenewable)
        let lift = try #require(problem.activities.firstIndex { $0.name == "lift" })
        #expect(problem.activities[lift].releaseDate == 4)
        let cut = try #require(problem.activities.first { $0.name == "cut" })
        #expect(cut.modes.count == 2)
        #expect(problem.precedences.contains { $0.maximumLag == 2 })
        #expect(problem.precedences.contains { $0.minimumLag == 1 })
    }

    @Test("Werkvloei JSON with a tardiness objective")
    func json() throws {
        let problem = try TestData.load(TestData.problems.appendingPathComponent("orders.json"))
        #expect(problem.objective == .totalWeightedTardiness)
        #expect(problem.activities.compactMap(\.dueDate).count == 6)
    }

    @Test("Every instance of the corpus parses, from every benchmark set's format")
    func corpusInstances() throws {
        for folder in [
            "rcpsp/j30", "rcpsp/j60", "rcpsp/j120", "rcpsp/patterson", "mrcpsp/j10", "mrcpsp/j20",
            "mrcpsp/j30", "jssp",
        ] {
            let directory = TestCorpus.url(folder)
            let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
                .filter { !$0.hasSuffix(".md") && !$0.hasSuffix(".csv") }
            #expect(!files.isEmpty, "\(folder)")
            for file in files {
                let problem = try TestData.load(directory.appendingPathComponent(file))
                #expect(problem.activities.count > 2, "\(folder)/\(file)")
            }
        }
    }
}
