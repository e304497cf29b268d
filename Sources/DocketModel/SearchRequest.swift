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
