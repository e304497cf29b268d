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

    enum CodingKeys: String, CodingKey {
        case title, url, span
    }
}
