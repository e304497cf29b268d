/// A hyperlink kept from an HTML page (a ModernGov item's report PDF, a background document):
/// what a crawler follows next.
public struct Link: Codable, Hashable, Sendable {
    /// The link text as shown.
    public var text: String
    /// The target as written in the page (relative URLs are kept relative).
    public var url: String
    /// The line the link text is on.
    public var span: Span

    public init(text: String, url: String, span: Span) {
        self.text = text
        self.url = url
        self.span = span
    }

    /// In key order (the raw values' bytes): `CanonicalEncoder` then writes each object
    /// as its members arrive, with no reordering.
    enum CodingKeys: String, CodingKey {
        case span, text, url
    }
}
