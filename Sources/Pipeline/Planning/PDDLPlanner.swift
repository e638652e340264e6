public import Grounding
public import PDDL
public import PartialOrderPlanning
public import PlanningTask
public import Search

/// Plans for a PDDL task: grounds it once, searches, and checks every plan with the lifted
/// validator of the PDDL module, which is independent of the grounder and the search.
public struct PDDLPlanner: Sendable {
    /// The parsed PDDL domain.
    public let domain: Domain
    /// The parsed PDDL problem.
    public let problem: Problem
    /// The ground task the search works on.
    public let task: GroundTask

    /// Grounds `problem` of `domain` within the deadline and memory ceiling of `limits`
    /// (reaching one throws a ``GroundingFailure`` with its ``GroundingFailure/limit``).
    public init(domain: Domain, problem: Problem, limits: SearchLimits = .none)
        throws(GroundingFailure)
    {
        self.domain = domain
        self.problem = problem
        self.task = try Grounder.ground(
            domain: domain, problem: problem, limits: GroundingLimits(limits))
    }

    /// Which search to run.
    public enum Algorithm: Sendable {
        /// LAMA-style greedy search; with `anytime`, then improving the cost until a limit.
        case satisficing(anytime: Bool)
        /// A* with an admissible heuristic: the plan returned is optimal.
        case optimal(OptimalPlanner.HeuristicKind)
    }

    /// Searches for a plan; `onPlan` receives each improving plan of an anytime search.
    public func findPlan(
        _ algorithm: Algorithm = .satisficing(anytime: false), limits: SearchLimits,
        onPlan: (SequentialPlan) -> Void = { _ in }
    ) -> (outcome: SearchOutcome, statistics: SearchStatistics) {
        let generator = SuccessorGenerator(task: task)
        switch algorithm {
        case .satisficing(let anytime):
            let (outcome, statistics) = SatisficingPlanner(
                task: task, generator: generator, limits: limits, anytime: anytime
            ).run(onPlan: onPlan)
            return (outcome, statistics)
        case .optimal(let heuristic):
            let (outcome, statistics) = OptimalPlanner(
                task: task, generator: generator, heuristic: heuristic, limits: limits
            ).run()
            return (outcome, statistics)
        }
    }

    /// Why `plan` fails its checks, or nil when it passes them: replayed on the ground task,
    /// then, in domains without durative actions (whose plans are compiled and need start
    /// times), by the lifted validator.
    public func failedCheck(of plan: SequentialPlan) -> String? {
        guard SuccessorGenerator(task: task).check(plan) == .valid else {
            return "the plan does not replay on the ground task"
        }
        guard domain.durativeActions.isEmpty else { return nil }
        if case .invalid(let failure) = PlanValidator(domain: domain, problem: problem)
            .validateSequential(steps(of: plan))
        {
            return "the lifted validator rejects the plan: \(failure)"
        }
        return nil
    }

    /// Why `plan`, a partial-order plan of this task, fails a check independent of the code
    /// that built it (``LinearisationCheck``), or nil.
    public func failedCheck(of plan: PartialOrderPlan) -> String? {
        LinearisationCheck(task: task).failure(of: plan)
    }

    /// The plan's steps as the PDDL module sees them: action names and object arguments.
    public func steps(of plan: SequentialPlan) -> [PlanStep] {
        plan.operators.map { PlanStep(actionName: task[$0].name, arguments: task[$0].arguments) }
    }

    /// Checks `steps` with the lifted validator: as a sequential plan, or as a temporal plan
    /// when the steps carry start times.
    public func validate(_ steps: [PlanStep]) -> PlanValidation {
        PlanValidator(domain: domain, problem: problem).validate(steps)
    }
}
