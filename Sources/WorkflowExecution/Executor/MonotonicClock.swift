import Glibc

/// Seconds on the monotonic clock (for deadlines) and on the wall clock (for records).
enum MonotonicClock {
    /// Seconds since an arbitrary fixed point; never jumps.
    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Seconds since 1970-01-01 UTC.
    static func wallNow() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
