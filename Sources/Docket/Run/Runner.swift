import DocketIndex
import DocketModel
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The batch job behind `docket run`: discover papers, skip the unchanged, process the rest in
/// parallel, write every output atomically, record each paper in the ledger only after its
/// output is in place, withdraw the outputs of removed papers, and report what happened.
///
/// Outputs under `OUT`: `papers/<id>.json` (canonical records), `docket.db` (the SQLite
/// full-text index, see `SearchIndex`), `errors.jsonl` (one line per failed paper, path order),
/// `ledger.jsonl` (see `Ledger`). The same input gives the same
/// outputs whatever `--jobs` is and however often the run is interrupted and resumed.
public final class Runner: @unchecked Sendable {
    /// The version recorded in the ledger with each paper (`DocketVersion.current`).
    public static let version = DocketVersion.current

    public let options: RunOptions
    /// Called after each paper with (finished, to do); from worker threads.
    public var progress: (@Sendable (Int, Int) -> Void)?
    /// Asked between papers; a run stops cleanly when it returns true (Ctrl-C).
    public var shouldStop: @Sendable () -> Bool = { false }
    /// Which discovered files this pass may process; the others are left for a later pass and
    /// are not treated as removed (watch mode holds back files still being written).
    public var include: @Sendable (DiscoveredFile) -> Bool = { _ in true }

    /// Where this run writes: OUT, or OUT/shards/I-of-N for a shard.
    let outputFolder: String
    let papersDirectory: String

    public init(options: RunOptions) {
        self.options = options
        outputFolder = options.outputFolder
        papersDirectory = outputFolder + "/papers"
    }

    /// Set by a caller that already holds the output folder's `OutputLock` (watch mode).
    var holdsLock = false

    /// One pass over the input folder, holding the output folder's `OutputLock` throughout.
    public func run() throws -> RunSummary {
        let start = Date()
        let lock = holdsLock ? nil : try OutputLock(folder: outputFolder, wait: options.waitForLock)
        defer { withExtendedLifetime(lock) {} }
        let records = try prepareOutput()
        let ledger = try Ledger(directory: outputFolder)
        let index = try openIndex()
        defer { self.index = nil }
        try reconcile(index, with: ledger)
        var files = try Discovery(root: options.input, excluded: [options.output]).files()
        if let shard = options.shard {
            files = files.filter { shard.contains($0.relativePath) }
            let input = Discovery.realPath(options.input) ?? options.input
            try RunManifest(input: input, shard: shard.description).write(folder: outputFolder)
        }
        var summary = RunSummary()
        summary.discovered = files.count

        // Decide what to do with each file, cheapest checks first.
        var work: [(file: DiscoveredFile, previous: LedgerEntry?)] = []
        for file in files where include(file) {
            let previous = ledger.entry(for: file.relativePath)
            switch quickStatus(file, previous: previous, records: records) {
            case .unchanged: summary.unchanged += 1
            case .stillFailed: summary.stillFailed += 1
            case .needsWork: work.append((file, previous))
            }
        }

        let outcomes = process(work, ledger: ledger)
        if let error = abortError {
            // Keep what was finished (the ledger's committed groups) and report the cause.
            try? ledger.commit()
            index.close()
            throw error
        }
        for outcome in outcomes {
            switch outcome {
            case .new: summary.new += 1
            case .changed: summary.changed += 1
            case .unchanged: summary.unchanged += 1
            case .failed: summary.failed += 1
            case .skipped: summary.interrupted = true
            }
        }
        if shouldStop() { summary.interrupted = true }
        if !summary.interrupted {
            summary.removed = try withdrawRemoved(present: Set(files.map { PathKey($0.relativePath) }), ledger: ledger)
        }
        try writeErrors(ledger)
        try RunError.indexing {
            // An interrupted run only closes the index: the next run finishes it (the
            // rewrite in canonical order takes seconds on a large archive).
            if index.hasChanges && !summary.interrupted {
                let finishStart = Date()
                try index.finish()
                summary.indexSeconds = Date().timeIntervalSince(finishStart)
            } else {
                index.close()
            }
        }
        try ledger.compact()
        summary.elapsedSeconds = Date().timeIntervalSince(start)
        let processed = Double(summary.new + summary.changed + summary.failed)
        summary.papersPerSecond = summary.elapsedSeconds > 0 ? processed / summary.elapsedSeconds : 0
        return summary
    }

    // MARK: Stopping

    /// Set to stop the papers in progress too (after a signal's grace period): they end at
    /// their next deadline check and are left for the next run.
    public var stopInProgress = Locked(false)

    private let abortedWith = Locked<RunError?>(nil)

    /// The write failure that stopped the run, if one did.
    var abortError: RunError? { abortedWith.current }

    private func abort(_ error: RunError) {
        abortedWith.withLock { if $0 == nil { $0 = error } }
    }

    // MARK: Deciding

    enum QuickStatus { case unchanged, stillFailed, needsWork }

    /// The fast path, as git's index does it: same size and modification time as recorded,
    /// same Docket version and pipeline, output present (among `records`, the names in
    /// `OUT/papers` when the run began) → unchanged, without reading the file.
    func quickStatus(_ file: DiscoveredFile, previous: LedgerEntry?, records: Set<String>) -> QuickStatus {
        guard let previous, previous.size == file.size, previous.modified == file.modified,
              previous.version == Self.version, previous.pipeline == options.pipeline.hash else { return .needsWork }
        switch previous.status {
        case .done:
            guard let id = previous.id, records.contains("\(id).json") else { return .needsWork }
            return .unchanged
        case .failed:
            return options.retryFailed ? .needsWork : .stillFailed
        case .removed:
            return .needsWork
        }
    }

    enum Outcome { case new, changed, unchanged, failed, skipped }

    // MARK: Processing

    /// Runs `work` on `jobs` threads; each thread takes the next file and handles it whole, so
    /// at most `jobs` papers are in memory at once.
    private func process(_ work: [(file: DiscoveredFile, previous: LedgerEntry?)], ledger: Ledger) -> [Outcome] {
        let state = WorkState(count: work.count)
        let extraction = Extraction(pipeline: options.pipeline, limits: options.limits, stop: stopInProgress)
        let group = DispatchGroup()
        for _ in 0..<min(options.jobs, max(work.count, 1)) {
            group.enter()
            let thread = Thread { [self] in
                defer { group.leave() }
                while !shouldStop(), abortError == nil, let index = state.take() {
                    let outcome = handle(work[index].file, previous: work[index].previous, extraction: extraction, ledger: ledger)
                    let done = state.finish(index, outcome)
                    progress?(done, work.count)
                }
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        group.wait()
        return state.outcomes
    }

    /// The shared cursor and results of one `process` call.
    private struct WorkState: Sendable {
        private struct Progress {
            var next = 0
            var finished = 0
            var outcomes: [Outcome]
        }

        private let progress: Locked<Progress>

        init(count: Int) { progress = Locked(Progress(outcomes: Array(repeating: .skipped, count: count))) }

        var outcomes: [Outcome] { progress.withLock { $0.outcomes } }

        /// The next paper to handle, if any is left.
        func take() -> Int? {
            progress.withLock { state in
                guard state.next < state.outcomes.count else { return nil }
                state.next += 1
                return state.next - 1
            }
        }

        /// Records a paper's outcome; returns how many papers are finished.
        func finish(_ index: Int, _ outcome: Outcome) -> Int {
            progress.withLock { state in
                state.outcomes[index] = outcome
                state.finished += 1
                return state.finished
            }
        }
    }

    /// One paper: hash, compare, extract, write, record.
    private func handle(_ file: DiscoveredFile, previous: LedgerEntry?, extraction: Extraction, ledger: Ledger) -> Outcome {
        let source = DocumentSource(filePath: file.absolutePath, displayPath: file.relativePath)
        var entry = LedgerEntry(path: file.relativePath, status: .failed, size: file.size, modified: file.modified, sha256: "",
                                id: nil, version: Self.version, pipeline: options.pipeline.hash, code: nil, message: nil)
        do {
            if file.unreadableName {
                throw DocketError(.unreadable, "the file name is not valid UTF-8 (shown with its bytes escaped); rename it to process it")
            }
            let bytes = try extraction.readBytes(file.absolutePath)
            entry.sha256 = SHA256.hex(bytes)
            entry.size = Int64(bytes.count)
            if let previous, previous.status == .done, previous.sha256 == entry.sha256, previous.version == Self.version,
               previous.pipeline == options.pipeline.hash, let id = previous.id, FileManager.default.fileExists(atPath: paperPath(id)) {
                // Touched but not changed: remember the new time so the fast path works next run.
                entry.status = .done
                entry.id = id
                try ledger.record(entry)
                return .unchanged
            }
            let paper = try extraction.paper(bytes: bytes, source: source, sha256: entry.sha256)
            let record = try CanonicalJSON.encodeBoth(paper)
            try AtomicFile.write(record.pretty, to: paperPath(paper.id), durable: false)
            try RunError.indexing { try index?.replace(paper, compactRecord: record.compact) }
            entry.status = .done
            entry.id = paper.id
            try ledger.record(entry)
            if let old = previous?.id, old != paper.id { withdraw(id: old, unlessUsedBesides: file.relativePath, ledger: ledger) }
            return previous == nil || previous?.status == .removed ? .new : .changed
        } catch let error as DocketError {
            entry.code = error.code.rawValue
            entry.message = error.message
        } catch is CancellationError {
            // The run is stopping: this paper is left as it was, for the next run.
            return .skipped
        } catch let error as RunError {
            // The output cannot be written (a full disk, a folder gone read-only): not this
            // paper's fault, so it is not recorded as failed; the run stops and says why.
            abort(error)
            return .skipped
        } catch {
            entry.code = "internal"
            entry.message = "\(error)"
        }
        // A failure is recorded as such, never as done; a stale record of the old content goes.
        try? ledger.record(entry)
        if let old = previous?.id { withdraw(id: old, unlessUsedBesides: file.relativePath, ledger: ledger) }
        return .failed
    }

    // MARK: Outputs

    func paperPath(_ id: String) -> String { "\(papersDirectory)/\(id).json" }

    /// Makes the output folders, checks they are writable and removes what killed runs left;
    /// returns the names of the records in `OUT/papers` (read once, rather than each record
    /// looked up by name on a run that finds its papers unchanged).
    private func prepareOutput() throws -> Set<String> {
        do {
            try FileManager.default.createDirectory(atPath: papersDirectory, withIntermediateDirectories: true)
        } catch {
            throw RunError.io("cannot create the output folder \(outputFolder): \(error.localizedDescription)")
        }
        guard access(outputFolder, W_OK) == 0, access(papersDirectory, W_OK) == 0 else {
            throw RunError.io("the output folder \(outputFolder) is not writable")
        }
        AtomicFile.removeLeftovers(in: outputFolder)
        return AtomicFile.removeLeftovers(in: papersDirectory)
    }

    /// Removes a paper's record unless another path still has the same content.
    private func withdraw(id: String, unlessUsedBesides path: String, ledger: Ledger) {
        guard !ledger.isDone(id: id, atPathOtherThan: path) else { return }
        unlink(paperPath(id))
        try? index?.remove(id: id)
    }

    // MARK: Index

    /// The index of this run (`OUT/docket.db`), open while the run lasts.
    private var index: SearchIndex?

    private func openIndex() throws -> SearchIndex {
        let opened = try RunError.indexing { try SearchIndex(path: outputFolder + "/" + SearchIndex.fileName) }
        index = opened
        return opened
    }

    /// Brings the index in line with the ledger before the run: papers recorded as done but
    /// missing from the index (a run killed between writing a record and indexing it, or an
    /// index deleted by hand) are added from their records; papers no longer done are removed.
    private func reconcile(_ index: SearchIndex, with ledger: Ledger) throws {
        try RunError.indexing {
            let indexed = try index.paperIDs()
            let done = Set(ledger.entries.values.filter { $0.status == .done }.compactMap(\.id))
            for id in indexed.subtracting(done).sorted() { try index.remove(id: id) }
            for id in done.subtracting(indexed).sorted() {
                guard let data = FileManager.default.contents(atPath: paperPath(id)),
                      let paper = try? JSONDecoder().decode(Paper.self, from: data) else { continue }
                try index.replace(paper)
            }
        }
    }

    /// Papers whose source disappeared: reported, and their outputs withdrawn unless kept.
    private func withdrawRemoved(present: Set<PathKey>, ledger: Ledger) throws -> Int {
        var removed = 0
        let gone = ledger.entries.values.filter { !present.contains(PathKey($0.path)) && $0.status != .removed }
        for entry in gone.sorted(by: { $0.path.precedesByBytes($1.path) }) {
            var tombstone = entry
            tombstone.status = .removed
            try ledger.record(tombstone)
            if !options.keepRemoved, let id = entry.id { withdraw(id: id, unlessUsedBesides: entry.path, ledger: ledger) }
            removed += 1
        }
        return removed
    }

    /// Writes `errors.jsonl` from the ledger, unless it already holds those lines (a run that
    /// changed nothing leaves it untouched, as it does the ledger).
    private func writeErrors(_ ledger: Ledger) throws {
        let sorted = ledger.entries.values.filter { $0.status == .failed }.sorted { $0.path.precedesByBytes($1.path) }
        let path = outputFolder + "/errors.jsonl"
        let lines = try ErrorRecord.lines(sorted)
        guard FileManager.default.contents(atPath: path) != lines else { return }
        try AtomicFile.write(lines, to: path)
    }
}
