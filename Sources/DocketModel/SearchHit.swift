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

    public init(scope: String, id: String, paperID: String, path: String, title: String?, body: String?, date: String?,
                docType: String, number: String?, heading: String?, snippet: String, rank: Double) {
        self.scope = scope
        self.id = id
        self.paperID = paperID
        self.path = path
        self.title = title
        self.body = body
        self.date = date
        self.docType = docType
        self.number = number
        self.heading = heading
        self.snippet = snippet
        self.rank = rank
    }

    /// In key order (the raw values' bytes): `CanonicalEncoder` then writes each object
    /// as its members arrive, with no reordering.
    enum CodingKeys: String, CodingKey {
        case body, date
        case docType = "doc_type"
        case heading, id, number
        case paperID = "paper_id"
        case path, rank, scope, snippet, title
    }
}
