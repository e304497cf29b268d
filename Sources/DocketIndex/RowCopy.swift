/// The SQL that copies one row table from one attached database into another under the final
/// row ids of `RowIDPlan` and in their order, for a connection that holds the plan in
/// `temp.prefixes` (`planTable`). `SearchIndex.finish` copies the rows with it, and
/// `FullTextBuild` feeds the columns it indexes to the full-text tables.
///
/// The rows come in one of two ways (`Order`), in the same order, so the finished file is the
/// same bytes either way:
/// - **ranged**, when the working file records where each paper's rows lie (`row_ranges`:
///   `IndexSchema.rowRanges`): the papers are walked in final order and each one's rows read
///   as one range of working row ids, whose first holds position 0 and the rest follow in
///   position order. Nothing is sorted but the plan's few thousand papers. A row that is not
///   where its position puts it is not read; when some ranges are the whole windows of a
///   finished index's papers (`SearchIndex.recordFinishedRanges`), the copied rows are counted
///   against the table's, and a copy that missed any is undone and done again sorted.
/// - **sorted**, otherwise: each row's final id and working row id are sorted (two integers a
///   row, into `temp.row_order`, whose integer key keeps them in order), and the rows are then
///   read by working row id in that order. Sorting the rows themselves made SQLite's sorter
///   carry every column (a section's text among them) through its spill files.
enum RowCopy {
    enum Order: Equatable {
        /// By ranges; `counted` when the copy is to be counted (some ranges are windows).
        case ranged(counted: Bool)
        case sorted
    }

    /// The plan's table: each paper's prefix, found by paper and walked in prefix order.
    static let planTable = """
        CREATE TEMP TABLE IF NOT EXISTS prefixes (paper_id TEXT PRIMARY KEY, prefix INTEGER NOT NULL UNIQUE) WITHOUT ROWID;
        DELETE FROM temp.prefixes;
        """
    static let planInsert = "INSERT INTO temp.prefixes (paper_id, prefix) VALUES (?, ?)"

    /// Runs the copy `sql` gives on `database`; a counted ranged copy that did not copy every row
    /// of the table is undone by `undo` and done again sorted.
    static func copy(table: String, columns: [String], from source: String, into target: String, targetTable: String? = nil,
                     order: Order, on database: SQLiteDatabase, undo: String) throws {
        try database.execute(sql(table: table, columns: columns, from: source, into: target, targetTable: targetTable, order: order))
        guard order == .ranged(counted: true) else { return }
        let copied = database.changes
        let rows = try database.query("SELECT count(*) FROM \(source).[\(table)]").first?.first?.integer
        guard rows != Int64(copied) else { return }
        try database.execute(undo)
        try database.execute(sql(table: table, columns: columns, from: source, into: target, targetTable: targetTable, order: .sorted))
    }

    /// Copies `columns` (names, unbracketed) of `source.table` into `target.table` (or
    /// `target.targetTable`, given one), whose `rowid` becomes the final row id.
    static func sql(table: String, columns: [String], from source: String, into target: String, targetTable: String? = nil,
                    order: Order) -> String {
        let list = columns.map { "[\($0)]" }.joined(separator: ", ")
        let values = columns.map { "t.[\($0)]" }.joined(separator: ", ")
        let insert = "INSERT INTO \(target).[\(targetTable ?? table)] (rowid, \(list))"
        switch order {
        case .ranged:
            // The row's own paper and its place in the range are checks of a row already found
            // by its id; the `+` keeps SQLite from building an index on `paper_id` for them.
            return """
                \(insert)
                SELECT p.prefix + t.position, \(values)
                FROM temp.prefixes p
                CROSS JOIN \(source).row_ranges r ON r.paper_id = p.paper_id AND r.tbl = '\(table)'
                CROSS JOIN \(source).[\(table)] t ON t.rowid BETWEEN r.first AND r.last
                WHERE +t.paper_id = r.paper_id AND t.rowid - r.first = t.position ORDER BY p.prefix, t.rowid;
                """
        case .sorted:
            return """
                CREATE TEMP TABLE IF NOT EXISTS row_order (final INTEGER PRIMARY KEY, working INTEGER NOT NULL);
                DELETE FROM temp.row_order;
                INSERT INTO temp.row_order (final, working)
                SELECT p.prefix + t.position, t.rowid FROM \(source).[\(table)] t JOIN temp.prefixes p ON p.paper_id = t.paper_id ORDER BY 1;
                \(insert)
                SELECT o.final, \(values)
                FROM temp.row_order o CROSS JOIN \(source).[\(table)] t ON t.rowid = o.working ORDER BY o.final;
                DELETE FROM temp.row_order;
                """
        }
    }
}
