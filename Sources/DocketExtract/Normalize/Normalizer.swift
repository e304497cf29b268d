import DocketModel

/// The normalizing stage: repairs what conversion broke and fixes every span.
///
/// Requires: a `Layout` from a reader. Produces: the same layout with characters repaired
/// (`CharacterRepair`), running headers, footers and page numbers removed (`PageFurniture`,
/// repeated until nothing more is found; their texts kept, one of each, in `Layout.furniture`),
/// empty blocks dropped, and `Layout.text` built — lines
/// joined by `\n`, a blank line between blocks, a `\f` line between pages — with every line's
/// span pointing into it. Idempotent: normalizing its own output changes nothing.
/// Diagnostics: `normalize.furniture-removed` (info) with the count of lines removed.
public struct Normalizer: Sendable {
    public struct Options: Codable, Sendable, Equatable {
        /// Remove running headers, footers and page numbers (default `true`).
        public var removeFurniture: Bool = true

        public init(removeFurniture: Bool = true) {
            self.removeFurniture = removeFurniture
        }
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    public func normalize(_ layout: Layout) -> Layout {
        var pages = layout.pages.map { page in
            Page(number: page.number, blocks: page.blocks.map(repairBlock))
        }
        var removed = 0
        var furniture: [String] = []
        // Furniture is what repeats from page to page (or a page number at the foot of one of
        // several pages): a single page — a text or HTML paper as a rule — has none to find.
        if options.removeFurniture && pages.count >= 2 {
            // Blocks left without lines go now, once; a pass then rewrites only the pages it
            // removes lines from.
            pages = pages.map { page in Page(number: page.number, blocks: page.blocks.filter { $0.kind == .table || !$0.lines.isEmpty }) }
            var keys: [String: String] = [:]
            let counters = pages.map(PageFurniture.counterLines)
            while !Deadline.expired {
                let (cleaned, count) = removeFurniture(pages, counters: counters, keeping: &furniture, keys: &keys)
                if count == 0 { break }
                pages = cleaned
                removed += count
            }
        }
        var result = layout
        result.pages = pages
        result.furniture = layout.furniture + furniture
        var diagnostics = layout.diagnostics.filter { $0.code != .furnitureRemoved }
        if removed > 0 {
            diagnostics.append(Diagnostic(.info, code: .furnitureRemoved,
                                          message: "removed \(removed) running header, footer or page-number lines"))
        }
        result.diagnostics = diagnostics
        TextIndexer.index(&result)
        return result
    }

    private func repairBlock(_ block: Block) -> Block {
        var block = block
        block.lines = block.lines.map { line in
            var line = line
            let repaired = CharacterRepair.repair(line.text)
            let leading = repaired.prefix { $0 == " " }.count
            line.text = repaired.trimmingSpaces()
            line.indent += leading
            return line
        }
        block.rows = block.rows.map { $0.map { CharacterRepair.repair($0).trimmingSpaces() } }
        if block.kind != .table { block.lines.removeAll { $0.text.isEmpty } }
        return block
    }

    /// How many distinct furniture texts a layout keeps.
    static let keptFurniture = 32

    /// One pass of furniture removal over two or more pages: the pages without their repeated
    /// edge lines and bottom page numbers, and how many lines went. `counters` holds, page by
    /// page, the lines that print a page counter (`PageFurniture.counterLines`).
    private func removeFurniture(_ pages: [Page], counters: [Set<Int>], keeping furniture: inout [String],
                                 keys: inout [String: String]) -> ([Page], Int) {
        let edgesByPage = zip(pages, counters).map { PageFurniture.edges($0, counters: $1, keys: &keys) }
        let repeated = PageFurniture.repeatedEdgeKeys(edgesByPage)
        var removed = 0
        let cleaned = zip(pages, edgesByPage).map { page, edges -> Page in
            // Each edge line's keys, one per place it stands at.
            var keysByLine: [Int: [String]] = [:]
            for edge in edges { keysByLine[edge.line.span.line, default: []].append(edge.key) }
            let bottom = Set(edges.filter { $0.position == "b0" || $0.position == "b1" }.map(\.line.span.line))
            // An edge line goes when one of its keys repeats, or when it is a page number at the foot.
            func mayGo(_ line: Line, keys: [String]) -> Bool {
                keys.contains { repeated.contains($0) } || bottom.contains(line.span.line) && PageFurniture.isPageNumber(line.text)
            }
            // A page none of whose edge lines could go stays as it is.
            guard edges.contains(where: { mayGo($0.line, keys: [$0.key]) }) else { return page }
            var previous: Line?
            let blocks = page.blocks.compactMap { block -> Block? in
                guard block.kind != .table else { return block }
                // A block with no edge line stays as it is (and is not copied; no block is empty
                // before a line goes).
                guard block.lines.contains(where: { keysByLine[$0.span.line] != nil }) else {
                    if let last = block.lines.last { previous = last }
                    return block
                }
                var block = block
                block.lines.removeAll { line in
                    defer { previous = line }
                    guard let lineKeys = keysByLine[line.span.line] else { return false }
                    // A value under a labelled line ("Open" under "(e) Exempt Information?") is content.
                    if let previous, PageFurniture.introducesValue(previous.text), !line.text.anyUTF8Byte({ $0 &- 0x30 < 10 }) { return false }
                    let drop = mayGo(line, keys: lineKeys)
                    if drop {
                        removed += 1
                        if furniture.count < Self.keptFurniture, !furniture.contains(line.text) { furniture.append(line.text) }
                    }
                    return drop
                }
                return block.lines.isEmpty ? nil : block
            }
            return Page(number: page.number, blocks: blocks)
        }
        return (cleaned, removed)
    }
}
