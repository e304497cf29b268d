import DocketModel
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
/// rather than three per paper. The flushes wait for the disk, so groups are committed on a
/// queue of their own (`committer`), one at a time and in order, while the workers go on
/// recording; a group takes every line recorded until it starts. At the end of a run the
/// ledger is rewritten, one line per path in path order, through an atomic rename — unless it
/// already reads so.
final class Ledger: Sendable {
    static let fileName = "ledger.jsonl"

    let path: String

    /// Everything that changes while a run records papers, reached only under its lock.
    private struct State {
        var entries: [PathKey: LedgerEntry]
        var fd: Int32
        /// Lines recorded but not yet committed.
        var pending = Data()
        var pendingCount = 0
        var lastCommit = Date()
        /// Whether a commit is queued on `committer` and has not yet taken the pending lines.
        var commitQueued = false
        /// Why a commit on `committer` failed: thrown by the next `record`, `commit` or `compact`.
        var commitFailure: RunError?
        /// Whether the file already holds what `compact()` would write: it was compact when
        /// loaded and nothing has been recorded since.
        var isCompact: Bool
    }

    private let state: Locked<State>
    /// Writes the groups, one at a time and in the order they were taken; only it touches the
    /// file while a run records.
    private let committer = DispatchQueue(label: "docket.ledger.commit")

    init(directory: String) throws {
        path = "\(directory)/\(Self.fileName)"
        let (entries, isCompact) = try Self.read(directory: directory)
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw RunError.io("cannot open \(path): \(String(cString: strerror(errno)))") }
        state = Locked(State(entries: entries, fd: fd, isCompact: isCompact))
    }

    /// The entries of the ledger in `directory` (last line per path wins; torn lines ignored).
    static func load(directory: String) throws -> [PathKey: LedgerEntry] {
        try read(directory: directory).entries
    }

    /// The entries, and whether the file is in the form `compact()` writes: every line whole,
    /// one line per path, in path order, no removed paths. (Each line is taken to be in
    /// canonical form, as Docket writes every line; one edited by hand stays as it is until a
    /// run records something and the ledger is rewritten.)
    private static func read(directory: String) throws -> (entries: [PathKey: LedgerEntry], isCompact: Bool) {
        var entries: [PathKey: LedgerEntry] = [:]
        guard let data = FileManager.default.contents(atPath: "\(directory)/\(fileName)") else { return (entries, false) }
        var isCompact = data.isEmpty || data.last == UInt8(ascii: "\n")
        // The lines, found with one pass over the bytes; only the end of the last may be
        // followed by nothing.
        var lines: [Range<Int>] = []
        data.withUnsafeBytes { bytes in
            var start = 0
            while start < bytes.count {
                let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
                if end > start { lines.append(start..<end) } else { isCompact = false }
                start = end + 1
            }
        }
        // All lines in one decoding, as the elements of one array — one decoder's set-up rather
        // than one per line; where any line is torn or not an entry, each line on its own, and
        // the ones that are not entries are left out.
        let decoder = JSONDecoder()
        var array = Data(capacity: data.count + 2)
        array.append(UInt8(ascii: "["))
        for (number, line) in lines.enumerated() {
            if number > 0 { array.append(UInt8(ascii: ",")) }
            array.append(data[line])
        }
        array.append(UInt8(ascii: "]"))
        let decoded: [LedgerEntry?]
        if let all = try? decoder.decode([LedgerEntry].self, from: array) {
            decoded = all
        } else {
            decoded = lines.map { try? decoder.decode(LedgerEntry.self, from: data[$0]) }
        }
        var previousPath: String?
        for entry in decoded {
            guard let entry else {
                isCompact = false
                continue
            }
            let isFirstForPath = entries.updateValue(entry, forKey: PathKey(entry.path)) == nil
            let isInOrder = previousPath.map { $0.precedesByBytes(entry.path) } ?? true
            if !isFirstForPath || !isInOrder || entry.status == .removed { isCompact = false }
            previousPath = entry.path
        }
        return (entries, isCompact)
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
        state.withLock { if $0.fd >= 0 { close($0.fd) } }
    }

    /// A copy of every path's latest entry, taken under the lock.
    var entries: [PathKey: LedgerEntry] {
        state.withLock { $0.entries }
    }

    func entry(for path: String) -> LedgerEntry? {
        state.withLock { $0.entries[PathKey(path)] }
    }

    /// Whether a path other than `path` is recorded as done with the paper `id`.
    func isDone(id: String, atPathOtherThan path: String) -> Bool {
        let key = PathKey(path)
        return state.withLock { state in
            state.entries.contains { $0.key != key && $0.value.status == .done && $0.value.id == id }
        }
    }

    /// Records one entry; it is committed with its group (see the type's comment), on the
    /// committer's queue rather than the caller's thread.
    func record(_ entry: LedgerEntry) throws {
        var line = try CanonicalJSON.encode(entry, pretty: false)
        line.append(UInt8(ascii: "\n"))
        let startsGroup = try state.withLock { state in
            if let failure = state.commitFailure { throw failure }
            state.entries[PathKey(entry.path)] = entry
            state.isCompact = false
            state.pending.append(line)
            state.pendingCount += 1
            guard !state.commitQueued, state.pendingCount >= 64 || Date().timeIntervalSince(state.lastCommit) > 0.5 else { return false }
            state.commitQueued = true
            return true
        }
        if startsGroup {
            committer.async { [self] in
                do {
                    try commitPending()
                } catch {
                    state.withLock { $0.commitFailure = $0.commitFailure ?? (error as? RunError) ?? .io("\(error)") }
                }
            }
        }
    }

    /// Commits the pending entries now, after any group already queued.
    func commit() throws {
        try committer.sync { try commitPending() }
    }

    /// Takes every pending line under the lock and commits them outside it. Runs on `committer`.
    private func commitPending() throws {
        let (lines, fd): (Data, Int32) = try state.withLock { state in
            if let failure = state.commitFailure { throw failure }
            state.commitQueued = false
            state.lastCommit = Date()
            let taken = state.pending
            state.pending.removeAll(keepingCapacity: true)
            state.pendingCount = 0
            return (taken, state.fd)
        }
        guard !lines.isEmpty else { return }
        #if canImport(Glibc)
        _ = systemSyncfs(fd)
        #endif
        let written = lines.withUnsafeBytes { SystemCall.write(fd, $0.baseAddress, $0.count) }
        guard written == lines.count, fsync(fd) == 0 else {
            throw RunError.io("cannot write the ledger \(path): \(String(cString: strerror(errno)))")
        }
    }

    /// Rewrites the ledger with one line per path, in path order (removed paths are dropped once
    /// their removal has been recorded by a run) — unless the file holds that already, as after
    /// a run that changed nothing.
    func compact() throws {
        // On the committer, after any queued group: nothing else writes the file meanwhile.
        try committer.sync {
            try commitPending()
            try state.withLock { state in
                guard !state.isCompact else { return }
                let kept = state.entries.values.filter { $0.status != .removed }.sorted { $0.path.precedesByBytes($1.path) }
                try AtomicFile.write(try Self.lines(kept), to: path)
                close(state.fd)
                state.fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
                state.entries = state.entries.filter { $0.value.status != .removed }
                state.isCompact = true
            }
        }
    }
}
