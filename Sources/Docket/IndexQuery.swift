import DocketIndex
import DocketModel

/// Reading back the index a run wrote (`OUT/docket.db`): ranked search and the feeds for
/// search engines. The command line and other callers use these rather than DocketIndex.
public enum IndexQuery {
    /// Hits for `request`, best first; a query FTS5 cannot parse is `SearchError.malformedQuery`,
    /// a missing or unreadable index `SearchError.noIndex`.
    public static func search(database path: String, _ request: SearchRequest) throws -> [SearchHit] {
        try SearchService.search(database: path, request)
    }

    /// Writes the feed line by line through `emit` (see `Exporter` for each format's shape).
    public static func export(database path: String, format: ExportFormat, index name: String,
                              emit: (String) throws -> Void) throws {
        try Exporter.export(database: path, format: format, index: name, emit: emit)
    }
}
