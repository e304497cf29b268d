/// One line of a paper as a reader saw it, after normalization.
public struct Line: Codable, Hashable, Sendable {
    /// The line's text without its leading indentation and trailing spaces.
    public var text: String
    /// Leading spaces before the text (a tab counts as one column); `pdftotext -layout` uses
    /// indentation to show paragraph structure, so the segmenter reads it.
    public var indent: Int
    /// Where the line sits in the normalized text.
    public var span: Span
    /// How the line was set (bold, larger), when the reader knew.
    public var style: LineStyle

    public init(text: String, indent: Int, span: Span, style: LineStyle = .plain) {
        self.text = text
        self.indent = indent
        self.span = span
        self.style = style
    }

    /// In key order (the raw values' bytes): `CanonicalEncoder` then writes each object
    /// as its members arrive, with no reordering.
    enum CodingKeys: String, CodingKey {
        case indent, span, style, text
    }
}
