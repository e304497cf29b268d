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

    var text: String { line.text }

    /// Flattens a layout into units in reading order.
    static func units(of layout: Layout) -> [Unit] {
        var units: [Unit] = []
        for page in layout.pages {
            let margin = page.blocks.filter { $0.kind != .table }.flatMap(\.lines).map(\.indent).min() ?? 0
            for block in page.blocks {
                if block.kind == .table {
                    if let first = block.lines.first {
                        units.append(Unit(line: first, table: block, startsBlock: true, blockKind: .table, pageMargin: margin))
                    }
                    continue
                }
                for (index, line) in block.lines.enumerated() {
                    units.append(Unit(line: line, table: nil, startsBlock: index == 0, blockKind: block.kind, pageMargin: margin))
                }
            }
        }
        return units
    }
}
