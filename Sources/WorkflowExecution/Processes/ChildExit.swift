import Glibc

/// How a step's process ended, as `wait4` reported it.
struct ChildExit: Sendable {
    /// The status word used when `wait4` fails (the child was reaped elsewhere): exit 255.
    static let unknownStatus: Int32 = 0xff00

    /// The child's pid.
    var pid: pid_t
    /// The exit status when it exited, nil when a signal killed it.
    var exitCode: Int32?
    /// The signal that killed it, nil when it exited.
    var signal: Int32?
    /// User plus system CPU seconds of the child (and its reaped descendants).
    var cpuSeconds: Double
    /// Peak resident set size in kilobytes.
    var maxResidentKilobytes: Int

    /// Decodes a `wait4` status word and resource usage.
    init(pid: pid_t, status: Int32, usage: rusage) {
        self.pid = pid
        let termination = status & 0x7f
        if termination == 0 {
            exitCode = (status >> 8) & 0xff
            signal = nil
        } else {
            exitCode = nil
            signal = termination
        }
        cpuSeconds =
            Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
            + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        maxResidentKilobytes = usage.ru_maxrss
    }
}
