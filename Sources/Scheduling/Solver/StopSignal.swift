import Synchronization

/// A flag one search raises to stop the others of a portfolio; it also reads as raised once
/// the caller's stop request (``ScheduleSolverOptions/stopRequested``) answers yes.
final class StopSignal: Sendable {
    private let raised = Atomic<Bool>(false)
    private let request: (@Sendable () -> Bool)?

    init(request: (@Sendable () -> Bool)? = nil) {
        self.request = request
    }

    var isRaised: Bool { raised.load(ordering: .relaxed) || request?() == true }

    func raise() { raised.store(true, ordering: .relaxed) }
}
