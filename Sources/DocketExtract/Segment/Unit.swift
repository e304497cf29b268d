import DocketModel

/// One line or table of a layout as the segmenter walks it, with what it needs to know about
/// the line's surroundings.
struct Unit {
    /// The line (for a table, its first line).
    var line: Line
    /// The table block, when this unit is a whole table.
    var table: Block?
    /// `true` when the line is the first of its block (a blank line or page break before it).
    var startsBlock: Bool
    /// The block kind the reader gave (Markdown and HTML mark headings and list items).
    var blockKind: BlockKind
    /// The smallest indentation of text lines on the line's page: the page's left margin.
    var pageMargin: Int
    /// The column where the longest line of the line's block ends: the block's right edge, up
    /// to which a wrapped line runs.
    var blockWidth: Int = 0
    /// The column where the longest text line of the line's page ends: the page's right edge.
    var pageRight: Int = 0

    var text: String { line.text }

    /// Flattens a layout into units in reading order.
    static func units(of layout: Layout) -> [Unit] {
        var units: [Unit] = []
        for page in layout.pages {
            let lines = page.blocks.filter { $0.kind != .table }.flatMap(\.lines)
            let margin = lines.map(\.indent).min() ?? 0
            let right = lines.map { $0.indent + $0.text.utf8.count }.max() ?? 0
            for block in page.blocks {
                if block.kind == .table {
                    if let first = block.lines.first {
                        units.append(Unit(line: first, table: block, startsBlock: true, blockKind: .table, pageMargin: margin, pageRight: right))
                    }
                    continue
                }
                let width = block.lines.map { $0.indent + $0.text.utf8.count }.max() ?? 0
                for (index, line) in block.lines.enumerated() {
                    units.append(Unit(line: line, table: nil, startsBlock: index == 0, blockKind: block.kind, pageMargin: margin,
                                      blockWidth: width, pageRight: right))
                }
            }
        }
        return units
    }

    /// Whether the line is centred between the page's margins ("AGENDA" over a list of items).
    var isCentred: Bool {
        let middle = line.indent * 2 + text.utf8.count
        return line.indent > pageMargin + 4 && abs(middle - (pageMargin + pageRight)) <= max(8, (pageRight - pageMargin) / 8)
    }

    /// Whether this line ends well short of where its block's width (or the page's, if wider)
    /// would have wrapped it: the
    /// first word of `next` would have fitted after it with a sixth of the width to spare
    /// (`pdftotext` sets proportional type on a grid of characters, and a heading over a
    /// paragraph may be set in wider type than the paragraph that sets the width), and its words
    /// do not run on. A line of a heading list ("AGENDA" over "FLAG SALUTE") ends well short; a
    /// wrapped heading or sentence runs to the edge.
    func endsWellShort(before next: Unit) -> Bool {
        let end = line.indent + text.utf8.count
        let word = next.text.utf8.prefix { $0 != UInt8(ascii: " ") }.count
        // A block of a few short lines sets no width of its own: the page's text width does.
        let width = max(blockWidth, pageRight)
        return end + 1 + word + max(8, width / 6) < width && !LineClassifier.runsOn(text)
    }
}
