/// A recommendation in a report, a resolution in minutes, or a decision in a record of decision.
public struct Decision: Codable, Hashable, Sendable {
    public var id: String
    /// The label as printed ("8.1", "A", "2"), if any.
    public var number: String?
    public var kind: DecisionKind
    /// The decision's own words, without a lead-in shared by several items.
    public var text: String
    /// Who makes or made it ("Cabinet", "County Council", a named member or officer), if stated.
    public var decisionMaker: String?
    public var action: DecisionAction
    /// The body it is referred or recommended on to ("Full Council"), if any.
    public var referral: String?
    /// To whom it delegates, if it delegates.
    public var delegatedTo: String?
    /// Whom the delegate must consult, if stated.
    public var inConsultationWith: String?
    /// Reasons linked from a "Reasons for decision" section.
    public var reasons: [String]
    public var span: Span
    public var confidence: Double
    public var via: String

    public init(id: String, number: String?, kind: DecisionKind, text: String, decisionMaker: String?,
                action: DecisionAction, referral: String? = nil, delegatedTo: String? = nil,
                inConsultationWith: String? = nil, reasons: [String] = [], span: Span,
                confidence: Double, via: String) {
        self.id = id
        self.number = number
        self.kind = kind
        self.text = text
        self.decisionMaker = decisionMaker
        self.action = action
        self.referral = referral
        self.delegatedTo = delegatedTo
        self.inConsultationWith = inConsultationWith
        self.reasons = reasons
        self.span = span
        self.confidence = confidence
        self.via = via
    }

    /// In key order (the raw values' bytes): `CanonicalEncoder` then writes each object
    /// as its members arrive, with no reordering.
    enum CodingKeys: String, CodingKey {
        case action, confidence
        case decisionMaker = "decision_maker"
        case delegatedTo = "delegated_to"
        case id
        case inConsultationWith = "in_consultation_with"
        case kind, number, reasons, referral, span, text, via
    }
}
