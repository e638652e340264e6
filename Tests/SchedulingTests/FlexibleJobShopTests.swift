import Foundation
import GLPK
import Optimization
import SourceText
import TestSupport
import Testing

@testable import Scheduling

@Suite("Flexible job shop: reader, bounds, tabu search and portfolio")
struct FlexibleJobShopTests {
    static let instances = ["k1", "k2", "k3", "k4", "mk01"]

    private func shop(_ name: String) throws -> FlexibleJobShop {
        let url = TestCorpus.url("fjsp/\(name).fjs")
        return try FlexibleJobShop.read(
            file: url.path, contents: String(contentsOf: url, encoding: .utf8))
    }

    private func optimum(_ name: String) throws -> Int {
        try TestCorpus.publishedOptimum(name, boundsFile: "fjsp/bounds.csv")
    }

    /// The error `contents` raises, read as file `x.fjs`.
    private func error(_ contents: String) -> Diagnostic? {
        do {
            _ = try FlexibleJobShop.read(file: "x.fjs", contents: contents)
        } catch {
            return error
        }
        return nil
    }

    @Test("Kacem k1 is read with its jobs, operations and machine choices, machines from 0")
    func readsKacem() throws {
        let k1 = try shop("k1")
        #expect(k1.jobCount == 4)
        #expect(k1.machineCount == 5)
        #expect(k1.operations.count == 12)
        #expect(k1.firstMachineNumber == 0)
        #expect(k1.operations[0].alternatives.count == 5)
        #expect(k1.duration(of: 0, on: 0) == 2)
        #expect(k1.duration(of: 0, on: 4) == 2)
        let problem = try InstanceFormat.auto.parse(
            file: "k1.fjs",
            contents: String(contentsOf: TestCorpus.url("fjsp/k1.fjs"), encoding: .utf8))
        #expect(problem.activities.count == 12)
        #expect(problem.activities[0].modes.count == 5)
        #expect(problem.precedences.count == 8)
    }

    @Test("A file that names machine `machines` and never 0 is 1-based; CRLF and a BOM are fine")
    func oneBasedMachines() throws {
        let text = "\u{FEFF}2 2 1.5\r\n2 1 1 3 2 1 4 2 2\r\n1 1 2 5\r\n"
        let shop = try FlexibleJobShop.read(file: "one.fjs", contents: text)
        #expect(shop.firstMachineNumber == 1)
        #expect(
            shop.operations[1].alternatives == [
                .init(machine: 0, duration: 4), .init(machine: 1, duration: 2),
            ])
        #expect(shop.machineLabel(1) == "M2")
        #expect(InstanceFormat.detect(file: "one.txt", contents: text) == .fjs)
    }

    @Test("Bad input is reported at its line and column")
    func locatedErrors() {
        let cases: [(String, Int, Int, String)] = [
            ("2\n1 1 0 3\n", 1, 1, "header"),
            ("2 2\n1 1 0 3\n", 2, 1, "declares 2 jobs"),
            ("1 2\n1 1 0 x\n", 2, 7, "processing time"),
            ("1 2\n1 1 3 4\n", 2, 5, "machine number must be at most 2"),
            ("1 2\n1 2 0 1 2 1\n", 2, 9, "machine 2 is out of range"),
            ("1 2\n1 3 0 1 1 1\n", 2, 3, "at most 2"),
            ("1 2\n2 1 0 1\n", 2, 7, "ends after 1 of 2"),
            ("1 2\n1 2 0 1\n", 2, 3, "expected 2 'machine duration' pairs"),
            ("1 2\n1 1 0 1 7\n", 2, 9, "follow the job's"),
            ("1 2\n1 2 1 1 1 2\n", 2, 9, "listed twice"),
            ("1 2\n1 1 0 -3\n", 2, 7, "at least 0"),
            ("1 2\n1 1 0 99999999999999999999\n", 2, 7, "processing time"),
            ("1 99999\n1 1 0 3\n", 1, 3, "declares 99999 machines"),
            ("2 2\n1 2 0 9000000 1 9000000\n2 1 0 9000000 1 1 9000000\n", 3, 5, "add up"),
        ]
        for (text, line, column, message) in cases {
            let failure = error(text)
            #expect(failure?.location == SourceLocation(line: line, column: column), "\(text)")
            #expect(
                failure?.message.contains(message) == true,
                "\(text): \(String(describing: failure))")
            #expect(failure?.description.hasPrefix("x.fjs:\(line):\(column): error: ") == true)
        }
    }

    @Test("The lower bounds never exceed the published optima")
    func boundsAreValid() throws {
        for name in Self.instances {
            let bound = FlexibleJobShopBounds.makespan(try shop(name))
            #expect(bound <= (try optimum(name)), "\(name)")
            #expect(bound > 0)
        }
        // Kacem k1: every operation may run anywhere; the machine load bound is the best.
        #expect(FlexibleJobShopBounds.makespan(try shop("k1")) >= 9)
    }

    @Test("The LP load bound (GLPK) never exceeds the published optima")
    func loadBound() async throws {
        for name in Self.instances {
            let shop = try shop(name)
            let bound = try #require(
                await FlexibleJobShopLoadBound.makespan(shop, solver: GLPKSolver(), seconds: 60))
            #expect(bound <= (try optimum(name)), "\(name)")
            #expect(bound > 0)
        }
        let model = try FlexibleJobShopLoadBound.model(try shop("k1"))
        // C, one column per machine choice; one row per operation, machine and job.
        #expect(model.variableCount == 1 + 12 * 5)
        #expect(model.constraintCount == 12 + 5 + 4)
    }

    @Test("Dispatch and a short tabu search give valid schedules, deterministic for a seed")
    func tabuSearch() throws {
        for name in Self.instances {
            let shop = try shop(name)
            let start = try #require(FlexibleJobShopDispatch(shop: shop).best(passes: 4, seed: 3))
            #expect(FlexibleJobShopValidator.violations(of: start.schedule, in: shop).isEmpty)
            var results: [FlexibleJobShopSchedule] = []
            for _ in 0..<2 {
                let tabu = FlexibleJobShopTabuSearch(shop: shop, start: start, seed: 5)
                tabu.run(until: .now + .seconds(3600), target: 0, iterationLimit: 300)
                let schedule = tabu.best.schedule
                #expect(FlexibleJobShopValidator.violations(of: schedule, in: shop).isEmpty)
                #expect(schedule.makespan(in: shop) == tabu.best.makespan)
                #expect(tabu.best.makespan <= start.makespan)
                #expect(tabu.best.makespan >= (try optimum(name)), "\(name)")
                results.append(schedule)
            }
            #expect(results[0] == results[1], "\(name)")
        }
    }

    @Test("The validator rejects a wrong machine, a broken job order and an overlap")
    func validator() throws {
        let shop = try shop("k1")
        let start = try #require(FlexibleJobShopDispatch(shop: shop).best(passes: 2, seed: 1))
        let valid = start.schedule
        #expect(FlexibleJobShopValidator.violations(of: valid, in: shop).isEmpty)
        var early = valid
        early.starts[1] = 0
        early.starts[0] = 1
        #expect(!FlexibleJobShopValidator.violations(of: early, in: shop).isEmpty)
        var stacked = valid
        stacked.machines = [Int](repeating: 0, count: valid.machines.count)
        stacked.starts = [Int](repeating: 100, count: valid.starts.count)
        for operation in shop.operations.indices where shop.operations[operation].position > 0 {
            stacked.starts[operation] = stacked.starts[operation - 1] + 20
        }
        #expect(
            FlexibleJobShopValidator.violations(of: stacked, in: shop).contains {
                $0.contains("overlap")
            })
    }

    @Test("Operations of duration 0 occupy no machine time; schedules with them stay valid")
    func zeroDurations() async throws {
        let text = "3 2\n3 2 0 0 1 3 1 1 0 2 0 5 1 0\n2 1 0 0 1 1 0\n2 2 0 4 1 4 1 0 0\n"
        let shop = try FlexibleJobShop.read(file: "z.fjs", contents: text)
        let result = await FlexibleJobShopSolver(shop: shop).solve(
            options: ScheduleSolverOptions(timeLimit: 1), iterationLimit: 500)
        let schedule = try #require(result.schedule)
        #expect(FlexibleJobShopValidator.violations(of: schedule, in: shop).isEmpty)
        // A zero-length operation inside another's interval on the same machine is no overlap.
        let inside = FlexibleJobShopSchedule(
            machines: [0, 1, 0, 0, 1, 0, 0], starts: [0, 0, 0, 3, 3, 5, 9])
        #expect(FlexibleJobShopValidator.violations(of: inside, in: shop).isEmpty)
        var overlapping = inside
        overlapping.starts[5] = 4
        #expect(!FlexibleJobShopValidator.violations(of: overlapping, in: shop).isEmpty)
    }

    @Test("The portfolio: valid schedules above the optimum, 'optimal' only at the optimum")
    func portfolio() async throws {
        for name in Self.instances {
            let shop = try shop(name)
            let result = await FlexibleJobShopSolver(shop: shop).solve(
                options: ScheduleSolverOptions(timeLimit: 1, milpSolver: GLPKSolver()),
                iterationLimit: 2000)
            let schedule = try #require(result.schedule)
            #expect(FlexibleJobShopValidator.violations(of: schedule, in: shop).isEmpty)
            let optimum = try optimum(name)
            let makespan = try #require(result.makespan)
            #expect(makespan == schedule.makespan(in: shop))
            #expect(makespan >= optimum, "\(name)")
            #expect((result.bound ?? 0) <= optimum, "\(name)")
            if result.status == .optimal { #expect(makespan == optimum, "\(name)") }
        }
    }
}
