import ArgumentParser
import Docket
import Foundation

/// `docket search QUERY --db OUT/docket.db`: ranked full-text search.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the index a run wrote (SQLite FTS5, ranked by bm25).",
        discussion: """
            QUERY uses FTS5 syntax: words (all must match), "quoted phrases", OR, NOT, prefix*. \
            A malformed query exits with status 2.
            """
    )

    @Argument(help: "What to look for.")
    var query: String

    @Option(help: "The index (OUT_DIR/docket.db).")
    var db: String

    @Option(name: .customLong("in"), help: "Where to look: sections, decisions or risks (repeatable; default all).")
    var scopes: [SearchRequest.Scope] = []

    @Option(help: "Only papers of this body (substring, case-insensitive).")
    var body: String?

    @Option(help: "Only papers of this type (report, minutes, decision_record, agenda, other).")
    var docType: String?

    @Option(help: "Only papers dated on or after this ISO date.")
    var since: String?

    @Option(help: "Only papers dated on or before this ISO date.")
    var until: String?

    @Option(help: "Most hits to show.")
    var limit: Int = 10

    @Flag(help: "Print hits as JSON lines.")
    var json = false

    func run() throws {
        var request = SearchRequest(query: query)
        if !scopes.isEmpty { request.scopes = scopes }
        request.body = body
        request.docType = docType
        request.since = since
        request.until = until
        request.limit = limit
        let hits: [SearchHit]
        do {
            hits = try IndexQuery.search(database: db, request)
        } catch let error as SearchError {
            if case .malformedQuery = error { throw ValidationError("\(error)") }
            throw runFailure(error)
        }
        for hit in hits {
            if json {
                print(String(decoding: try JSONEncoder.sorted.encode(hit), as: UTF8.self))
                continue
            }
            let place = [hit.number, hit.heading].compactMap { $0 }.joined(separator: " ")
            print("\(hit.title ?? hit.path)  —  \(hit.body ?? "?"), \(hit.date ?? "undated")  [\(hit.scope)\(place.isEmpty ? "" : ": " + place)]")
            print("    \(hit.snippet)")
            print("    \(hit.path)")
        }
        if hits.isEmpty && !json { FileHandle.standardError.write(Data("no matches\n".utf8)) }
    }
}

extension SearchRequest.Scope: ExpressibleByArgument {}
