import Synchronization

/// A flag set from any thread (task cancellation) and read by the solver thread.
final class CancellationFlag: Sendable {
    private let raised = Atomic<Bool>(false)

    /// Asks the solve to stop at its next callback.
    func raise() { raised.store(true, ordering: .relaxed) }

    /// Whether a stop was asked for.
    var isRaised: Bool { raised.load(ordering: .relaxed) }
}
