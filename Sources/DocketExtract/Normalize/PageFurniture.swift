import DocketModel

/// Finds running headers, footers and page numbers: lines near the top or bottom of pages that
/// repeat (digits ignored) on at least half of the pages, and lines at a page's edge that are
/// only a page number ("7", "Page 7", "Page 7 of 12", "- 7 -").
enum PageFurniture {
    /// How many lines at the top and at the bottom of a page count as its edges.
    static let topLines = 3
    static let bottomLines = 4

    /// An edge line of a page: the line, where it stands (`positionedEdgeLines`) and its key
    /// (`edgeKey`, empty for a line that is never furniture).
    struct Edge {
        var line: Line
        var position: String
        var key: String
    }

    /// The edge lines of a page with their positions and keys. `keys` remembers each key made,
    /// by position and text, for the next page and the next pass over the same pages.
    static func edges(_ page: Page, counters: Set<Int>, keys: inout [String: String]) -> [Edge] {
        positionedEdgeLines(page, counters: counters).map { line, position in
            let known = position + "\u{0}" + line.text
            if let key = keys[known] { return Edge(line: line, position: position, key: key) }
            let key = edgeKey(line, position: position)
            keys[known] = key
            return Edge(line: line, position: position, key: key)
        }
    }

    /// The repeated edge lines of the pages whose `edges` are given, as position-and-text keys:
    /// running headers and footers sit at the same place on every page.
    static func repeatedEdgeKeys(_ edgesByPage: [[Edge]]) -> Set<String> {
        guard edgesByPage.count >= 2 else { return [] }
        var pageCounts: [String: Int] = [:]
        for edges in edgesByPage {
            let keys = Set(edges.map(\.key).filter { !$0.isEmpty })
            for key in keys { pageCounts[key, default: 0] += 1 }
        }
        let threshold = max(2, (edgesByPage.count + 1) / 2)
        return Set(pageCounts.filter { $0.value >= threshold }.map(\.key))
    }

    /// The edge lines of a page with their positions: `t0`, `t1`, … from the top and `b0`, `b1`,
    /// … from the bottom. A short page's lines count from both ends. A line that prints a page
    /// counter ("… Updated July 2019 - Page 8 of 29") has position `p` wherever it stands on the
    /// page, since `pdftotext` may place it among a landscape page's columns. `counters` holds
    /// the numbers (`span.line`) of the page's lines that print one (`counterLines`).
    static func positionedEdgeLines(_ page: Page, counters: Set<Int>) -> [(line: Line, position: String)] {
        // The page's lines outside tables, by block and line index (no line is copied but the edges).
        var places: [(block: Int, line: Int)] = []
        for (blockIndex, block) in page.blocks.enumerated() where block.kind != .table {
            for lineIndex in block.lines.indices { places.append((blockIndex, lineIndex)) }
        }
        func line(_ place: (block: Int, line: Int)) -> Line { page.blocks[place.block].lines[place.line] }
        var result: [(Line, String)] = []
        for (index, place) in places.prefix(topLines).enumerated() {
            let line = line(place)
            result.append((line, counters.contains(line.span.line) ? "p" : "t\(index)"))
        }
        for (index, place) in places.suffix(bottomLines).reversed().enumerated() {
            let line = line(place)
            result.append((line, counters.contains(line.span.line) ? "p" : "b\(index)"))
        }
        if places.count > topLines + bottomLines {
            for place in places[topLines..<(places.count - bottomLines)] where counters.contains(page.blocks[place.block].lines[place.line].span.line) {
                result.append((line(place), "p"))
            }
        }
        return result
    }

    /// The numbers (`span.line`) of the page's lines outside tables that print a page counter
    /// (`hasPageCounter`). Removing furniture only takes lines away, so the set made before the
    /// first pass serves every pass, and no line is searched for a counter twice.
    static func counterLines(_ page: Page) -> Set<Int> {
        var lines = Set<Int>()
        for block in page.blocks where block.kind != .table {
            for line in block.lines where hasPageCounter(line.text) { lines.insert(line.span.line) }
        }
        return lines
    }

    /// "Page 8 of 29", "Page 8", "- 8 -" inside a longer line of at most 20 words.
    static func hasPageCounter(_ text: String) -> Bool {
        guard text.utf8.count <= 160, let range = text.utf8Range(of: "page ", caseInsensitive: true) else { return false }
        let after = text[range.upperBound...]
        return after.first?.isNumberQuick == true && text.wordCount <= 20
    }

    static func edgeKey(_ line: Line, position: String) -> String {
        let text = key(line.text, columns: position == "p" || hasDate(line.text))
        return text.isEmpty ? "" : position + "|" + text
    }

    /// Whether an edge line prints a date ("City Council     Agenda     January 5, 2021"): a
    /// running header set in columns, not a repeated table row.
    static func hasDate(_ text: String) -> Bool {
        text.utf8.count <= 200 && text.anyUTF8Byte { $0 &- 0x30 < 10 } && DatePattern.first(in: text) != nil
    }

    /// The line's text with each number replaced by `#` and spaces collapsed; empty for lines that
    /// look like table rows (several wide gaps), which may legitimately repeat — unless
    /// `columns` says the line is furniture set in columns (it prints a page counter or a
    /// date) — and for lines of
    /// more than 200 characters. A browser's print header (the page's title, a gap, its address)
    /// and footer ("1 of 4", a gap, the date and time printed) are long only by their gap, so the
    /// length is counted without it; a notice repeated at the foot of every page ("Americans With
    /// Disabilities Act: In compliance with …") runs to the page's width.
    static func key(_ text: String, columns: Bool = false) -> String {
        if text.utf8.count > 500 || !columns && columnGaps(text) >= 2 { return "" }
        // A labelled line ("(e) Exempt Information?") repeats on every page of a form: it is
        // structure, not furniture. So is a known heading. A label alone ("8", the agenda item
        // a staff report prints at the top of every page) is furniture like any other line.
        if let label = SectionLabelPattern.match(text), !label.rest.isEmpty { return "" }
        if HeadingVocabulary.exactKind(text) != nil { return "" }
        // A number of any length is one "#": "Page 9" and "Page 10" are the same footer.
        if let ascii = asciiKey(text) { return ascii }
        var out = ""
        var lastSpace = false
        var lastDigit = false
        for char in text {
            if char.isNumberQuick { if !lastDigit { out.append("#") }; lastSpace = false; lastDigit = true; continue }
            lastDigit = false
            if char == " " { if !lastSpace { out.append(" ") }; lastSpace = true }
            else { out.append(char); lastSpace = false }
        }
        return out.count > 200 ? "" : out
    }

    /// `key`'s last step for an ASCII line, over its bytes (each byte is then one character,
    /// CR LF aside); nil for any other line.
    private static func asciiKey(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var lastSpace = false
            var lastDigit = false
            for byte in bytes {
                guard byte < 0x80, byte != 0x0D else { return nil }
                if byte &- 0x30 < 10 {
                    if !lastDigit { out.append(UInt8(ascii: "#")) }
                    lastSpace = false
                    lastDigit = true
                    continue
                }
                lastDigit = false
                if byte == 0x20 {
                    if !lastSpace { out.append(byte) }
                    lastSpace = true
                } else {
                    out.append(byte)
                    lastSpace = false
                }
            }
            return out.count > 200 ? "" : String(decoding: out, as: UTF8.self)
        }
    }

    /// A line whose next line is its value: a labelled item or a question or label ending in
    /// "?" or ":". (Only a value without digits is protected by it: a page counter such as
    /// "Packet Pg. 188" under a heading that ends a page is still furniture.)
    static func introducesValue(_ text: String) -> Bool {
        text.hasSuffix("?") || text.hasSuffix(":") || SectionLabelPattern.match(text) != nil
    }

    /// `true` for a line that is only a page number.
    static func isPageNumber(_ text: String) -> Bool {
        // Its words are numbers, dashes, "page" and "of": a line with any other ASCII letter is
        // ruled out from its bytes, before it is lowered and cut into words.
        let otherLetter = text.anyUTF8Byte { byte in
            let lower = byte | 0x20
            return lower &- 0x61 < 26 && lower != 0x61 && lower != 0x65 && lower != 0x66 && lower != 0x67 && lower != 0x6F && lower != 0x70
        }
        if otherLetter { return false }
        var words = text.asciiLowercased().split(separator: " ").filter { $0 != "-" && $0 != "–" }
        if words.first == "page" { words.removeFirst() }
        if words.count == 3, words[1] == "of" { words = [words[0], words[2]] }
        return !words.isEmpty && words.count <= 2 && words.allSatisfy { $0.count <= 4 && $0.allSatisfy(\.isNumberQuick) }
    }

    /// The number of gaps of three spaces or more between characters (a line set in columns).
    static func columnGaps(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var gaps = 0, run = 0
            var index = 0
            while index < bytes.count {
                if Words.isSpace(bytes, at: index) {
                    run += 1
                } else {
                    if run >= 3 { gaps += 1 }
                    run = 0
                }
                // Past the scalar's continuation bytes: a mark that joins a space is read next, as
                // a character that is no space.
                index += 1
                while index < bytes.count, bytes[index] & 0xC0 == 0x80 { index += 1 }
            }
            return gaps
        }
    }
}
