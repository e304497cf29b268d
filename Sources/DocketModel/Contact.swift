/// A telephone number as printed and in E.164 form.
public struct Phone: Codable, Hashable, Sendable {
    /// As printed ("01634 331106").
    public var raw: String
    /// E.164 ("+441634331106"), when the number could be understood.
    public var e164: String?
    /// An extension ("1234" from "ext 1234"), if printed.
    public var ext: String?

    public init(raw: String, e164: String?, ext: String? = nil) {
        self.raw = raw
        self.e164 = e164
        self.ext = ext
    }

    enum CodingKeys: String, CodingKey {
        case raw, e164, ext
    }
}

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

    enum CodingKeys: String, CodingKey {
        case name, title, role, organisation, address, phones, emails, span, confidence, via
    }
}
