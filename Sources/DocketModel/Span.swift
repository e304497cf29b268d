/// Where a piece of a paper came from: the page (for paginated sources), the line, and the
/// UTF-8 byte range in the paper's normalized text (`Layout.text`).
///
/// Every block, section and extracted record carries one, so any value can be traced back.
public struct Span: Codable, Hashable, Sendable {
    /// 1-based page number, for sources with pages (PDF, or text with form feeds).
    public var page: Int?
    /// 1-based line number of the first line in the normalized text.
    public var line: Int
    /// UTF-8 byte offset of the first byte in the normalized text.
    public var start: Int
    /// UTF-8 byte offset one past the last byte in the normalized text.
    public var end: Int

    public init(page: Int?, line: Int, start: Int, end: Int) {
        self.page = page
        self.line = line
        self.start = start
        self.end = end
    }

    /// The smallest span that covers both `self` and `other` (page and line of the earlier one).
    public func union(_ other: Span) -> Span {
        let first = start <= other.start ? self : other
        return Span(page: first.page, line: first.line, start: min(start, other.start), end: max(end, other.end))
    }

    /// In key order (the raw values' bytes): `CanonicalEncoder` then writes each object
    /// as its members arrive, with no reordering.
    enum CodingKeys: String, CodingKey {
        case end, line, page, start
    }
}
