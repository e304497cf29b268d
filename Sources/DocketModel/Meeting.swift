/// The meeting a paper is for or records.
public struct Meeting: Codable, Hashable, Sendable {
    /// The decision-making body ("Cabinet", "County Council", "Planning Committee").
    public var body: String?
    /// The meeting date, ISO 8601 (`2015-12-15`).
    public var date: String?

    public init(body: String? = nil, date: String? = nil) {
        self.body = body
        self.date = date
    }

    enum CodingKeys: String, CodingKey {
        case body, date
    }
}
