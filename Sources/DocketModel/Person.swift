/// A person named in a paper's front matter or attendance with a role.
public struct Person: Codable, Hashable, Sendable {
    public var role: PersonRole
    /// The name without honorific or post-nominals ("Mike O'Brien").
    public var name: String
    /// "Councillor", "Cllr", "Mr", "Dr", … as printed, if any.
    public var honorific: String?
    /// Job title, if given.
    public var title: String?
    /// The portfolio of a portfolio holder or cabinet member, if given.
    public var portfolio: String?
    public var span: Span
    /// How sure the rule that found this person is, between 0 and 1.
    public var confidence: Double
    /// The name of the rule that found it.
    public var via: String

    public init(role: PersonRole, name: String, honorific: String? = nil, title: String? = nil,
                portfolio: String? = nil, span: Span, confidence: Double, via: String) {
        self.role = role
        self.name = name
        self.honorific = honorific
        self.title = title
        self.portfolio = portfolio
        self.span = span
        self.confidence = confidence
        self.via = via
    }

    /// In key order (the raw values' bytes): `CanonicalEncoder` then writes each object
    /// as its members arrive, with no reordering.
    enum CodingKeys: String, CodingKey {
        case confidence, honorific, name, portfolio, role, span, title, via
    }
}
