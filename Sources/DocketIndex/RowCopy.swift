/// The SQL that copies one row table from one attached database into another under the final
/// row ids of `RowIDPlan` and in their order, for a connection that holds the plan in
/// `temp.prefixes (paper_id, prefix)`. `SearchIndex.finish` copies the rows with it, and
/// `FullTextBuild` feeds the columns it indexes to the full-text tables.
///
/// Two steps, not one sorted `INSERT … SELECT`: sorting the rows themselves made SQLite's sorter
/// carry every column (a section's text among them) through its spill files, the finish's
/// largest cost at 10,000 papers. Here only each row's final id and working row id are sorted
/// (two integers a row, into `temp.row_order`, whose integer key keeps them in order), and the
/// rows are then read by working row id in that order. A paper's rows lie together in the
/// working file, so those reads stay near one another. The rows arrive in the same order as
/// before, so the finished file is the same bytes.
enum RowCopy {
    /// Copies `columns` (names, unbracketed) of `source.table` into `target.table` (or
    /// `target.targetTable`, given one), whose `rowid` becomes the final row id.
    static func sql(table: String, columns: [String], from source: String, into target: String, targetTable: String? = nil) -> String {
        let list = columns.map { "[\($0)]" }.joined(separator: ", ")
        return """
            CREATE TEMP TABLE IF NOT EXISTS row_order (final INTEGER PRIMARY KEY, working INTEGER NOT NULL);
            DELETE FROM temp.row_order;
            INSERT INTO temp.row_order (final, working)
            SELECT p.prefix + t.position, t.rowid FROM \(source).[\(table)] t JOIN temp.prefixes p ON p.paper_id = t.paper_id ORDER BY 1;
            INSERT INTO \(target).[\(targetTable ?? table)] (rowid, \(list))
            SELECT o.final, \(columns.map { "t.[\($0)]" }.joined(separator: ", "))
            FROM temp.row_order o CROSS JOIN \(source).[\(table)] t ON t.rowid = o.working ORDER BY o.final;
            DELETE FROM temp.row_order;
            """
    }
}
