import DocketModel
import Foundation

/// The full-text tables of a finished index, built on a thread of their own while
/// `SearchIndex.finish` copies the rows and builds the indexes — the finish's largest serial
/// steps, side by side on two cores.
///
/// A second connection reads the working file (a WAL reader beside the finish's own) and feeds
/// each full-text table's indexed columns, under their final row ids (`RowIDPlan`) and in their
/// order, straight into a contentless FTS5 table of the same name in a scratch file: the text is
/// tokenised as it is read, and never written out first. The finish then copies the four shadow
/// tables of each full-text table (`_data`, `_idx`, `_docsize`, `_config`) into the finished
/// file, whose full-text tables read their text from the row tables (external content). FTS5
/// builds the same shadow tables from the same rows in the same order whether the table keeps
/// its text or not, and wherever it runs (checked on the sqlite3 shell against `rebuild` over
/// the sections of a 7,007-paper index: the four tables' rows identical), so the finished file
/// is the same bytes whatever the run's history; `FTS5 integrity-check` holds on it
/// (`IndexTests`).
final class FullTextBuild: @unchecked Sendable {
    /// The shadow tables FTS5 keeps for an external-content table.
    static let shadowTables = ["data", "idx", "docsize", "config"]

    /// How much tokenised text FTS5 gathers in memory before writing it out as a segment of the
    /// index (its `hashsize`; 1 MB unless set). At 1 MB a 10,000-paper run writes thousands of
    /// small segments and then merges them again; at 16 MB it writes a sixteenth as many, and
    /// building the sections' index took a quarter less time on the sqlite3 shell, for about
    /// 20 MB more memory while a table is built. The setting is left out of the finished file
    /// (`copyShadowTables`), whose tables keep FTS5's defaults.
    static let pendingTermBytes = 16 << 20

    let scratchPath: String
    private let workingPath: String
    private let prefixes: [String: Int64]
    private let order: RowCopy.Order
    /// Signalled when the build ends, after which the working file is no longer read (the
    /// finish may then drop its WAL).
    private let finished = DispatchSemaphore(value: 0)
    private let outcome = Locked<Error?>(nil)

    init(workingPath: String, scratchPath: String, prefixes: [String: Int64], order: RowCopy.Order) {
        self.workingPath = workingPath
        self.scratchPath = scratchPath
        self.prefixes = prefixes
        self.order = order
    }

    /// Starts the build on its own thread.
    func start() {
        let thread = Thread { [self] in
            do {
                try build()
            } catch {
                outcome.withLock { $0 = error }
            }
            finished.signal()
        }
        thread.start()
    }

    /// Waits for the build to end; throws what stopped it.
    func wait() throws {
        finished.wait()
        finished.signal()
        if let error = outcome.current { throw error }
    }

    /// Copies the shadow tables of every full-text table from the scratch file into the
    /// database `target` has open as `main`, replacing what the empty tables held.
    func copyShadowTables(into target: SQLiteDatabase) throws {
        try target.run("ATTACH ? AS side", [[.text(scratchPath)]])
        try target.execute("BEGIN;")
        for (table, _) in IndexSchema.fullText {
            for shadow in Self.shadowTables {
                let name = "[\(table)_fts_\(shadow)]"
                // A plain SELECT lets SQLite copy the rows as they are stored, in key order (see
                // the papers' copy in `SearchIndex.finish`).
                let filter = shadow == "config" ? " WHERE k <> 'hashsize'" : ""
                try target.execute("DELETE FROM main.\(name); INSERT INTO main.\(name) SELECT * FROM side.\(name)\(filter);")
            }
        }
        try target.execute("COMMIT; DETACH side;")
    }

    func removeScratch() {
        for suffix in ["", "-journal"] { try? FileManager.default.removeItem(atPath: scratchPath + suffix) }
    }

    private func build() throws {
        removeScratch()
        let scratch = try SQLiteDatabase(path: scratchPath)
        defer { scratch.close() }
        try scratch.execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;")
        try scratch.execute(RowCopy.planTable)
        try scratch.run(RowCopy.planInsert, prefixes.map { [.text($0.key), .integer($0.value)] })
        try scratch.run("ATTACH ? AS working", [[.text(workingPath)]])
        // Each table's rows go in by one statement, in a transaction of its own, as FTS5's own
        // `rebuild` puts them in.
        for (table, columns) in IndexSchema.fullText {
            let create = IndexSchema.fullTextTable(table: table, columns: columns, content: "''")
                + " INSERT INTO [\(table)_fts] ([\(table)_fts], rank) VALUES ('hashsize', \(Self.pendingTermBytes));"
            try scratch.execute(create)
            if table == "papers" {
                let list = columns.map { "[\($0)]" }.joined(separator: ", ")
                try scratch.execute("INSERT INTO [papers_fts] (rowid, \(list)) SELECT rowid, \(list) FROM working.papers ORDER BY rowid;")
            } else {
                try RowCopy.copy(table: table, columns: columns, from: "working", into: "main", targetTable: "\(table)_fts", order: order,
                                 on: scratch, undo: "DROP TABLE [\(table)_fts]; " + create)
            }
        }
        try scratch.execute("DETACH working;")
    }
}
