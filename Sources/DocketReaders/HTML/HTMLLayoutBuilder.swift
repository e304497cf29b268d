import DocketModel

/// Turns `HTMLEvent`s into layout blocks: `h1`–`h6` and table captions become headings; `p`,
/// `div`, `li`, `td` and the other block elements end paragraphs and `br` ends a line; list
/// items become list-item blocks. A table whose cells hold only inline content is a data
/// table and becomes a table block (with `colspan` and `rowspan` expanded so that every row has
/// every column); a table used for layout (cells holding paragraphs) is read as flowing
/// content, and a cell holding only an item number ("1.") is joined to the text that follows
/// it, as ModernGov agenda tables print them. Each line records how much of it is set in bold
/// (`strong`, `b`: `LineStyle`), the evidence of sub-headings that content systems and word
/// processors print as bold paragraphs. Site
/// furniture — `nav`, `header`, `footer`, `aside`, `script`, `style`, hidden elements, cookie
/// banners, breadcrumbs, menus, sidebars and their widgets — is dropped.
struct HTMLLayoutBuilder {
    static let skippedElements: Set<String> = [
        "script", "style", "noscript", "nav", "header", "footer", "aside", "head", "template", "iframe", "button",
        "select", "option", "svg", "object", "embed", "canvas", "map", "textarea", "input",
    ]
    /// Words in a class or id that mark site furniture, searched for in one pass per element.
    static let skippedClassWords = PhraseSet(["cookie", "breadcrumb", "menu", "skip", "sr-only", "mghide", "navbar", "banner", "visually-hidden",
                                              "filesize", "sidebar", "widget"])
    /// Elements that set their text in bold.
    static let boldElements: Set<String> = ["b", "strong"]
    static let blockElements: Set<String> = [
        "p", "div", "li", "td", "th", "tr", "table", "ul", "ol", "dl", "dd", "dt", "blockquote", "section",
        "article", "main", "aside", "h1", "h2", "h3", "h4", "h5", "h6", "caption", "pre", "address", "body",
        "center", "figure", "figcaption", "hr", "tbody", "thead", "tfoot", "form", "fieldset", "legend",
    ]

    /// The widest table row kept.
    static let maxColumns = 256

    private var blocks: [Block] = []
    private var lines: [String] = []
    /// The style of each line in `lines`.
    private var styles: [LineStyle] = []
    private var current = ""
    private var kind: BlockKind = .paragraph
    private var headingLevel: Int?
    private var lineNumber = 0
    private var pendingLabel: String?
    private var preDepth = 0
    private var links: [Link] = []
    /// Counters of the open ordered lists (`nil` for an unordered one): `ol` items print numbers.
    private var lists: [Int?] = []
    /// The link being read: its target and the text seen so far.
    private var openLink: (url: String, text: String)?
    /// How many bold elements are open; the current line's letters in and out of bold, and
    /// its non-space characters before the first that is not bold.
    private var boldDepth = 0
    private var boldLetters = 0
    private var plainLetters = 0
    private var boldLead = 0

    // Data-table state.
    private var tableRows: [[String]] = []
    private var rowCells: [String] = []
    private var cellText = ""
    private var inDataCell = false
    private var pendingSpans: [Int: (text: String, remaining: Int)] = [:]
    private var cellSpans: [(column: Int, colspan: Int, rowspan: Int)] = []
    private var colspan = 1
    private var rowspan = 1

    static func blocks(from events: [HTMLEvent]) -> (blocks: [Block], links: [Link]) {
        var builder = HTMLLayoutBuilder()
        builder.run(events)
        return (builder.blocks, builder.links)
    }

    private mutating func run(_ events: [HTMLEvent]) {
        let dataTables = Self.dataTableOpenings(events)
        var skipDepth = 0
        var dataTableDepth = 0
        for (index, event) in events.enumerated() {
            if index & 1023 == 0, Deadline.expired { break }
            switch event {
            case .open(let name, let attributes):
                if skipDepth > 0 { skipDepth += 1; continue }
                if Self.isSkipped(name, attributes) { skipDepth = 1; continue }
                if dataTableDepth > 0 {
                    openInDataTable(name, attributes)
                    if name == "table" { dataTableDepth += 1 }
                    continue
                }
                if name == "table", dataTables.contains(index) {
                    flush()
                    dataTableDepth = 1
                    tableRows = []
                    pendingSpans = [:]
                    continue
                }
                open(name, attributes)
            case .text(let text):
                if skipDepth > 0 { continue }
                if inDataCell { cellText += HTMLEntities.decode(text); continue }
                if dataTableDepth > 0 { continue }
                appendText(text)
            case .close(let name):
                if skipDepth > 0 { skipDepth -= 1; continue }
                if dataTableDepth > 0 {
                    if name == "table" {
                        dataTableDepth -= 1
                        if dataTableDepth == 0 { finishDataTable() }
                    } else {
                        closeInDataTable(name)
                    }
                    continue
                }
                close(name)
            }
        }
        flush()
    }

    static func isSkipped(_ name: String, _ attributes: HTMLAttributes) -> Bool {
        if skippedElements.contains(name) || attributes.hidden { return true }
        if attributes.style.utf8Contains("display:none") || attributes.style.utf8Contains("visibility:hidden") { return true }
        return skippedClassWords.occurs(in: attributes.className) || skippedClassWords.occurs(in: attributes.id)
    }

    /// Event indices of `table` openings whose cells hold only inline content.
    static func dataTableOpenings(_ events: [HTMLEvent]) -> Set<Int> {
        var open: [(index: Int, layout: Bool)] = []
        var result: Set<Int> = []
        let blockInCell: Set<String> = ["p", "div", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "dl"]
        for (index, event) in events.enumerated() {
            switch event {
            case .open(let name, _):
                if name == "table" {
                    if !open.isEmpty { open[open.count - 1].layout = true }
                    open.append((index, false))
                } else if blockInCell.contains(name), !open.isEmpty {
                    open[open.count - 1].layout = true
                }
            case .close(let name) where name == "table":
                if let table = open.popLast(), !table.layout { result.insert(table.index) }
            default:
                continue
            }
        }
        return result
    }

    // MARK: Flowing content

    private mutating func open(_ name: String, _ attributes: HTMLAttributes) {
        if name == "br" { endLine(); return }
        if name == "a", !attributes.href.isEmpty, !attributes.href.hasPrefix("#"), !attributes.href.asciiLowercased().hasPrefix("javascript:") {
            openLink = (attributes.href, "")
        }
        if name == "pre" { preDepth += 1 }
        if Self.boldElements.contains(name) { boldDepth += 1 }
        guard Self.blockElements.contains(name) else { return }
        flush()
        if let level = Self.headingLevel(name) {
            kind = .heading
            headingLevel = level
        } else if name == "caption" {
            kind = .heading
            headingLevel = 6
        } else if name == "li" {
            kind = .listItem
            if let counter = lists.last, let value = counter {
                lists[lists.count - 1] = value + 1
                current = "\(value + 1). "
            }
        } else if name == "ol" {
            lists.append(0)
        } else if name == "ul" {
            lists.append(nil)
        }
    }

    private mutating func close(_ name: String) {
        if name == "pre" { preDepth = max(0, preDepth - 1) }
        if Self.boldElements.contains(name) { boldDepth = max(0, boldDepth - 1) }
        if name == "a", let link = openLink {
            openLink = nil
            let text = link.text.collapsingSpaces()
            if !text.isEmpty {
                // The line the text is on gets its number when the block is flushed.
                let line = lineNumber + lines.count + 1
                links.append(Link(text: text, url: link.url, span: Span(page: 1, line: line, start: 0, end: 0)))
            }
        }
        guard Self.blockElements.contains(name) else { return }
        if name == "ol" || name == "ul" { _ = lists.popLast() }
        if name == "td" || name == "th", lines.isEmpty, Self.isItemNumber(current) {
            pendingLabel = current.trimmingSpaces()
            current = ""
            return
        }
        flush()
    }

    private mutating func appendText(_ raw: String) {
        let text = HTMLEntities.decode(raw)
        if openLink != nil { openLink!.text += text }
        if preDepth > 0 {
            let parts = text.split(separator: "\n", omittingEmptySubsequences: false)
            for (index, part) in parts.enumerated() {
                if index > 0 { endLine() }
                current += part
            }
            return
        }
        appendCollapsed(text, afterSpace: current.isEmpty || current.hasSuffix(" "))  // no space at a line's start or after one
    }

    /// Appends a run of text with its white space collapsed to one space (a no-break space
    /// stays; none at the start when `afterSpace`), and counts its letters and digits towards the
    /// line's bold and plain letters. Read over the UTF-8 bytes into the string it makes: an
    /// ASCII byte is tested by value, a longer scalar by its properties.
    private mutating func appendCollapsed(_ text: String, afterSpace: Bool) {
        var text = text
        let read: (collapsed: String, letters: Int, kept: Int) = text.withUTF8 { bytes in
            var letters = 0
            var kept = 0
            // Each space written stands for at least one white-space byte read: it fits.
            let collapsed = String(unsafeUninitializedCapacity: bytes.count) { out in
                var count = 0
                var space = afterSpace
                var pending = false
                var index = 0
                while index < bytes.count {
                    let lead = bytes[index]
                    let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                    let isSpace: Bool
                    let isLetter: Bool
                    if length == 1 {
                        isSpace = lead == 0x20 || lead &- 0x09 < 5
                        isLetter = (lead | 0x20) &- 0x61 < 26 || lead &- 0x30 < 10
                    } else {
                        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
                        let scalar = Unicode.Scalar(value) ?? " "
                        isSpace = value != 0xA0 && scalar.isWhitespaceQuick
                        isLetter = scalar.isLetterOrNumberQuick
                    }
                    if isSpace {
                        pending = !space
                    } else {
                        if pending {
                            out[count] = 0x20
                            count += 1
                        }
                        pending = false
                        space = false
                        for offset in 0..<length { out[count + offset] = bytes[index + offset] }
                        count += length
                        kept += 1
                        if isLetter { letters += 1 }
                    }
                    index += length
                }
                if pending {
                    out[count] = 0x20
                    count += 1
                }
                return count
            }
            return (collapsed, letters, kept)
        }
        if boldDepth > 0 {
            boldLetters += read.letters
            if plainLetters == 0 { boldLead += read.kept }
        } else {
            plainLetters += read.letters
        }
        current += read.collapsed
    }

    private mutating func endLine() {
        var line = current.trimmingSpaces()
        current = ""
        let style = LineStyle(bold: boldLetters > 0 && plainLetters == 0, boldLead: boldLetters > 0 ? boldLead : 0)
        boldLetters = 0
        plainLetters = 0
        boldLead = 0
        if line.isEmpty || line.allSatisfy({ $0 == "\u{00A0}" || $0 == " " }) { return }
        if let label = pendingLabel {
            line = label + " " + line
            pendingLabel = nil
        }
        lines.append(line)
        styles.append(style)
    }

    private mutating func flush() {
        endLine()
        if lines.count == 1, kind != .heading, Self.isItemNumber(lines[0]) {
            // A paragraph holding only "1.": the label of the text that follows.
            pendingLabel = lines[0]
            lines = []
        }
        if !lines.isEmpty {
            let made = zip(lines, styles).map { text, style -> Line in
                lineNumber += 1
                return Line(text: text, indent: 0, span: Span(page: 1, line: lineNumber, start: 0, end: 0), style: style)
            }
            blocks.append(Block(kind: kind, lines: made, level: kind == .heading ? headingLevel : nil))
        }
        lines = []
        styles = []
        kind = .paragraph
        headingLevel = nil
    }

    static func headingLevel(_ name: String) -> Int? {
        guard name.count == 2, name.hasPrefix("h"), let level = Int(name.dropFirst()), (1...6).contains(level) else { return nil }
        return level
    }

    /// "1.", "12", "(a)", "a)": a cell that holds only an item's number.
    static func isItemNumber(_ text: String) -> Bool {
        let trimmed = text.trimmingSpaces()
        // At most five characters: counted up to the sixth, not through a long text run.
        guard !trimmed.isEmpty, trimmed.prefix(6).count <= 5 else { return false }
        let core = trimmed.trimming(characters: "().")
        return !core.isEmpty && (core.allSatisfy(\.isNumberQuick) || core.count == 1 && core.allSatisfy(\.isLetterQuick))
    }

    // MARK: Data tables

    private mutating func openInDataTable(_ name: String, _ attributes: HTMLAttributes) {
        switch name {
        case "tr":
            rowCells = []
            cellSpans = []
        case "td", "th":
            inDataCell = true
            cellText = ""
            colspan = attributes.colspan
            rowspan = attributes.rowspan
        case "br":
            if inDataCell { cellText += " " }
        default:
            break
        }
    }

    private mutating func closeInDataTable(_ name: String) {
        switch name {
        case "td", "th":
            guard inDataCell else { return }
            inDataCell = false
            let text = cellText.collapsingSpaces()
            fillSpannedColumns()
            let column = rowCells.count
            // Spans are expanded so every row has every column, up to a width no real table
            // reaches (hostile pages can ask for a million cells per row).
            for offset in 0..<max(0, min(colspan, Self.maxColumns - column)) {
                rowCells.append(text)
                if rowspan > 1 { pendingSpans[column + offset] = (text, rowspan - 1) }
            }
        case "tr":
            fillSpannedColumns()
            // Columns still held by a rowspan from above at the end of the row.
            while let held = pendingSpans[rowCells.count] {
                rowCells.append(held.text)
                decrement(rowCells.count - 1)
            }
            if rowCells.contains(where: { !$0.isEmpty }) { tableRows.append(rowCells) }
            rowCells = []
        default:
            break
        }
    }

    /// Inserts the cells that rowspans from earlier rows hold at the current column.
    private mutating func fillSpannedColumns() {
        while let held = pendingSpans[rowCells.count] {
            rowCells.append(held.text)
            decrement(rowCells.count - 1)
        }
    }

    private mutating func decrement(_ column: Int) {
        guard let held = pendingSpans[column] else { return }
        pendingSpans[column] = held.remaining > 1 ? (held.text, held.remaining - 1) : nil
    }

    private mutating func finishDataTable() {
        if !rowCells.isEmpty, rowCells.contains(where: { !$0.isEmpty }) { tableRows.append(rowCells) }
        defer { tableRows = []; rowCells = []; pendingSpans = [:] }
        guard !tableRows.isEmpty else { return }
        let width = tableRows.map(\.count).max() ?? 0
        if width <= 1 {
            // A one-column "table" is a list of paragraphs.
            for row in tableRows where !(row.first ?? "").isEmpty {
                current = row[0]
                flush()
            }
            return
        }
        let made = tableRows.map { row -> Line in
            lineNumber += 1
            return Line(text: row.joined(separator: "\t"), indent: 0, span: Span(page: 1, line: lineNumber, start: 0, end: 0))
        }
        blocks.append(TableBuilder.block(rows: tableRows, lines: made))
    }
}
