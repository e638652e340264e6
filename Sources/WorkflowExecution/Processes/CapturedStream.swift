import Glibc

/// One output stream of a running step: the read end of its pipe and the log file the
/// output is copied to, created only when the step writes something.
///
/// Steps write into pipes rather than straight into files so that a step that prints
/// nothing costs no file creation (which dominated the executor's overhead on no-op steps).
final class CapturedStream {
    /// The pipe's read end (non-blocking), polled by the executor's loop.
    let descriptor: Int32
    /// The log file's path.
    let path: String
    private var file: Int32 = -1
    /// Whether the pipe is still open (no end of file seen yet).
    private(set) var isOpen = true
    /// Why output was lost, if it was: the log could not be created or written (a full
    /// disk, a removed folder). The pipe is still drained, so the step never blocks on it.
    private(set) var loss: String?

    /// Takes ownership of `descriptor`, the read end of the step's pipe.
    init(descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.path = path
        _ = fcntl(descriptor, F_SETFL, O_NONBLOCK)
    }

    deinit {
        finish()
    }

    /// Copies everything the pipe holds now to the log file; closes the pipe at its end.
    func pump() {
        guard isOpen else { return }
        withUnsafeTemporaryAllocation(byteCount: 65_536, alignment: 1) { buffer in
            while true {
                let count = read(descriptor, buffer.baseAddress, buffer.count)
                if count > 0 {
                    append(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
                } else if count < 0 && errno == EINTR {
                    continue
                } else {
                    if count == 0 || errno != EAGAIN { closePipe() }
                    return
                }
            }
        }
    }

    /// Copies what is left and closes the pipe and the file (after the step has exited),
    /// waiting until `deadline` (`MonotonicClock` seconds) for the pipe's end. Returns
    /// whether the end came: if not, a process that left the step's process group still
    /// holds the pipe's write end.
    @discardableResult
    func finish(waitingUntil deadline: Double = 0) -> Bool {
        pump()
        while isOpen {
            let left = deadline - MonotonicClock.now()
            guard left > 0 else { break }
            var readable = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            _ = poll(&readable, 1, Int32(left * 1000) + 1)
            pump()
        }
        let reachedEnd = !isOpen
        closePipe()
        if file >= 0 {
            close(file)
            file = -1
        }
        return reachedEnd
    }

    private func closePipe() {
        if isOpen {
            close(descriptor)
            isOpen = false
        }
    }

    private func append(_ bytes: UnsafeRawBufferPointer) {
        guard loss == nil else { return }
        if file < 0 {
            file = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            if file < 0 {
                loss = "cannot create its log \(path): \(String(cString: strerror(errno)))"
                return
            }
        }
        var offset = 0
        while offset < bytes.count {
            let written = write(file, bytes.baseAddress.map { $0 + offset }, bytes.count - offset)
            if written < 0 && errno == EINTR { continue }
            if written <= 0 {
                let reason = written < 0 ? String(cString: strerror(errno)) : "nothing written"
                loss = "cannot write its log \(path): \(reason)"
                return
            }
            offset += written
        }
    }
}
