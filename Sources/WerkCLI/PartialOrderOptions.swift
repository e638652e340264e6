import ArgumentParser
import Foundation
import GLPK
import PartialOrderPlanning
import Pipeline
import PlanningTask
import TimeUnits

/// The partial-order outputs of `werk plan`: `--partial-order POP.json [--dot POP.dot]
/// [--reorder]`.
struct PartialOrderOptions: ParsableArguments {
    @Option(
        name: .customLong("partial-order"),
        help: ArgumentHelp(
            "Also write the plan's minimal deordering as JSON (steps, orderings, causal links).",
            valueName: "pop.json"),
        completion: .file(extensions: ["json"]))
    var jsonPath: String?

    @Option(
        name: .customLong("dot"),
        help: ArgumentHelp(
            "Also draw the partial-order plan as a Graphviz digraph.", valueName: "pop.dot"),
        completion: .file(extensions: ["dot"]))
    var dotPath: String?

    @Flag(help: "Reorder instead of deorder: orderings may contradict the plan (MILP via GLPK).")
    var reorder = false

    @Option(
        name: .customLong("reorder-objective"),
        help: "What --reorder minimises: orderings or critical-path.")
    var objective: ObjectiveOption = .orderings

    /// The values of `--reorder-objective`.
    enum ObjectiveOption: String, ExpressibleByArgument, CaseIterable {
        case orderings
        case criticalPath = "critical-path"

        var objective: ReorderingObjective {
            switch self {
            case .orderings: .orderings
            case .criticalPath: .criticalPath
            }
        }
    }

    @Option(
        name: .customLong("reorder-time-limit"),
        help: "Seconds the reordering MILP may take before the best order so far is used.")
    var reorderTimeLimit: Double = 10

    func validate() throws {
        if reorder, jsonPath == nil, dotPath == nil {
            throw ValidationError("--reorder needs --partial-order or --dot")
        }
        if !(reorderTimeLimit > 0 && reorderTimeLimit.isFinite) {
            throw ValidationError("--reorder-time-limit must be a positive number of seconds")
        }
    }

    /// Whether any partial-order output was asked for.
    var isRequested: Bool { jsonPath != nil || dotPath != nil }

    /// How the plan is to become a partial-order plan.
    var ordering: PartialOrdering {
        guard reorder else { return .deorder }
        var options = Reorderer.Options()
        options.objective = objective.objective
        options.timeLimit = reorderTimeLimit
        return .reorder(solver: GLPKSolver(), options: options)
    }

    /// Deorders (or reorders) `plan` of `planner`, writes the requested files and, with
    /// `statistics`, prints the metrics to standard error.
    func write(_ plan: SequentialPlan, planner: PDDLPlanner, statistics: Bool) async throws {
        guard isRequested else { return }
        let clock = ContinuousClock()
        let start = clock.now
        let outcome = try await planner.partialOrder(of: plan, by: ordering)
        let elapsed = clock.now - start
        let pop = outcome.plan
        if let failure = planner.failedCheck(of: pop) {
            throw InternalError(message: "the partial-order plan does not check: \(failure)")
        }
        let checked = clock.now - start - elapsed
        let task = planner.task
        let metrics = try PartialOrderMetrics(plan: pop)
        if let jsonPath {
            try OutputFile.write(pop.jsonText(in: task, metrics: metrics), to: jsonPath)
        }
        if let dotPath {
            try OutputFile.write(try pop.dotText(in: task), to: dotPath)
        }
        if statistics {
            printToStandardError(
                """
                partial order: \(outcome.method)
                steps: \(metrics.steps)
                orderings: \(metrics.orderings)
                flex: \(String(format: "%.3f", metrics.flex))
                width: \(metrics.width)
                critical path: \(metrics.criticalPathSteps) steps
                partial-order time: \(String(format: "%.3f s", elapsed.seconds))
                linearisation check time: \(String(format: "%.3f s", checked.seconds))

                """)
        }
    }
}
