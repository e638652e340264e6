import CGLPK
import Glibc
import Optimization
import TimeUnits

/// The state behind GLPK's branch-and-cut callback: progress reports, incumbent injection,
/// stop requests, limits, and the best bound (which GLPK does not report after the search).
///
/// Nothing unwinds through C: an error thrown by the progress closure is stored, the search
/// is terminated with `glp_ios_terminate`, and the caller rethrows it once `glp_intopt` has
/// returned.
final class BranchAndCutMonitor {
    private let progress: (@Sendable (SolverProgress) throws -> SolverDecision)?
    private let observer: (@Sendable (SolverProgress) -> Void)?
    /// Checks an offered solution and returns it as GLPK wants it (1-based, exact integers).
    private let prepareOffer: ([Double]) throws -> [Double]
    private let cancellation: CancellationFlag
    private let memoryLimit: Int?
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant

    /// A solution waiting for the next `GLP_IHEUR` call, the only point where GLPK takes one.
    private var pendingOffer: [Double]?
    private var lastReportedIncumbent: Double?
    private(set) var storedError: (any Error)?
    private(set) var bound: Double?
    private(set) var nodeCount = 0
    /// Whether the monitor stopped the search (cancellation, memory, a progress `.stop`).
    private(set) var stoppedSearch = false

    init(
        progress: (@Sendable (SolverProgress) throws -> SolverDecision)?,
        observer: (@Sendable (SolverProgress) -> Void)?, warmStart: [Double]?,
        prepareOffer: @escaping ([Double]) throws -> [Double],
        cancellation: CancellationFlag, memoryLimit: Int?, start: ContinuousClock.Instant
    ) {
        self.progress = progress
        self.observer = observer
        self.pendingOffer = warmStart
        self.prepareOffer = prepareOffer
        self.cancellation = cancellation
        self.memoryLimit = memoryLimit
        self.start = start
    }

    /// Whether a solution waits to be injected (a warm start before the search begins).
    var hasPendingOffer: Bool { pendingOffer != nil }

    /// Sets `parameters.cb_func`/`cb_info` to this monitor; valid while `self` is alive.
    func attach(to parameters: inout glp_iocp) {
        parameters.cb_func = branchAndCutCallback
        parameters.cb_info = Unmanaged.passUnretained(self).toOpaque()
    }

    /// Handles one callback from GLPK.
    fileprivate func handle(_ tree: OpaquePointer) {
        recordTreeState(tree)
        if cancellation.isRaised || isOverMemoryLimit() { return terminate(tree) }
        switch glp_ios_reason(tree) {
        case GLP_IHEUR:
            if let offer = pendingOffer {
                pendingOffer = nil
                _ = glp_ios_heur_sol(tree, offer)
            }
        default:
            break
        }
        // Report once per node, and whenever the incumbent changed (a solution found at a
        // node, by a heuristic, or injected).
        let incumbent = Self.incumbent(of: tree)
        if glp_ios_reason(tree) == GLP_ISELECT || incumbent != lastReportedIncumbent {
            lastReportedIncumbent = incumbent
            report(tree, incumbent: incumbent)
        }
    }

    private static func incumbent(of tree: OpaquePointer) -> Double? {
        let problem = glp_ios_get_prob(tree)
        return glp_mip_status(problem) == GLP_FEAS ? glp_mip_obj_val(problem) : nil
    }

    private func recordTreeState(_ tree: OpaquePointer) {
        var total: Int32 = 0
        glp_ios_tree_size(tree, nil, nil, &total)
        nodeCount = Int(total)
        // Finding the best node scans the active list, so do it once per node (at node
        // selection); a bound read earlier stays valid, as bounds only tighten.
        guard glp_ios_reason(tree) == GLP_ISELECT || bound == nil else { return }
        let best = glp_ios_best_node(tree)
        if best != 0 {
            let value = glp_ios_node_bound(tree, best)
            if value.isFinite, abs(value) < Double.greatestFiniteMagnitude { bound = value }
        }
    }

    private func report(_ tree: OpaquePointer, incumbent: Double?) {
        guard progress != nil || observer != nil else { return }
        let snapshot = SolverProgress(
            incumbent: incumbent, bound: bound, nodeCount: nodeCount,
            secondsElapsed: (clock.now - start).seconds)
        observer?(snapshot)
        guard let progress else { return }
        do {
            switch try progress(snapshot) {
            case .proceed: break
            case .stop: terminate(tree)
            case .offer(let values): pendingOffer = try prepareOffer(values)
            }
        } catch {
            storedError = error
            glp_ios_terminate(tree)
        }
    }

    private func terminate(_ tree: OpaquePointer) {
        stoppedSearch = true
        glp_ios_terminate(tree)
    }

    private func isOverMemoryLimit() -> Bool {
        guard let memoryLimit else { return false }
        var total = 0
        glp_mem_usage(nil, nil, &total, nil)
        return total > memoryLimit
    }
}

/// The C callback: forwards to the ``BranchAndCutMonitor`` in `info`.
private let branchAndCutCallback:
    @convention(c) (OpaquePointer?, UnsafeMutableRawPointer?) -> Void =
        { tree, info in
            guard let tree, let info else { return }
            Unmanaged<BranchAndCutMonitor>.fromOpaque(info).takeUnretainedValue().handle(tree)
        }
