import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files so that a reader (or a run killed at any moment) sees either the old content or
/// the new, never half: write a temporary file beside the target, flush it to disk, rename it
/// into place, then flush the folder. With `durable: false` the two flushes are left to the
/// caller, which makes many files durable at once (`Ledger` does, before recording them).
enum AtomicFile {
    /// Prefix of temporary files; a later run removes any left by a killed one.
    static let temporaryPrefix = ".docket-tmp-"

    static func write(_ data: Data, to path: String, durable: Bool = true) throws {
        let directory = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temporary = "\(directory)/\(temporaryPrefix)\(getpid())-\(UInt32.random(in: 0...UInt32.max))-\(name)"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw RunError.io("cannot create \(temporary): \(String(cString: strerror(errno)))") }
        var failure: String?
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = SystemCall.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                offset += written
            }
        }
        if failure == nil, durable, fsync(fd) != 0 { failure = String(cString: strerror(errno)) }
        close(fd)
        if let failure {
            unlink(temporary)
            throw RunError.io("cannot write \(path): \(failure)")
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw RunError.io("cannot move \(temporary) into place: \(reason)")
        }
        if durable { syncDirectory(directory) }
    }

    /// Flushes a folder's entries (a rename is durable only once its folder is).
    static func syncDirectory(_ directory: String) {
        let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    /// Removes temporary files a killed run left in `directory`; returns the names of the rest.
    @discardableResult
    static func removeLeftovers(in directory: String) -> Set<String> {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        var kept = Set<String>()
        for name in names {
            if name.hasPrefix(temporaryPrefix) { unlink("\(directory)/\(name)") } else { kept.insert(name) }
        }
        return kept
    }
}
