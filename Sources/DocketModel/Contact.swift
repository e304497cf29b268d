/// An officer to contact about a paper.
public struct Contact: Codable, Hashable, Sendable {
    public var name: String?
    /// Job title.
    public var title: String?
    /// The heading the contact was listed under ("Report Author", "Relevant Director").
    public var role: String?
    public var organisation: String?
    public var address: String?
    public var phones: [Phone]
    /// Lower-case e-mail addresses.
    public var emails: [String]
    public var span: Span
    public var confidence: Double
    public var via: String

    public init(name: String?, title: String?, role: String? = nil, organisation: String? = nil,
                address: String? = nil, phones: [Phone], emails: [String], span: Span,
                confidence: Double, via: String) {
        self.name = name
        self.title = title
        self.role = role
        self.organisation = organisation
        self.address = address
        self.phones = phones
        self.emails = emails
        self.span = span
        self.confidence = confidence
        self.via = via
    }

    /// In key order (the raw values' bytes): `CanonicalEncoder` then writes each object
    /// as its members arrive, with no reordering.
    enum CodingKeys: String, CodingKey {
        case address, confidence, emails, name, organisation, phones, role, span, title, via
    }
}
