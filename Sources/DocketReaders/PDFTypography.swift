import DocketModel

/// The typography of a PDF's text — runs of text with their position, font size and whether
/// they are bold — laid onto the lines `pdftotext -layout` printed for the same pages, as each
/// line's `LineStyle`. The runs come from the characters a PDF worker measured
/// (`pages(fromGlyphs:)`, one run per character) or from `pdftohtml -xml` (`parse`).
///
/// `pdftohtml -xml` writes one `<text top= left= width= height= font=>` element per run of one
/// font on one line, with `<b>` around bold parts, and a `<fontspec id= size=>` for each font.
/// Runs are grouped into rows by their top edge and ordered by their left edge; rows and layout
/// lines are then walked together in order and paired when their characters, white space
/// ignored, are the same (a layout line may join two rows whose tops differ slightly). A line
/// left unpaired keeps `.plain`. Linear in the size of both outputs.
enum PDFTypography {
    /// One run of text: its box, and its characters (a range of its page's `characters`).
    struct Run: Equatable {
        var top: Int
        var left: Int
        var height: Int
        var size: Double
        var characters: Range<Int>
    }

    /// The runs of one page, and their characters, each with its bold flag.
    struct PageRuns: Equatable {
        var runs: [Run] = []
        var characters: [Glyph] = []

        /// A character of a run and whether it is set in bold.
        struct Glyph: Equatable {
            var scalar: Unicode.Scalar
            var bold: Bool
        }
    }

    /// Parses `pdftohtml -xml` output into pages of runs. Tolerant: what it cannot read it skips.
    static func parse(_ xml: String) -> [PageRuns] {
        var pages: [PageRuns] = []
        var sizes: [Int: Double] = [:]
        var pending: [(top: Int, left: Int, height: Int, font: Int, body: Substring)] = []
        func flushPage() {
            guard !pending.isEmpty || !pages.isEmpty else { return }
            var page = PageRuns()
            for item in pending {
                let start = page.characters.count
                appendCharacters(of: item.body, to: &page.characters)
                page.runs.append(Run(top: item.top, left: item.left, height: item.height, size: sizes[item.font] ?? 0,
                                     characters: start..<page.characters.count))
            }
            pages.append(page)
            pending = []
        }
        var sawPage = false
        // Lines cut at line feeds over the bytes (pdftohtml ends its lines with "\n" alone).
        for (index, bytes) in xml.utf8.split(separator: 0x0A, omittingEmptySubsequences: true).enumerated() {
            if index & 1023 == 0, Deadline.expired { break }
            let line = xml[bytes.startIndex..<bytes.endIndex].drop { $0 == " " || $0 == "\t" }
            if line.hasPrefix("<page ") {
                if sawPage { flushPage() }
                sawPage = true
            } else if line.hasPrefix("<fontspec ") {
                if let id = attribute("id", in: line).flatMap({ Int($0) }), let size = attribute("size", in: line).flatMap({ Double($0) }) {
                    sizes[id] = size
                }
            } else if line.hasPrefix("<text "), let close = line.firstIndex(of: ">") {
                let head = line[..<close]
                guard let top = coordinate("top", in: head), let left = coordinate("left", in: head),
                      let font = attribute("font", in: head).flatMap({ Int($0) }) else { continue }
                let height = coordinate("height", in: head) ?? 0
                var body = line[line.index(after: close)...]
                if body.hasSuffix("</text>") { body = body.dropLast(7) }
                pending.append((top, left, height, font, body))
            }
        }
        if sawPage { flushPage() }
        return pages
    }

    /// Reads the drawn characters a PDF worker sends (`PDFWorkerProtocol`): the page count,
    /// the index after each page's last character, then one `DocketGlyph` record (CPoppler.h:
    /// top, left, height, size, scalar, bold) per character — every field 4 bytes in the
    /// machine's byte order, the worker running on the same machine. Each
    /// character is a run of its own, measured as `pdftohtml -xml` measures its text, so the
    /// rows, sizes and bold runs below come out as they do from `parse`. `nil` when the bytes
    /// do not hold that shape.
    static func pages(fromGlyphs bytes: [UInt8]) -> [PageRuns]? {
        let record = 24
        return bytes.withUnsafeBytes { raw -> [PageRuns]? in
            func word(_ offset: Int) -> UInt32 { raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self) }
            guard raw.count >= 4 else { return nil }
            let pageCount = Int(word(0))
            let glyphStart = 4 + 4 * pageCount
            guard glyphStart <= raw.count, (raw.count - glyphStart) % record == 0 else { return nil }
            let glyphCount = (raw.count - glyphStart) / record
            var pages: [PageRuns] = []
            pages.reserveCapacity(pageCount)
            var glyph = 0
            for pageIndex in 0..<pageCount {
                let end = Int(word(4 + 4 * pageIndex))
                guard end >= glyph, end <= glyphCount else { return nil }
                var page = PageRuns()
                page.runs.reserveCapacity(end - glyph)
                page.characters.reserveCapacity(end - glyph)
                while glyph < end {
                    let offset = glyphStart + glyph * record
                    func field(_ index: Int) -> Int { Int(Int32(bitPattern: word(offset + 4 * index))) }
                    let scalar = Unicode.Scalar(word(offset + 16)) ?? "\u{FFFD}"
                    page.characters.append(PageRuns.Glyph(scalar: scalar, bold: word(offset + 20) != 0))
                    page.runs.append(Run(top: clamp(field(0)), left: clamp(field(1)), height: clamp(field(2)), size: Double(field(3)),
                                         characters: (page.characters.count - 1)..<page.characters.count))
                    glyph += 1
                }
                pages.append(page)
            }
            return glyph == glyphCount ? pages : nil
        }
    }

    /// A coordinate kept within a range no page reaches (so that differences of two never
    /// overflow, whatever a damaged file holds).
    static func clamp(_ value: Int) -> Int {
        min(max(value, -1_000_000), 1_000_000)
    }

    /// A coordinate attribute, clamped (`clamp`).
    static func coordinate(_ name: String, in tag: Substring) -> Int? {
        attribute(name, in: tag).flatMap { Int($0) }.map(clamp)
    }

    /// The value of `name="…"` in a tag's text.
    static func attribute(_ name: String, in tag: Substring) -> Substring? {
        guard let range = tag.utf8Range(of: " " + name + "=\"") else { return nil }
        let rest = tag[range.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return rest[..<end]
    }

    /// Appends a run's characters (as Unicode scalars: both poppler tools print the same
    /// scalars for the same text, so rows and lines compare scalar by scalar) with their bold
    /// flags: tags (`<b>`, `<i>`, `<a …>`) set or clear bold or are dropped; entities are decoded.
    static func appendCharacters(of body: Substring, to result: inout [PageRuns.Glyph]) {
        let scalars = body.unicodeScalars
        var bold = 0
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar == "<", let end = scalars[index...].firstIndex(of: ">") {
                let tag = body[scalars.index(after: index)..<end].asciiLowercased()
                if tag == "b" { bold += 1 } else if tag == "/b" { bold = max(0, bold - 1) }
                index = scalars.index(after: end)
                continue
            }
            if scalar == "&", let end = scalars[index...].prefix(12).firstIndex(of: ";") {
                let name = body[scalars.index(after: index)..<end]
                if let decoded = entity(name) {
                    result.append(PageRuns.Glyph(scalar: decoded, bold: bold > 0))
                    index = scalars.index(after: end)
                    continue
                }
            }
            result.append(PageRuns.Glyph(scalar: scalar, bold: bold > 0))
            index = scalars.index(after: index)
        }
    }

    private static func entity(_ name: Substring) -> Unicode.Scalar? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        default:
            guard name.hasPrefix("#") else { return nil }
            let digits = name.dropFirst()
            let value = digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return value.flatMap(Unicode.Scalar.init)
        }
    }

    // MARK: Laying styles onto lines

    /// One row of runs (the runs sharing a top edge), as the characters it shows without white
    /// space, each with its bold flag, and the row's largest font size among runs with letters.
    struct Row {
        var squeezed: [Unicode.Scalar] = []
        var bold: [Bool] = []
        var size: Double = 0
    }

    static func rows(of page: PageRuns) -> [Row] {
        let runs = page.runs.sorted { ($0.top, $0.left) < ($1.top, $1.left) }
        var rows: [Row] = []
        var rowTop: Int?
        var group: [Run] = []
        func finish() {
            guard !group.isEmpty else { return }
            var row = Row()
            let characters = group.reduce(0) { $0 + $1.characters.count }
            row.squeezed.reserveCapacity(characters)
            row.bold.reserveCapacity(characters)
            for run in group.sorted(by: { $0.left < $1.left }) {
                var hasLetters = false
                for index in run.characters {  // by index: a slice per run (one character) costs more
                    let character = page.characters[index]
                    guard !character.scalar.isWhitespaceQuick else { continue }
                    row.squeezed.append(character.scalar)
                    row.bold.append(character.bold)
                    if character.scalar.isLetterOrNumberQuick { hasLetters = true }
                }
                if hasLetters { row.size = max(row.size, run.size) }
            }
            if !row.squeezed.isEmpty { rows.append(row) }
            group.removeAll(keepingCapacity: true)
        }
        for run in runs {
            // Runs whose tops differ by a few points print on one line (a superscript, a
            // bold label beside plain text).
            if rowTop.map({ run.top - $0 > max(2, run.height / 4) }) ?? true {
                finish()
                rowTop = run.top
            }
            group.append(run)
        }
        finish()
        return rows
    }

    /// The size of the paper's body text: the font size that carries the most characters.
    static func bodySize(_ pages: [PageRuns]) -> Double? {
        var counts: [Double: Int] = [:]
        // Runs in a row of one size are counted together (a worker sends one run per character).
        var size: Double?
        var pending = 0
        for page in pages {
            for run in page.runs {
                if run.size != size {
                    if let size { counts[size, default: 0] += pending }
                    size = run.size
                    pending = 0
                }
                pending += run.characters.count
            }
        }
        if let size { counts[size, default: 0] += pending }
        return counts.max { $0.value == $1.value ? $0.key > $1.key : $0.value < $1.value }?.key
    }

    /// The pages with each line's style set from the matching row, where one is found.
    static func apply(_ typography: [PageRuns], to pages: [Page]) -> [Page] {
        guard typography.count == pages.count, let body = bodySize(typography), body > 0 else { return pages }
        var result = pages
        for pageIndex in pages.indices {
            let rows = Self.rows(of: typography[pageIndex])
            var next = 0
            for blockIndex in result[pageIndex].blocks.indices {
                for lineIndex in result[pageIndex].blocks[blockIndex].lines.indices {
                    let line = result[pageIndex].blocks[blockIndex].lines[lineIndex]
                    let squeezed = Array(line.text.unicodeScalars.lazy.filter { !$0.isWhitespaceQuick })
                    guard !squeezed.isEmpty, let (matched, after) = match(squeezed, rows: rows, from: next) else { continue }
                    next = after
                    result[pageIndex].blocks[blockIndex].lines[lineIndex].style = style(of: matched, bodySize: body)
                }
            }
        }
        return result
    }

    /// The rows starting at or shortly after `start` whose characters together are `target`,
    /// and the index after them.
    static func match(_ target: [Unicode.Scalar], rows: [Row], from start: Int) -> (Row, Int)? {
        let lookahead = 12
        var first = start
        while first < min(rows.count, start + lookahead) {
            // Rows from `first` on, each the next stretch of the target, until it is used up;
            // the joined row is built only for a match.
            var matched = 0
            var end = first
            while end < rows.count, matched < target.count {
                let row = rows[end].squeezed
                guard matched + row.count <= target.count, target[matched..<(matched + row.count)].elementsEqual(row) else { break }
                matched += row.count
                end += 1
            }
            if matched == target.count {
                var joined = Row()
                for row in rows[first..<end] {
                    joined.squeezed += row.squeezed
                    joined.bold += row.bold
                    joined.size = max(joined.size, row.size)
                }
                return (joined, end)
            }
            first += 1
        }
        return nil
    }

    static func style(of row: Row, bodySize: Double) -> LineStyle {
        // The bold lead in characters: a combining mark adds none.
        var index = 0
        var lead = 0
        while index < row.bold.count, row.bold[index] {
            let scalar = row.squeezed[index]
            if scalar.isASCII || !scalar.properties.isGraphemeExtend { lead += 1 }
            index += 1
        }
        // Bold when it has letters or digits and every one of them is bold.
        var hasLetters = false
        var bold = true
        for (scalar, isBold) in zip(row.squeezed, row.bold) where scalar.isLetterOrNumberQuick {
            hasLetters = true
            if !isBold {
                bold = false
                break
            }
        }
        bold = bold && hasLetters
        let relative = row.size > 0 ? (row.size / bodySize * 100).rounded() / 100 : nil
        return LineStyle(bold: bold, boldLead: lead, relativeSize: relative)
    }
}
