/// The lower bound a ``FlexibleJobShopSolver`` proves before any search: the combinatorial
/// bounds of ``FlexibleJobShopBounds``, raised by the destructive bound of
/// ``ConstraintBranchAndBound`` on the shop as a multi-mode project (Klein & Scholl 1999):
/// trial makespans below `upperBound` are refuted by propagation (among it edge finding on
/// each machine over the operations whose machine is decided, and energetic reasoning over
/// each operation's machine set), mode shaving (a machine that fails is dropped) and window
/// shaving, the makespan just below `upperBound` first.
public enum FlexibleJobShopRootBound {
    /// The largest shop the destructive bound is tried on.
    static let destructiveOperations = FlexibleJobShopSolver.exactSearchOperations

    /// The bound, at most `upperBound` (a known makespan); the destructive part gives up at
    /// `deadline` or once `stopRequested` answers `true`, keeping what it has proven.
    public static func makespan(
        _ shop: FlexibleJobShop, upperBound: Int, until deadline: ContinuousClock.Instant,
        stopRequested: (@Sendable () -> Bool)? = nil
    ) -> Int {
        let bound = FlexibleJobShopBounds.makespan(shop)
        guard bound < upperBound, shop.operations.count <= destructiveOperations else {
            return min(bound, upperBound)
        }
        let search = ConstraintBranchAndBound(network: ProjectNetwork(shop.schedulingProblem))
        search.stopSignal = StopSignal(request: stopRequested)
        return search.destructiveBound(
            incumbentValue: upperBound, lowerBound: bound, until: deadline)
    }
}
