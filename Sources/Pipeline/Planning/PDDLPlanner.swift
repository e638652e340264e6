public import Grounding
public import PDDL
public import PlanningTask
public import Search

/// Plans for a PDDL task: grounds it once, searches, and checks every plan with the lifted
/// validator of the PDDL module, which is independent of the grounder and the search.
public struct PDDLPlanner: Sendable {
    public let domain: Domain
    public let problem: Problem
    /// The ground task the search works on.
    public let task: GroundTask

    /// Grounds `problem` of `domain`.
    public init(domain: Domain, problem: Problem) throws(GroundingFailure) {
        self.domain = domain
        self.problem = problem
        self.task = try Grounder.ground(domain: domain, problem: problem)
    }

    /// Runs the satisficing search (LAMA style; with `anytime`, improving the cost until a
    /// limit stops it).
    public func findPlan(
        limits: SearchLimits, anytime: Bool = false
    ) -> (outcome: SearchOutcome, statistics: SearchStatistics) {
        let generator = SuccessorGenerator(task: task)
        let (outcome, statistics) = SatisficingPlanner(
            task: task, generator: generator, limits: limits, anytime: anytime
        ).run()
        return (outcome, statistics)
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
