import DocketModel

/// Reads the Markdown that scrapers and archives export into blocks: `#` headings, whole-line
/// `**bold**` headings, `-`/`*`/`+` bullets, pipe tables and front matter between `---` lines.
/// Inline markup (`**`, `__`, backticks, `[text](url)`) is reduced to its text so that
/// extractors see words, not asterisks and pipes.
enum MarkdownBlocks {
    static func blocks(_ lines: [(String, Int)], page: Int, frontMatterAllowed: Bool) -> [Block] {
        var blocks: [Block] = []
        var paragraph: [Line] = []
        var tableLines: [Line] = []
        var tableRows: [[String]] = []
        var index = 0
        func flushParagraph() {
            if !paragraph.isEmpty { blocks.append(Block(kind: .paragraph, lines: paragraph)) }
            paragraph = []
        }
        func flushTable() {
            if !tableRows.isEmpty { blocks.append(TableBuilder.block(rows: tableRows, lines: tableLines)) }
            tableRows = []
            tableLines = []
        }
        if frontMatterAllowed, let first = lines.first, first.0.trimmingSpaces() == "---",
           let close = lines.dropFirst().firstIndex(where: { $0.0.trimmingSpaces() == "---" }) {
            let fields = lines[1..<close].filter { !RawLine.isBlank($0.0) }
                .map { RawLine.make(unquoteFrontMatter($0.0), page: page, line: $0.1) }
            if !fields.isEmpty { blocks.append(Block(kind: .metadata, lines: fields)) }
            index = close + 1
        }
        while index < lines.count {
            if index & 255 == 0, Deadline.expired { break }
            let (raw, number) = lines[index]
            index += 1
            if RawLine.isBlank(raw) {
                flushParagraph(); flushTable()
                continue
            }
            let line = RawLine.make(raw, page: page, line: number)
            // A line's Markdown is read past the no-break spaces exporters put before it
            // (" **Correspondence**").
            let text = line.text.hasPrefix("\u{00A0}") || line.text.hasSuffix("\u{00A0}")
                ? line.text.trimming { $0 == " " || $0 == "\u{00A0}" } : line.text
            if text.hasPrefix("|") {
                flushParagraph()
                if isSeparatorRow(text) { continue }
                tableRows.append(cells(ofPipeRow: text))
                tableLines.append(Line(text: tableRows.last!.joined(separator: "\t"), indent: line.indent, span: line.span))
                continue
            }
            flushTable()
            if let (level, title) = atxHeading(text) {
                flushParagraph()
                blocks.append(Block(kind: .heading, lines: [relabel(line, title)], level: level))
            } else if let title = boldLine(text) {
                flushParagraph()
                blocks.append(Block(kind: .heading, lines: [relabel(line, title)]))
            } else if let item = bullet(text) {
                flushParagraph()
                var itemLines = [relabel(line, item)]
                while index < lines.count, !RawLine.isBlank(lines[index].0) {
                    let next = RawLine.make(lines[index].0, page: page, line: lines[index].1)
                    guard next.indent > line.indent, bullet(next.text) == nil else { break }
                    itemLines.append(relabel(next, next.text))
                    index += 1
                }
                blocks.append(Block(kind: .listItem, lines: itemLines))
            } else {
                paragraph.append(relabel(line, text))
            }
        }
        flushParagraph()
        flushTable()
        return blocks
    }

    private static func relabel(_ line: Line, _ text: String) -> Line {
        Line(text: inlineText(text), indent: line.indent, span: line.span)
    }

    private static func atxHeading(_ text: String) -> (Int, String)? {
        let hashes = text.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let rest = text.dropFirst(hashes)
        guard rest.first == " " else { return nil }
        var title = rest.trimmingSpaces()
        while title.hasSuffix("#") { title.removeLast() }
        return (hashes, title.trimmingSpaces())
    }

    private static func boldLine(_ text: String) -> String? {
        for marker in ["**", "__"] where text.hasPrefix(marker) && text.hasSuffix(marker) && text.count > 4 {
            let inner = text.dropFirst(2).dropLast(2)
            if !inner.contains(marker) { return inner.trimmingSpaces() }
        }
        return nil
    }

    private static func bullet(_ text: String) -> String? {
        guard let first = text.first, "-*+".contains(first), text.dropFirst().first == " " else { return nil }
        if text.allSatisfy({ $0 == first || $0 == " " }) { return nil }  // a rule such as "- - -"
        return text.dropFirst(2).trimmingSpaces()
    }

    private static func isSeparatorRow(_ text: String) -> Bool {
        text.allSatisfy { "|-: \t".contains($0) } && text.containsASCII("-")
    }

    private static func cells(ofPipeRow text: String) -> [String] {
        var body = Substring(text)
        if body.hasPrefix("|") { body = body.dropFirst() }
        if body.hasSuffix("|") { body = body.dropLast() }
        return body.split(separator: "|", omittingEmptySubsequences: false).map { inlineText($0.trimmingSpaces()) }
    }

    private static func unquoteFrontMatter(_ raw: String) -> String {
        guard let colon = raw.firstIndex(of: ":") else { return raw }
        var value = raw[raw.index(after: colon)...].trimmingSpaces()
        if value.count >= 2, let q = value.first, q == "\"" || q == "'", value.last == q {
            value = String(value.dropFirst().dropLast())
        }
        return raw[..<colon].trimmingSpaces() + ": " + value
    }

    /// Reduces inline Markdown to text: emphasis markers and backticks removed, `[text](url)`
    /// written as `text (url)`, backslash escapes resolved.
    static func inlineText(_ text: String) -> String {
        // A line with none of the marks read below is its own text (most lines of a paper).
        guard text.anyUTF8Byte({ $0 == 0x5C || $0 == 0x2A || $0 == 0x60 || $0 == 0x5F || $0 == 0x5B }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var chars = Array(text)
        var index = 0
        // The first "]" and ")" found by the latest searches: a later search that starts before
        // them finds them again, so each is looked for once and a line of many "[" stays linear.
        var nextClose: Int?
        var nextParen: Int?
        func first(_ wanted: Character, from start: Int, cached: inout Int?) -> Int? {
            if let found = cached, found >= start { return found }
            if cached == -1 { return nil }  // none after an earlier, smaller start
            cached = chars[start...].firstIndex(of: wanted) ?? -1
            return cached == -1 ? nil : cached
        }
        while index < chars.count {
            let char = chars[index]
            switch char {
            case "\\" where index + 1 < chars.count && chars[index + 1].isPunctuation:
                out.append(chars[index + 1]); index += 2
            case "*", "`":
                index += 1
            case "_" where index + 1 < chars.count && chars[index + 1] == "_":
                index += 2
            case "[":
                if let close = first("]", from: index, cached: &nextClose), close + 1 < chars.count, chars[close + 1] == "(",
                   let end = first(")", from: close + 1, cached: &nextParen) {
                    let label = String(chars[(index + 1)..<close]), url = String(chars[(close + 2)..<end])
                    out += label == url || label.isEmpty ? url : "\(label) (\(url))"
                    index = end + 1
                } else {
                    out.append(char); index += 1
                }
            default:
                out.append(char); index += 1
            }
        }
        chars.removeAll()
        return out
    }
}
