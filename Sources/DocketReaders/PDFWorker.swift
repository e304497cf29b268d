#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import DocketModel

/// One running `docket-pdf-worker` process and our end of the socket it reads and writes.
///
/// A value: `PDFWorkerPool` keeps idle workers and hands each to one caller at a time, who
/// either gives it back or stops it. `ask` waits for the answer no longer than the time
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

    /// What the worker answered for one paper.
    struct Response {
        var status: PDFWorkerProtocol.Status
        /// The drawn characters were asked for but are over the limit.
        var glyphsOverLimit: Bool
        /// The layout text's UTF-8 bytes.
        var text: [UInt8]
        /// The drawn characters, as `PDFTypography.pages(fromGlyphs:)` reads them.
        var glyphs: [UInt8]
    }

    /// Asks the worker to read the PDF at `path` — its layout text, at most `maxLength` bytes,
    /// and its drawn characters when `glyphs` is true — waiting at most `timeout` seconds.
    /// Throws `Failure` (having stopped the worker) when it cannot answer.
    mutating func ask(path: String, glyphs: Bool, timeout: Double, maxLength: Int) throws(Failure) -> Response {
        let deadline = ChildProcess.now() + timeout
        let request = PDFWorkerProtocol.request(path: path, maxLength: maxLength, glyphs: glyphs)
        guard request.withUnsafeBytes({ PDFWorkerProtocol.writeAll($0, to: socket) }) else { throw fail(.broken) }
        guard let header = try receive(PDFWorkerProtocol.responseHeaderSize, before: deadline),
              let status = PDFWorkerProtocol.Status(rawValue: header[0]) else { throw fail(.broken) }
        let textLength = PDFWorkerProtocol.integer(header[2..<10])
        let glyphLength = PDFWorkerProtocol.integer(header[10..<18])
        // The worker keeps both within the limit it was given (the characters have a page
        // table besides); more is a broken answer.
        let limit = UInt64(max(0, maxLength)) + (1 << 20)
        guard textLength <= limit, glyphLength <= limit,
              let text = try receive(Int(textLength), before: deadline),
              let glyphBytes = try receive(Int(glyphLength), before: deadline) else { throw fail(.broken) }
        served += 1
        return Response(status: status, glyphsOverLimit: header[1] & 1 != 0, text: text, glyphs: glyphBytes)
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
