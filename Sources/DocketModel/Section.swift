/// One section of a paper: a numbered heading, a numbered paragraph, a lettered item, or an
/// unnumbered heading such as "Summary", with the sections nested under it.
public struct Section: Codable, Hashable, Sendable {
    /// Stable within the paper: `s` plus the section's position in reading order (`s0007`).
    public var id: String
    /// The label as printed without trailing punctuation ("2", "2.1", "(a)", "292"), or `nil`.
    public var number: String?
    /// The heading, or `nil` for a numbered paragraph that has only text.
    public var heading: String?
    public var kind: SectionKind
    /// The section's own text (wrapped lines joined), without its children's text.
    public var text: String
    public var span: Span
    public var children: [Section]

    public init(id: String, number: String?, heading: String?, kind: SectionKind, text: String,
                span: Span, children: [Section] = []) {
        self.id = id
        self.number = number
        self.heading = heading
        self.kind = kind
        self.text = text
        self.span = span
        self.children = children
    }

    /// This section and all its descendants, depth first in reading order.
    public var flattened: [Section] {
        var list: [Section] = []
        appendFlattened(to: &list)
        return list
    }

    /// Appends this section and its descendants to `list` (one array for the whole tree).
    func appendFlattened(to list: inout [Section]) {
        list.append(self)
        for child in children { child.appendFlattened(to: &list) }
    }

    /// In key order (the raw values' bytes): `CanonicalEncoder` then writes each object
    /// as its members arrive, with no reordering.
    enum CodingKeys: String, CodingKey {
        case children, heading, id, kind, number, span, text
    }
}
