import Foundation
import TestSupport
import Testing

/// `werk plan` on temporal PDDL: timed plans that VAL accepts, on domains that need actions
/// to overlap and on timed initial literals.
@Suite struct TemporalPlanCommandTests {
    private static let fixtures = Bundle.module.bundleURL
        .appendingPathComponent("Fixtures/temporal")

    /// The time limit of `werk plan`: the search ends at its first plan (depot-storage, the
    /// slowest, takes about 15 s in a debug build); a sanitizer makes it several times slower.
    private let timeLimit = Sanitizers.active ? "600" : "60"

    /// Plans `name`/p01 with `werk plan`, checks the plan with VAL and returns its steps and
    /// the makespan VAL computed.
    private func planAndValidate(_ name: String) throws -> (
        steps: [TimedPlanText.Step], makespan: Double
    ) {
        let domain = Self.fixtures.appendingPathComponent("\(name)/domain.pddl").path
        let problem = Self.fixtures.appendingPathComponent("\(name)/p01.pddl").path
        let outcome = try WerkProcess.run(["plan", domain, problem, "--time-limit", timeLimit])
        #expect(outcome.status == 0, "\(outcome.error)")
        let plan = FileManager.default.temporaryDirectory
            .appendingPathComponent("werk-temporal-\(name)-\(UUID().uuidString).plan")
        try outcome.output.write(to: plan, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: plan) }
        let verdict = try PlanValidatorTool.check(domain: domain, problem: problem, plan: plan.path)
        guard case .valid(let makespan) = verdict else {
            Issue.record("VAL rejects the plan of \(name): \(verdict)\n\(outcome.output)")
            return ([], 0)
        }
        let steps = TimedPlanText.steps(of: outcome.output)
        let printed = outcome.output.split(separator: "\n").last { $0.hasPrefix("; makespan = ") }
        #expect(printed.flatMap { Double($0.dropFirst("; makespan = ".count)) } == makespan)
        return (steps, makespan)
    }

    @Test("Required concurrency: mending a fuse while a match burns, VAL-valid")
    func matchCellar() throws {
        let (steps, _) = try planAndValidate("match-cellar")
        let mends = steps.filter { $0.action.hasPrefix("(mend_fuse") }
        #expect(!mends.isEmpty)
        // Every mend runs inside the burning of the match it names.
        for mend in mends {
            let match = mend.action.split(separator: " ").last!.dropLast()
            let light = steps.first {
                $0.action == "(light_match \(match))" && $0.start < mend.start
            }
            #expect(light != nil && light!.start + light!.duration > mend.start + mend.duration)
        }
    }

    @Test("Required concurrency: turning the knob while the door opens, VAL-valid")
    func turnAndOpen() throws {
        #expect(try !planAndValidate("turn-and-open").steps.isEmpty)
    }

    @Test("A plateau greedy search alone does not leave (storage): a VAL-valid plan")
    func storage() throws {
        let (steps, _) = try planAndValidate("depot-storage")
        #expect(steps.filter { $0.action.hasPrefix("(drop ") }.count >= 7)
    }

    @Test("Timed initial literals: both customers served inside the opening window")
    func shopWindow() throws {
        let (steps, makespan) = try planAndValidate("shop-window")
        #expect(steps.count == 2)
        for step in steps {
            #expect(step.start > 5 && step.start + step.duration < 10)
        }
        #expect(makespan < 10)
    }

    @Test("Timed initial literals: satellite observations within visibility windows, VAL-valid")
    func satelliteTimeWindows() throws {
        #expect(try !planAndValidate("satellite-time-windows").steps.isEmpty)
    }

    @Test(
        "Optimal search and partial-order plans are refused on durative domains (exit 2)",
        arguments: [["--search", "opt"], ["--partial-order", "pop.json"]])
    func unsupportedOptionsAreRefused(options: [String]) throws {
        let domain = Self.fixtures.appendingPathComponent("shop-window/domain.pddl").path
        let problem = Self.fixtures.appendingPathComponent("shop-window/p01.pddl").path
        let outcome = try WerkProcess.run(["plan", domain, problem] + options)
        #expect(outcome.status == 2)
        #expect(outcome.output.isEmpty)
        #expect(outcome.error.hasPrefix("\(domain): error: "))
        #expect(outcome.error.contains("not"))
    }

    @Test("An object declared with two kiln types, and firings too short for some bakes: VAL-valid")
    func temporalMachineShop() throws {
        let (steps, _) = try planAndValidate("temporal-machine-shop")
        let firings = steps.filter { $0.action.hasPrefix("(fire-kiln") }
        let bakes = steps.filter { $0.action.hasPrefix("(bake-ceramic") }
        #expect(bakes.count >= 8)
        // Every bake runs inside one firing of the kiln (the problem's only one).
        for bake in bakes {
            #expect(
                firings.contains {
                    $0.start < bake.start && bake.start + bake.duration <= $0.start + $0.duration
                }, "\(bake.action) at \(bake.start) is in no firing")
        }
    }
}
