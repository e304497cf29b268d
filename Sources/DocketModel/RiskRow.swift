/// One row of a table whose rows are risks (a report's risk table or a risk register).
public struct RiskRow: Codable, Hashable, Sendable {
    public var id: String
    /// The risk's title or name.
    public var risk: String?
    /// Description, cause, event and consequence columns joined in column order.
    public var description: String?
    /// Action, mitigation or controls.
    public var mitigation: String?
    public var likelihood: String?
    public var impact: String?
    public var rating: String?
    public var owner: String?
    /// Every cell under its header as printed, so nothing is lost.
    public var cells: [String: String]
    public var span: Span
    public var confidence: Double
    public var via: String

    public init(id: String, risk: String?, description: String?, mitigation: String?, likelihood: String?,
                impact: String?, rating: String?, owner: String?, cells: [String: String], span: Span,
                confidence: Double, via: String) {
        self.id = id
        self.risk = risk
        self.description = description
        self.mitigation = mitigation
        self.likelihood = likelihood
        self.impact = impact
        self.rating = rating
        self.owner = owner
        self.cells = cells
        self.span = span
        self.confidence = confidence
        self.via = via
    }

    /// In key order (the raw values' bytes): `CanonicalEncoder` then writes each object
    /// as its members arrive, with no reordering.
    enum CodingKeys: String, CodingKey {
        case cells, confidence, description, id, impact, likelihood, mitigation, owner, rating, risk, span, via
    }
}
