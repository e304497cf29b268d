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
    /// Writes the export line by line through `emit`.
    public static func export(database path: String, format: ExportFormat, index name: String, emit: (String) throws -> Void) throws {
        guard FileManager.default.fileExists(atPath: path) else { throw SearchError.noIndex("no index at \(path) (run `docket run` first)") }
        let database = try SQLiteDatabase(path: path, readOnly: true)
        defer { database.close() }
        let papers = try database.query("SELECT id, path, title, body, date, doc_type, summary, record FROM papers ORDER BY id")
        for paper in papers {
            let id = paper[0].text ?? ""
            if format == .jsonl {
                try emit(paper[7].text ?? "{}")
                continue
            }
            let decisions = try database.query("SELECT text FROM decisions WHERE paper_id = ? ORDER BY id", [.text(id)], keep: true).compactMap { $0[0].text }
            var document: [String: Any] = ["id": id, "type": "paper", "path": paper[1].text ?? "", "doc_type": paper[5].text ?? "",
                                           "decisions": decisions]
            for (key, value) in [("title", paper[2]), ("body", paper[3]), ("date", paper[4]), ("summary", paper[6])] {
                if let text = value.text { document[key] = text }
            }
            try emitDocument(document, format: format, index: name, emit: emit)
            let sections = try database.query("SELECT id, number, heading, kind, text, page FROM sections WHERE paper_id = ? ORDER BY position",
                                               [.text(id)], keep: true)
            for section in sections {
                var sectionDocument: [String: Any] = ["id": section[0].text ?? "", "type": "section", "paper_id": id,
                                                      "path": paper[1].text ?? "", "doc_type": paper[5].text ?? "",
                                                      "kind": section[3].text ?? "", "text": section[4].text ?? ""]
                for (key, value) in [("number", section[1]), ("heading", section[2]), ("title", paper[2]), ("body", paper[3]), ("date", paper[4])] {
                    if let text = value.text { sectionDocument[key] = text }
                }
                if let page = section[5].integer { sectionDocument["page"] = page }
                try emitDocument(sectionDocument, format: format, index: name, emit: emit)
            }
        }
    }

    private static func emitDocument(_ document: [String: Any], format: ExportFormat, index: String, emit: (String) throws -> Void) throws {
        if format == .opensearchBulk {
            try emit(try line(["index": ["_index": index, "_id": document["id"] as! String]]))
        }
        try emit(try line(document))
    }

    private static func line(_ object: Any) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }
}
