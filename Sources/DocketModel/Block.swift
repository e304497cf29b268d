/// One block of a page: a heading, a paragraph, a list item or a table.
///
/// Text blocks keep their lines (with indentation) because the segmenter reads numbering and
/// wrapping line by line; tables keep their cells.
public struct Block: Codable, Hashable, Sendable {
    public var kind: BlockKind
    /// The block's lines in reading order. For a table, one line per row (cells joined by tabs).
    public var lines: [Line]
    /// For tables: rows of cell texts, every row as long as the widest one. Empty otherwise.
    public var rows: [[String]]
    /// For headings: the level the source gave (1 for `#`/`h1`). `nil` otherwise.
    public var level: Int?

    public init(kind: BlockKind, lines: [Line], rows: [[String]] = [], level: Int? = nil) {
        self.kind = kind
        self.lines = lines
        self.rows = rows
        self.level = level
    }

    /// The span covering all of the block's lines.
    public var span: Span {
        guard let first = lines.first else { return Span(page: nil, line: 0, start: 0, end: 0) }
        return lines.dropFirst().reduce(first.span) { $0.union($1.span) }
    }

    /// In key order (the raw values' bytes): `CanonicalEncoder` then writes each object
    /// as its members arrive, with no reordering.
    enum CodingKeys: String, CodingKey {
        case kind, level, lines, rows
    }
}
