/// A document listed under "Background papers" or "Background documents".
public struct BackgroundPaper: Codable, Hashable, Sendable {
    public var title: String?
    public var url: String?
    public var span: Span

    public init(title: String?, url: String?, span: Span) {
        self.title = title
        self.url = url
        self.span = span
    }

    /// In key order (the raw values' bytes): `CanonicalEncoder` then writes each object
    /// as its members arrive, with no reordering.
    enum CodingKeys: String, CodingKey {
        case span, title, url
    }
}
