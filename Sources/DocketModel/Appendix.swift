/// An appendix a paper lists.
public struct Appendix: Codable, Hashable, Sendable {
    /// "Appendix A", "Appendix 1"; `nil` for a document listed without a label.
    public var label: String?
    public var title: String?
    public var span: Span

    public init(label: String?, title: String?, span: Span) {
        self.label = label
        self.title = title
        self.span = span
    }

    /// In key order (the raw values' bytes): `CanonicalEncoder` then writes each object
    /// as its members arrive, with no reordering.
    enum CodingKeys: String, CodingKey {
        case label, span, title
    }
}
