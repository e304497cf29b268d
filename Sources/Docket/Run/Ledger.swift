import DocketIndex
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The run ledger: `OUT/ledger.jsonl`, one JSON line per event, the last line for a path wins.
///
/// An append-only file rather than a database: each finished paper is one `write` of one line
/// followed by `fsync`, so a run killed at any moment leaves at worst a torn last line, which
/// loading ignores (the paper is then simply processed again). At the end of a run the ledger is
/// rewritten, one line per path in path order, through an atomic rename. It needs no library
/// and can be read with `grep` or `jq`.
final class Ledger: @unchecked Sendable {
    static let fileName = "ledger.jsonl"

    let path: String
    private(set) var entries: [String: LedgerEntry] = [:]
    private let lock = NSLock()
    private var fd: Int32 = -1

    init(directory: String) throws {
        path = "\(directory)/\(Self.fileName)"
        if let data = FileManager.default.contents(atPath: path) {
            let decoder = JSONDecoder()
            for line in data.split(separator: UInt8(ascii: "\n")) {
                guard let entry = try? decoder.decode(LedgerEntry.self, from: Data(line)) else { continue }
                entries[entry.path] = entry
            }
        }
        fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw RunError.io("cannot open \(path): \(String(cString: strerror(errno)))") }
    }

    deinit {
        if fd >= 0 { close(fd) }
    }

    func entry(for path: String) -> LedgerEntry? {
        lock.lock()
        defer { lock.unlock() }
        return entries[path]
    }

    /// Appends one entry and flushes it to disk before returning.
    func record(_ entry: LedgerEntry) throws {
        var line = try CanonicalJSON.encode(entry, pretty: false)
        line.append(UInt8(ascii: "\n"))
        lock.lock()
        defer { lock.unlock() }
        let written = line.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        guard written == line.count, fsync(fd) == 0 else {
            throw RunError.io("cannot write the ledger \(path): \(String(cString: strerror(errno)))")
        }
        entries[entry.path] = entry
    }

    /// Rewrites the ledger with one line per path, in path order (removed paths are dropped once
    /// their removal has been recorded by a run).
    func compact() throws {
        lock.lock()
        defer { lock.unlock() }
        var data = Data()
        for entry in entries.values.filter({ $0.status != .removed }).sorted(by: { $0.path < $1.path }) {
            data.append(try CanonicalJSON.encode(entry, pretty: false))
            data.append(UInt8(ascii: "\n"))
        }
        try AtomicFile.write(data, to: path)
        close(fd)
        fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        entries = entries.filter { $0.value.status != .removed }
    }
}
