#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import DocketModel

/// One running `docket-pdf-worker` process and our end of the socket it reads and writes.
///
/// A value: `PDFWorkerPool` keeps idle workers and hands each to one caller at a time, who
/// either gives it back or stops it. `layoutText` waits for the answer no longer than the time
/// limit; past it, or when the worker dies or answers nonsense, the worker is stopped and the
/// caller learns why (`Failure`), so that a crash or a hang in poppler costs one paper's fast
/// path and one process, never the run.
struct PDFWorker: Sendable {
    /// Why a worker could not answer; the worker has been stopped.
    enum Failure: Error, Equatable {
        /// No answer within the time limit (the worker was killed).
        case timedOut
        /// The worker ended, or its answer broke the protocol.
        case broken
    }

    /// The worker's process id (also its process group's).
    let pid: pid_t
    /// Our end of the socket that is the worker's standard input and output.
    let socket: Int32
    /// Papers this worker has answered.
    var served = 0

    /// Starts the worker at `executable`.
    static func start(executable: String) throws -> PDFWorker {
        var ends: [Int32] = [-1, -1]
        #if os(Linux)
        let made = socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &ends)
        #else
        let made = socketpair(AF_UNIX, SOCK_STREAM, 0, &ends)
        for fd in ends { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        #endif
        guard made == 0 else { throw DocketError(.unreadable, "cannot create a socket for the PDF worker") }
        defer { close(ends[1]) }
        do {
            let pid = try ChildProcess.spawn(executable: executable, arguments: [], stdin: ends[1], stdout: ends[1], stderr: nil)
            return PDFWorker(pid: pid, socket: ends[0])
        } catch {
            close(ends[0])
            throw error
        }
    }

    /// Asks the worker for the layout text of the PDF at `path`, waiting at most `timeout`
    /// seconds and accepting at most `maxLength` bytes. Returns the worker's status and text;
    /// throws `Failure` (having stopped the worker) when it cannot.
    mutating func layoutText(path: String, timeout: Double, maxLength: Int) throws(Failure) -> (PDFWorkerProtocol.Status, [UInt8]) {
        let deadline = ChildProcess.now() + timeout
        let request = PDFWorkerProtocol.request(path: path, maxLength: maxLength)
        guard request.withUnsafeBytes({ PDFWorkerProtocol.writeAll($0, to: socket) }) else { throw fail(.broken) }
        guard let header = try receive(PDFWorkerProtocol.responseHeaderSize, before: deadline),
              let status = PDFWorkerProtocol.Status(rawValue: header[0]) else { throw fail(.broken) }
        let length = PDFWorkerProtocol.integer(header[1...])
        guard length <= UInt64(max(0, maxLength)), let text = try receive(Int(length), before: deadline) else { throw fail(.broken) }
        served += 1
        return (status, text)
    }

    /// Exactly `count` bytes from the worker, or `nil` when it ends first; throws `.timedOut`
    /// (having stopped the worker) at the deadline.
    private func receive(_ count: Int, before deadline: Double) throws(Failure) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let remaining = deadline - ChildProcess.now()
            guard remaining > 0 else { throw fail(.timedOut) }
            var entry = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
            let ready = poll(&entry, 1, Int32(min(remaining * 1000, 1000)) + 1)
            if ready < 0 && errno == EINTR { continue }
            guard ready > 0 else { continue }
            let got = bytes.withUnsafeMutableBytes { read(socket, $0.baseAddress! + filled, count - filled) }
            if got < 0 && (errno == EINTR || errno == EAGAIN) { continue }
            guard got > 0 else { return nil }
            filled += got
        }
        return bytes
    }

    /// Stops the worker and returns `failure`, for throwing.
    private func fail(_ failure: Failure) -> Failure {
        stop()
        return failure
    }

    /// Kills the worker's process group, closes our socket and reaps the process.
    func stop() {
        kill(-pid, SIGKILL)
        kill(pid, SIGKILL)
        close(socket)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    }
}
