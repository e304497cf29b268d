import DocketIndex
import Foundation
#if canImport(Glibc)
import Glibc

/// glibc's `syncfs` (not exported by the Glibc module without `_GNU_SOURCE`).
@_silgen_name("syncfs")
private func systemSyncfs(_ fd: Int32) -> Int32
#endif

/// The run ledger: `OUT/ledger.jsonl`, one JSON line per event, the last line for a path wins.
///
/// An append-only file rather than a database: it needs no library, can be read with `grep` or
/// `jq`, and a run killed at any moment leaves at worst a torn last line, which loading ignores
/// (that paper is simply processed again). Entries are committed in groups: every 64 papers or
/// half a second, the output file system is flushed (`syncfs`, making the records and renames
/// of those papers durable), then their lines are appended in one write and flushed — so the
/// ledger never names a paper whose outputs could be lost, at the cost of two flushes per group
/// rather than three per paper. At the end of a run the ledger is rewritten, one line per path
/// in path order, through an atomic rename.
final class Ledger: @unchecked Sendable {
    static let fileName = "ledger.jsonl"

    let path: String
    private(set) var entries: [PathKey: LedgerEntry] = [:]
    private let lock = NSLock()
    private var fd: Int32 = -1
    /// Lines recorded but not yet committed.
    private var pending = Data()
    private var pendingCount = 0
    private var lastCommit = Date()

    init(directory: String) throws {
        path = "\(directory)/\(Self.fileName)"
        entries = try Self.load(directory: directory)
        fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw RunError.io("cannot open \(path): \(String(cString: strerror(errno)))") }
    }

    /// The entries of the ledger in `directory` (last line per path wins; torn lines ignored).
    static func load(directory: String) throws -> [PathKey: LedgerEntry] {
        var entries: [PathKey: LedgerEntry] = [:]
        guard let data = FileManager.default.contents(atPath: "\(directory)/\(fileName)") else { return entries }
        let decoder = JSONDecoder()
        for line in data.split(separator: UInt8(ascii: "\n")) {
            guard let entry = try? decoder.decode(LedgerEntry.self, from: Data(line)) else { continue }
            entries[PathKey(entry.path)] = entry
        }
        return entries
    }

    /// One canonical line per entry, in the order given.
    static func lines(_ entries: [LedgerEntry]) throws -> Data {
        var data = Data()
        for entry in entries {
            data.append(try CanonicalJSON.encode(entry, pretty: false))
            data.append(UInt8(ascii: "\n"))
        }
        return data
    }

    deinit {
        if fd >= 0 { close(fd) }
    }

    func entry(for path: String) -> LedgerEntry? {
        lock.lock()
        defer { lock.unlock() }
        return entries[PathKey(path)]
    }

    /// Records one entry; it is committed with its group (see the type's comment).
    func record(_ entry: LedgerEntry) throws {
        var line = try CanonicalJSON.encode(entry, pretty: false)
        line.append(UInt8(ascii: "\n"))
        lock.lock()
        defer { lock.unlock() }
        entries[PathKey(entry.path)] = entry
        pending.append(line)
        pendingCount += 1
        if pendingCount >= 64 || Date().timeIntervalSince(lastCommit) > 0.5 { try commitLocked() }
    }

    /// Commits the pending entries now.
    func commit() throws {
        lock.lock()
        defer { lock.unlock() }
        try commitLocked()
    }

    private func commitLocked() throws {
        lastCommit = Date()
        guard pendingCount > 0 else { return }
        #if canImport(Glibc)
        _ = systemSyncfs(fd)
        #endif
        let written = pending.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        guard written == pending.count, fsync(fd) == 0 else {
            throw RunError.io("cannot write the ledger \(path): \(String(cString: strerror(errno)))")
        }
        pending.removeAll(keepingCapacity: true)
        pendingCount = 0
    }

    /// Rewrites the ledger with one line per path, in path order (removed paths are dropped once
    /// their removal has been recorded by a run).
    func compact() throws {
        lock.lock()
        defer { lock.unlock() }
        try commitLocked()
        try AtomicFile.write(try Self.lines(entries.values.filter { $0.status != .removed }.sorted { $0.path.precedesByBytes($1.path) }), to: path)
        close(fd)
        fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        entries = entries.filter { $0.value.status != .removed }
    }
}
