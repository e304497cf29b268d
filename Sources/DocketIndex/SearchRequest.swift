/// A `docket search` query: FTS5 syntax ("family hubs", "risk AND budget", "parking*",
/// `"workplace parking levy"`), where to look, filters and a limit.
public struct SearchRequest: Sendable {
    public enum Scope: String, CaseIterable, Sendable {
        case sections, decisions, risks
    }

    public var query: String
    public var scopes: [Scope] = Scope.allCases
    /// Only papers whose meeting body contains this (case-insensitive).
    public var body: String?
    public var docType: String?
    /// ISO dates, inclusive.
    public var since: String?
    public var until: String?
    public var limit = 20

    public init(query: String) {
        self.query = query
    }
}

/// One search result: where it is (paper, section or record), and a highlighted snippet.
public struct SearchHit: Codable, Equatable, Sendable {
    public var scope: String
    /// The section, decision or risk id.
    public var id: String
    public var paperID: String
    public var path: String
    public var title: String?
    public var body: String?
    public var date: String?
    public var docType: String
    public var number: String?
    public var heading: String?
    /// The matching text with matches in [brackets].
    public var snippet: String
    /// bm25 score: lower is better.
    public var rank: Double

    enum CodingKeys: String, CodingKey {
        case scope, id, path, title, body, date, number, heading, snippet, rank
        case paperID = "paper_id"
        case docType = "doc_type"
    }
}

/// Why a search could not run: a malformed query, or no index.
public enum SearchError: Error, CustomStringConvertible, Equatable, Sendable {
    case malformedQuery(String)
    case noIndex(String)

    public var description: String {
        switch self {
        case .malformedQuery(let message): return "malformed query: \(message)"
        case .noIndex(let message): return message
        }
    }
}
