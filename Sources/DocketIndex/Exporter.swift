import DocketModel
import Foundation

/// Feeds for search engines from `docket.db`, with ids of `[A-Za-z0-9_-]` only (valid in
/// OpenSearch/Elasticsearch, Meilisearch and Typesense alike), papers and sections in id order:
///
/// - `opensearch-bulk` (also Elasticsearch): NDJSON `index` action and document pairs with
///   explicit `_id`s, one document per paper and one per section, so loading the same export
///   twice is an idempotent upsert (mapping: `schema/opensearch-index.json`);
/// - `jsonl`: one full paper record per line;
/// - `meilisearch`: NDJSON documents for `POST /indexes/NAME/documents` (primary key `id`);
/// - `typesense`: JSONL for `POST /collections/NAME/documents/import?action=upsert`.
public enum Exporter {
    /// Writes the export line by line through `emit`, reading one paper at a time: memory stays
    /// flat however many papers the index holds.
    public static func export(database path: String, format: ExportFormat, index name: String, emit: (String) throws -> Void) throws {
        guard FileManager.default.fileExists(atPath: path) else { throw SearchError.noIndex("no index at \(path) (run `docket run` first)") }
        let database = try SQLiteDatabase(path: path, readOnly: true)
        defer { database.close() }
        if format == .jsonl {
            try database.forEachRow("SELECT record FROM papers ORDER BY id") { try emit($0[0].text ?? "{}") }
            return
        }
        // The papers' own columns only (each record is read by the `jsonl` feed alone); their
        // decisions and sections are asked for paper by paper.
        try database.forEachRow("SELECT id, path, title, body, date, doc_type, summary FROM papers ORDER BY id") { paper in
            let id = paper[0].text ?? ""
            let decisions = try database.query("SELECT text FROM decisions WHERE paper_id = ? ORDER BY id", [.text(id)], keep: true)
                .compactMap { $0[0].text }
            let document = PaperDocument(id: id, path: paper[1].text ?? "", doc_type: paper[5].text ?? "", decisions: decisions,
                                         title: paper[2].text, body: paper[3].text, date: paper[4].text, summary: paper[6].text)
            try emitDocument(document, id: id, format: format, index: name, emit: emit)
            let sections = try database.query("SELECT id, number, heading, kind, text, page FROM sections WHERE paper_id = ? ORDER BY position",
                                          [.text(id)], keep: true)
            for section in sections {
                let sectionID = section[0].text ?? ""
                let document = SectionDocument(id: sectionID, paper_id: id, path: document.path, doc_type: document.doc_type,
                                               kind: section[3].text ?? "", text: section[4].text ?? "", number: section[1].text,
                                               heading: section[2].text, title: document.title, body: document.body,
                                               date: document.date, page: section[5].integer)
                try emitDocument(document, id: sectionID, format: format, index: name, emit: emit)
            }
        }
    }

    /// One paper as a search document (keys as the feeds name them).
    private struct PaperDocument: Encodable {
        var id: String
        var type = "paper"
        var path: String
        var doc_type: String
        var decisions: [String]
        var title: String?
        var body: String?
        var date: String?
        var summary: String?
    }

    /// One section as a search document, with its paper's title, body and date to filter by.
    private struct SectionDocument: Encodable {
        var id: String
        var type = "section"
        var paper_id: String
        var path: String
        var doc_type: String
        var kind: String
        var text: String
        var number: String?
        var heading: String?
        var title: String?
        var body: String?
        var date: String?
        var page: Int64?
    }

    /// An OpenSearch bulk action line.
    private struct BulkAction: Encodable {
        struct Target: Encodable {
            var _index: String
            var _id: String
        }
        var index: Target
    }

    private static func emitDocument<Document: Encodable>(_ document: Document, id: String, format: ExportFormat, index: String,
                                                          emit: (String) throws -> Void) throws {
        if format == .opensearchBulk {
            try emit(try CanonicalJSON.string(BulkAction(index: .init(_index: index, _id: id)), pretty: false))
        }
        try emit(try CanonicalJSON.string(document, pretty: false))
    }
}
