public import Optimization
public import PlanningTask

/// Reorders a sequential plan: finds a partial-order plan over the same steps whose
/// orderings may also contradict the sequence, minimising the number of orderings or the
/// critical path, by solving `ReorderingModel` with a `MILPSolver`.
///
/// The minimal deordering (`Deorderer`) is both the first incumbent handed to the solver
/// and the fallback: the answer is the better of the two, so a reordering is never worse
/// than the deordering. The solver's partial order is checked with the modal truth
/// criterion and then minimised like a deordering, so every ordering of the result is
/// necessary. Finding a minimum reordering is NP-hard (Bäckström 1998), so the model is
/// meant for plans up to a few hundred steps; larger ones keep the deordering.
public struct Reorderer: Sendable {
    /// The task the plans belong to.
    public let task: GroundTask
    /// The MILP backend.
    public let solver: any MILPSolver

    /// Limits and the objective of a reordering.
    public struct Options: Sendable {
        /// What to minimise.
        public var objective: ReorderingObjective = .orderings
        /// The solver's wall-clock limit in seconds.
        public var timeLimit: Double = 10
        /// Plans with more steps keep the deordering.
        public var maximumSteps = 300
        /// Models with more threat constraints keep the deordering.
        public var maximumThreatConstraints = 200_000
        /// Step durations for the critical path (one per step); unit durations when `nil`.
        public var durations: [Double]?

        /// The defaults: `.orderings`, 10 s, 300 steps, 200,000 threat constraints, unit durations.
        public init() {}
    }

    /// How the reordering ended.
    public enum Outcome: String, Hashable, Sendable {
        /// The solver found a better partial order than the deordering.
        case improved
        /// The solver found nothing better than the deordering (proven when `status` is
        /// optimal).
        case deorderingKept = "deordering-kept"
        /// The plan or its model exceeds the size limits; the deordering is returned.
        case tooLarge = "too-large"
    }

    /// A reordered plan and how it was obtained.
    public struct Result: Sendable {
        /// The partial-order plan (valid; every ordering necessary).
        public var plan: PartialOrderPlan
        /// The minimal deordering it was compared with.
        public var deordering: PartialOrderPlan
        /// Whether the solver improved on the deordering, or why not.
        public var outcome: Outcome
        /// The solver's status, when it ran.
        public var status: SolveStatus?
    }

    /// Creates a reorderer for plans of `task` using `solver`.
    public init(task: GroundTask, solver: any MILPSolver) {
        self.task = task
        self.solver = solver
    }

    /// Reorders `plan`, which must be valid for the task.
    public func reorder(_ plan: SequentialPlan, options: Options = Options()) async throws
        -> Result
    {
        let deorderer = Deorderer(task: task)
        let behaviour = try deorderer.behaviour(of: plan)
        let (causal, producers) = Deorderer.causalOrder(of: behaviour)
        var minimal = causal
        let deordering = Deorderer.minimalPlan(
            steps: plan.operators, behaviour: behaviour, graph: &minimal)
        let durations = options.durations ?? [Double](repeating: 1, count: plan.count)
        guard durations.count == plan.count, durations.allSatisfy({ $0 >= 0 && $0.isFinite })
        else { throw ReorderingError.invalidDurations }
        guard plan.count >= 2, plan.count <= options.maximumSteps,
            ReorderingModel.threatConstraintCount(of: behaviour) <= options.maximumThreatConstraints
        else {
            return Result(
                plan: deordering, deordering: deordering,
                outcome: plan.count < 2 ? .deorderingKept : .tooLarge, status: nil)
        }
        let reordering = try ReorderingModel(
            behaviour: behaviour, durations: durations, objective: options.objective)
        var solveOptions = SolveOptions()
        solveOptions.timeLimit = options.timeLimit
        solveOptions.warmStart = reordering.assignment(
            precedes: { causal.precedes($0, $1) }, producers: producers, durations: durations,
            topologicalOrder: causal.topologicalOrder,
            predecessors: { causal.predecessors.columns(inRow: $0) })
        let solution = try await solver.solve(reordering.model, options: solveOptions)
        guard solution.hasValues else {
            return Result(
                plan: deordering, deordering: deordering, outcome: .deorderingKept,
                status: solution.status)
        }
        var cycle: [Int] = []
        let checker = ConditionChecker(behaviour: behaviour)
        guard
            var graph = PrecedenceGraph(
                count: plan.count, edges: reordering.orderings(in: solution.values), cycle: &cycle),
            checker.firstViolation(in: graph) == nil
        else {
            return Result(
                plan: deordering, deordering: deordering, outcome: .deorderingKept,
                status: solution.status)
        }
        let candidate = Deorderer.minimalPlan(
            steps: plan.operators, behaviour: behaviour, graph: &graph)
        let better = try Self.score(candidate, options.objective, durations)
            .lexicographicallyPrecedes(Self.score(deordering, options.objective, durations))
        return Result(
            plan: better ? candidate : deordering, deordering: deordering,
            outcome: better ? .improved : .deorderingKept, status: solution.status)
    }

    /// Lexicographic score, smaller is better: the objective, then the other measure.
    private static func score(
        _ plan: PartialOrderPlan, _ objective: ReorderingObjective, _ durations: [Double]
    ) throws(PartialOrderPlanError) -> [Double] {
        let metrics = try PartialOrderMetrics(plan: plan, durations: durations)
        let path = metrics.criticalPathDuration ?? Double(metrics.criticalPathSteps)
        let orderings = Double(metrics.orderings)
        let pairs = Double(metrics.orderedPairs)
        switch objective {
        case .orderings: return [orderings, pairs, path]
        case .criticalPath: return [path, orderings, pairs]
        }
    }
}
