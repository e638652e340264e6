import Glibc

/// The write end of the pipe the signal handler writes to (set before handlers install).
nonisolated(unsafe) private var signalWakeDescriptor: Int32 = -1

/// Turns SIGINT, SIGTERM and SIGHUP into bytes on the executor's wake pipe.
///
/// The handler only calls `write(2)`, which is async-signal-safe; the executor's loop reads
/// the signal numbers after `poll` returns and stops the steps itself. `restore()` puts the
/// previous dispositions back.
struct SignalRelay {
    /// The signals relayed.
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    private var previous: [sigaction]

    /// Installs the handlers; they write to `descriptor`.
    init(writingTo descriptor: Int32) {
        signalWakeDescriptor = descriptor
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { signal in
            var byte = UInt8(truncatingIfNeeded: signal)
            _ = write(signalWakeDescriptor, &byte, 1)
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = SA_RESTART
        previous = []
        for signal in Self.signals {
            var old = sigaction()
            sigaction(signal, &action, &old)
            previous.append(old)
        }
    }

    /// Restores the dispositions that were in place before `init`.
    func restore() {
        for (signal, old) in zip(Self.signals, previous) {
            var old = old
            sigaction(signal, &old, nil)
        }
    }
}
