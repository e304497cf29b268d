import DocketModel
import Foundation

/// The embedded SQLite full-text index, `OUT/docket.db` (schema in `IndexSchema`).
///
/// Each paper is replaced under one savepoint (its old rows deleted, by cascade, and its new
/// rows inserted), so the index never holds two versions of a paper; papers are committed in
/// groups of `group` (one transaction writes each touched page once, not once per paper), and
/// a run killed before a group's commit loses only index rows that `Runner` restores from the
/// records on its next start. While a run writes, rows are appended in the order papers come;
/// `finish()` copies everything into a new file in canonical order (`RowIDPlan`), builds the
/// indexes and full-text tables there and moves it into place — so the same set of papers
/// always gives the same bytes, however the run that built it went.
public final class SearchIndex: @unchecked Sendable {
    public static let fileName = "docket.db"

    let path: String
    private let database: SQLiteDatabase
    private let lock = NSLock()
    private var changed = false
    /// Whether the file was a finished index when opened (nothing written since `finish`).
    private var wasFinished = false
    private var writing = false
    /// Whether the row tables' paper indexes are left out (a first build; see `beginWriting`).
    private var paperIndexesDropped = false
    /// Whether each paper's rows are recorded in `row_ranges` (`IndexSchema.rowRanges`).
    private var recordsRanges = false
    /// Papers written in the open transaction, if one is open.
    private var uncommitted: Int?
    /// How many papers one transaction holds.
    static let group = 128

    /// Opens (creating if needed) the index at `path`. Opening and reading leave a finished
    /// file untouched; the first write switches it to WAL mode.
    public init(path: String) throws {
        self.path = path
        do {
            database = try Self.openCurrentVersion(path)
            try database.execute("PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;")
            let mode = try database.query("PRAGMA journal_mode").first?.first?.text ?? ""
            let cookie = try database.query("PRAGMA schema_version").first?.first?.integer ?? 0
            wasFinished = mode == "delete" && cookie == Int64(IndexSchema.pinnedSchemaVersion)
            if !wasFinished { try beginWriting() }
        } catch {
            throw IndexError.open(path: path, reason: "\(error)")
        }
    }

    /// The connection to `path`, after removing an index of another schema version (the
    /// runner then adds every paper again from its record).
    private static func openCurrentVersion(_ path: String) throws -> SQLiteDatabase {
        let database = try SQLiteDatabase(path: path)
        let tables = try database.query("SELECT count(*) FROM sqlite_master").first?.first?.integer ?? 0
        let version = try database.query("PRAGMA user_version").first?.first?.integer ?? 0
        guard tables > 0, version != Int64(IndexSchema.version) else { return database }
        database.close()
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        return try SQLiteDatabase(path: path)
    }

    /// Switches the file to WAL mode for the run's writes and drops the full-text triggers and
    /// the unique indexes of the row tables' text ids: `finish()` rebuilds the full-text tables
    /// from their content tables anyway, so keeping them in step row by row during a run would
    /// only be done twice, and an index built at the end in one sorted pass costs far less than
    /// one updated at a random place for every row. (A search of an index while a run is
    /// writing it may therefore see stale full-text entries.)
    ///
    /// When the index is empty (a first build), the paper indexes of the row tables go too, and
    /// come back with the rest in `finish()` (or as soon as a paper is met twice).
    ///
    /// Where each paper's rows lie is recorded from here on (`IndexSchema.rowRanges`): from the
    /// first paper of a first build, or for every paper of a finished index before the first
    /// change to it. A working file left by an interrupted run keeps what it holds.
    ///
    /// For the run's length the WAL is never checkpointed into the file (which would write every
    /// page twice and flush the disk) and the page cache is 8 MB: `finish()` reads the pages
    /// from the WAL into the finished copy and deletes the WAL.
    private func beginWriting() throws {
        guard !writing else { return }
        try database.execute("PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0; PRAGMA cache_size = -8192;")
        try database.execute(IndexSchema.all)
        try database.execute(IndexSchema.dropDuringRun)
        if try database.query("SELECT 1 FROM papers LIMIT 1").isEmpty {
            // A first build deletes nothing, so nothing looks rows up by paper until the end.
            try database.execute(IndexSchema.dropForFirstBuild)
            paperIndexesDropped = true
            try database.execute(IndexSchema.rowRanges)
        } else if wasFinished {
            try recordFinishedRanges()
        }
        // Kept from a run's first write on (and on in a run that resumes one).
        recordsRanges = try !database.query("SELECT 1 FROM sqlite_master WHERE name = 'row_ranges'").isEmpty
        writing = true
    }

    /// In a finished index, each paper's rows sit at its prefix plus their position
    /// (`RowIDPlan`, planned over the papers the file holds): its range in every row table is
    /// that prefix's whole window. The finish checks, by counting, that the windows held every
    /// row (`RowCopy`).
    private func recordFinishedRanges() throws {
        let plan = try rowIDPlan()
        let window = Int64(RowIDPlan.positions - 1)
        try database.execute(IndexSchema.rowRanges + "BEGIN;")
        do {
            try database.run("INSERT INTO row_ranges VALUES (?, ?, ?, ?)", plan.prefixes.flatMap { id, prefix in
                IndexSchema.rowTables.map { [.text(id), .text($0), .integer(prefix), .integer(prefix + window)] }
            })
            try database.execute("COMMIT;")
        } catch {
            try? database.execute("ROLLBACK; DROP TABLE IF EXISTS row_ranges;")
            throw error
        }
    }

    /// The final row ids (`RowIDPlan`) of the papers the file holds now.
    private func rowIDPlan() throws -> RowIDPlan {
        RowIDPlan(paperIDs: try database.query("SELECT id FROM papers").compactMap { $0.first?.text })
    }

    /// Before `id`'s rows are deleted: in a first build that meets a paper twice (two files
    /// with the same bytes), the paper indexes come back now, so the cascade does not scan.
    private func prepareToDelete(_ id: String) throws {
        guard paperIndexesDropped, try !database.query("SELECT 1 FROM papers WHERE id = ?", [.text(id)], keep: true).isEmpty else { return }
        try database.execute(IndexSchema.tables)
        paperIndexesDropped = false
    }

    /// Whether `finish()` must run: something was written, or the file was left unfinished by
    /// an interrupted run.
    public var hasChanges: Bool {
        lock.lock()
        defer { lock.unlock() }
        return changed || !wasFinished
    }

    /// The ids of the papers in the index.
    public func paperIDs() throws -> Set<String> {
        lock.lock()
        defer { lock.unlock() }
        return Set(try database.query("SELECT id FROM papers").compactMap { $0.first?.text })
    }

    /// Puts `paper` in the index, replacing any earlier version with the same id; its record
    /// column holds `compactRecord`, the paper's compact canonical JSON (one line, as
    /// `docket export --format jsonl` writes it), encoded here when not given.
    public func replace(_ paper: Paper, compactRecord: Data? = nil) throws {
        let record = try compactRecord ?? CanonicalJSON.encode(paper, pretty: false)
        let rows = IndexRows(paper: paper, record: record)  // built before the lock: other workers wait on it
        lock.lock()
        defer { lock.unlock() }
        do {
            try beginTransaction()
            try prepareToDelete(paper.id)
            try database.execute("SAVEPOINT paper")
            do {
                try database.run("DELETE FROM papers WHERE id = ?", [[.text(paper.id)]])
                var ranges: [[SQLiteDatabase.Value]] = []
                for insert in rows.inserts {
                    let ids = try database.insert(insert.sql, insert.rows)
                    // Rows not given consecutive ids get no range, and the finish sorts instead.
                    if recordsRanges, insert.table != "papers", let ids {
                        ranges.append([.text(paper.id), .text(insert.table), .integer(ids.first), .integer(ids.last)])
                    }
                }
                if !ranges.isEmpty { try database.run("INSERT INTO row_ranges VALUES (?, ?, ?, ?)", ranges) }
                try database.execute("RELEASE paper")
            } catch {
                try? database.execute("ROLLBACK TO paper; RELEASE paper")
                throw error
            }
            changed = true
            uncommitted! += 1
            if uncommitted! >= Self.group { try commitLocked() }
        } catch {
            throw IndexError.write(paperID: paper.id, reason: "\(error)")
        }
    }

    private func beginTransaction() throws {
        try beginWriting()
        guard uncommitted == nil else { return }
        try database.execute("BEGIN IMMEDIATE")
        uncommitted = 0
    }

    private func commitLocked() throws {
        guard uncommitted != nil else { return }
        try database.execute("COMMIT")
        uncommitted = nil
    }

    /// Removes a paper and all its rows.
    public func remove(id: String) throws {
        lock.lock()
        defer { lock.unlock() }
        do {
            try beginTransaction()
            try prepareToDelete(id)
            try database.run("DELETE FROM papers WHERE id = ?", [[.text(id)]])
            changed = true
        } catch {
            throw IndexError.remove(paperID: id, reason: "\(error)")
        }
    }

    /// Writes the finished index: a new file beside this one gets the papers in row-id order
    /// and every row under them renumbered by `RowIDPlan` and in that order, then its indexes,
    /// full-text tables and triggers, and is moved into place. The full-text tables are built
    /// from the same rows on a second thread while the rows are copied and the indexes built
    /// (`FullTextBuild`), and copied in at the end. The working file and its WAL are dropped
    /// once that thread has read them; the connection is closed afterwards.
    public func finish() throws {
        lock.lock()
        defer { lock.unlock() }
        let temporary = path + ".finished"
        do {
            try beginWriting()
            try commitLocked()
            for suffix in ["", "-journal"] { try? FileManager.default.removeItem(atPath: temporary + suffix) }
            let copy = try SQLiteDatabase(path: temporary)
            try copy.execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;" + IndexSchema.tables + IndexSchema.dropForFirstBuild)
            copy.close()

            let plan = try rowIDPlan()
            let order = try copyOrder()
            // The full-text tables are built on another thread meanwhile (`FullTextBuild`).
            let fullText = FullTextBuild(workingPath: path, scratchPath: path + ".fts", prefixes: plan.prefixes, order: order)
            fullText.start()
            defer {
                try? fullText.wait()
                fullText.removeScratch()
            }
            try database.execute(RowCopy.planTable)
            try database.run(RowCopy.planInsert, plan.prefixes.map { [.text($0.key), .integer($0.value)] })
            try database.run("ATTACH ? AS finished", [[.text(temporary)]])
            try database.execute("PRAGMA finished.journal_mode = OFF; PRAGMA finished.synchronous = OFF; BEGIN;")
            // Without ORDER BY, SQLite copies the papers as they are stored, records and id index
            // alike, in row-id order (its transfer optimisation, for an empty table of the same
            // shape), rather than decoding each row and inserting it again: 0.79 s -> 0.33 s for
            // the papers of a 10,000-paper index on the sqlite3 shell.
            try database.execute("INSERT INTO finished.papers SELECT * FROM main.papers;")
            // Each table's pages start for the disk as soon as they are written (`Writeback`).
            Writeback.start(path: temporary)
            for table in IndexSchema.rowTables {
                let columns = try database.query("SELECT name FROM pragma_table_info(?) WHERE name != 'rowid'", [.text(table)])
                    .compactMap { $0.first?.text }
                try RowCopy.copy(table: table, columns: columns, from: "main", into: "finished", order: order, on: database,
                                 undo: "DELETE FROM finished.[\(table)];")
                Writeback.start(path: temporary)
            }
            try database.execute("COMMIT; DETACH finished;")
            Writeback.start(path: temporary)

            let finished = try SQLiteDatabase(path: temporary)
            // One transaction: the indexes, tables and triggers appear together, with one sync.
            try finished.execute("PRAGMA synchronous = FULL; BEGIN;" + IndexSchema.all + "COMMIT;")
            // No 'optimize' after the build: on 10,000 papers it cost 0.3 s and searches ran no faster.
            try fullText.wait()
            database.closeDiscardingWAL()
            try fullText.copyShadowTables(into: finished)
            // The schema cookie counts schema changes; pin it, as every finished file carries it.
            try finished.execute("PRAGMA schema_version = \(IndexSchema.pinnedSchemaVersion)")
            finished.close()
            guard rename(temporary, path) == 0 else { throw IndexError.finish(path: path, reason: "cannot move the finished copy into place") }
            for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        } catch let error as IndexError {
            throw error
        } catch {
            throw IndexError.finish(path: path, reason: "\(error)")
        }
    }

    /// How `finish()` would put the rows in final order now.
    func plannedCopyOrder() throws -> RowCopy.Order {
        lock.lock()
        defer { lock.unlock() }
        return try copyOrder()
    }

    /// How `finish()` puts the rows in final order: by their recorded ranges when `row_ranges`
    /// holds one for every paper in every row table, else by sorting them (`RowCopy`).
    private func copyOrder() throws -> RowCopy.Order {
        guard recordsRanges else { return .sorted }
        let papers = try database.query("SELECT count(*) FROM papers").first?.first?.integer ?? 0
        let counts = try database.query("SELECT tbl, count(*) FROM row_ranges GROUP BY tbl")
        let complete = papers > 0 && IndexSchema.rowTables.allSatisfy { table in
            counts.contains { $0.first?.text == table && $0.last?.integer == papers }
        }
        guard complete else { return .sorted }
        let windows = try database.query("SELECT 1 FROM row_ranges WHERE last - first + 1 = ? LIMIT 1", [.integer(Int64(RowIDPlan.positions))])
        return .ranged(counted: !windows.isEmpty)
    }

    /// Commits what is pending and closes without rewriting.
    public func close() {
        lock.lock()
        defer { lock.unlock() }
        try? commitLocked()
        database.close()
    }
}
