import DocketModel
import Foundation

/// Runs searches against `docket.db`: bm25 ranking over the FTS5 tables, with the paper's title,
/// body and date, the section's number and heading, and a highlighted snippet.
public enum SearchService {
    public static func search(database path: String, _ request: SearchRequest) throws -> [SearchHit] {
        guard FileManager.default.fileExists(atPath: path) else { throw SearchError.noIndex("no index at \(path) (run `docket run` first)") }
        let database: SQLiteDatabase
        do {
            database = try SQLiteDatabase(path: path, readOnly: true)
        } catch {
            throw SearchError.noIndex("cannot open \(path): \(error)")
        }
        defer { database.close() }
        var hits: [SearchHit] = []
        for scope in request.scopes {
            hits += try search(database, scope: scope, request)
        }
        return Array(hits.sorted { ($0.rank, $0.id) < ($1.rank, $1.id) }.prefix(request.limit))
    }

    private static func search(_ database: SQLiteDatabase, scope: SearchRequest.Scope, _ request: SearchRequest) throws -> [SearchHit] {
        let (table, number, heading) : (String, String, String) = {
            switch scope {
            case .sections: return ("sections", "t.number", "t.heading")
            case .decisions: return ("decisions", "t.number", "NULL")
            case .risks: return ("risks", "NULL", "t.risk")
            }
        }()
        var filters = ""
        var values: [SQLiteDatabase.Value] = [.text(request.query)]
        if let body = request.body { filters += " AND p.body LIKE ?"; values.append(.text("%\(body)%")) }
        if let docType = request.docType { filters += " AND p.doc_type = ?"; values.append(.text(docType)) }
        if let since = request.since { filters += " AND p.date >= ?"; values.append(.text(since)) }
        if let until = request.until { filters += " AND p.date <= ?"; values.append(.text(until)) }
        values.append(.integer(Int64(request.limit)))
        let sql = """
            SELECT t.id, p.id, p.path, p.title, p.body, p.date, p.doc_type, \(number), \(heading),
                   snippet([\(table)_fts], -1, '[', ']', ' … ', 16), bm25([\(table)_fts])
            FROM [\(table)_fts] JOIN [\(table)] t ON t.rowid = [\(table)_fts].rowid JOIN papers p ON p.id = t.paper_id
            WHERE [\(table)_fts] MATCH ?\(filters)
            ORDER BY bm25([\(table)_fts]) LIMIT ?
            """
        let rows: [[SQLiteDatabase.Value]]
        do {
            rows = try database.query(sql, values)
        } catch let failure as SQLiteDatabase.Failure {
            throw SearchError.malformedQuery("\(request.query) — \(failure.message)")
        }
        return rows.map { row in
            var rank = 0.0
            if case .real(let value) = row[10] { rank = value }
            return SearchHit(scope: String(scope.rawValue.dropLast()), id: row[0].text ?? "", paperID: row[1].text ?? "", path: row[2].text ?? "",
                             title: row[3].text, body: row[4].text, date: row[5].text, docType: row[6].text ?? "",
                             number: row[7].text, heading: row[8].text, snippet: row[9].text ?? "", rank: rank)
        }
    }
}
