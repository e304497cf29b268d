import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one-writer rule for an output folder: `docket run`, `--watch` and `merge` hold an
/// exclusive `flock` on `OUT/.docket.lock` while they write. The kernel drops the lock when the
/// holder exits, however it exits (even `SIGKILL`), so a stale lock never blocks the next run.
/// The file holds the holder's process id, so a second writer can say who holds the folder.
/// Readers (`search`, `export`, `verify`) never take it.
public final class OutputLock: Sendable {
    public static let fileName = ".docket.lock"

    private let fd: Int32

    /// How long a writer that does not wait still tries. A lock is an open file description, and
    /// a child process that another thread of the same process is starting holds a copy of
    /// every descriptor until it executes its program: for that moment a lock its holder has
    /// already closed is still held. (Seen under ThreadSanitizer, which slows process starts:
    /// one test's second run refused while other tests started `pdftotext`.) A real second
    /// writer holds the lock for its whole run and is still refused.
    static let grace: TimeInterval = 2

    /// Takes the lock on `folder` (created if missing). With `wait`, blocks until the holder
    /// lets go; without, a lock still held after a moment's grace (`grace`) is
    /// `RunError.locked`, naming the holder's pid.
    public init(folder: String, wait: Bool) throws {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw RunError.io("cannot create the output folder \(folder): \(error.localizedDescription)")
        }
        let path = "\(folder)/\(Self.fileName)"
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw RunError.io("cannot open the lock file \(path): \(String(cString: strerror(errno)))") }
        let giveUp = Date(timeIntervalSinceNow: Self.grace)
        while flock(fd, LOCK_EX | (wait ? 0 : LOCK_NB)) != 0 {
            if errno == EINTR { continue }
            if errno == EWOULDBLOCK, Date() < giveUp {
                usleep(10_000)
                continue
            }
            let reason = errno
            let holder = Self.holder(fd)
            close(fd)
            if reason == EWOULDBLOCK {
                throw RunError.locked("another docket process\(holder.map { " (pid \($0))" } ?? "") is writing to \(folder); wait for it to finish, or pass --wait-lock to wait")
            }
            throw RunError.io("cannot lock \(path): \(String(cString: strerror(reason)))")
        }
        let pid = Array("\(getpid())\n".utf8)
        _ = ftruncate(fd, 0)
        _ = pid.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        self.fd = fd
    }

    /// The pid written by the process holding the lock, if it could be read.
    private static func holder(_ fd: Int32) -> Int? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return nil }
        return Int(String(decoding: buffer[..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    deinit {
        _ = ftruncate(fd, 0)  // a folder no one holds names no holder
        close(fd)  // closing the descriptor releases the lock
    }
}
