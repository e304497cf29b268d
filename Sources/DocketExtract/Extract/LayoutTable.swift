import DocketModel

/// A table rebuilt from `pdftotext -layout` lines: the columns are where the header's words
/// start (a header printed over several lines joined); every later word goes to the column it
/// starts in. A row starts where the first column has text again after lines without any, and
/// runs over blank lines and page breaks until the next one (a register's row is often longer
/// than a page). A header repeated on a new page is not a row: it sets that page's columns,
/// since `pdftotext` places them afresh on every page. Band lines across the first columns
/// ("Governance Risks") are left out. The table ends at prose: a block of lines that start in
/// the first column and fill fewer than two cells.
struct LayoutTable {
    var headers: [String]
    var rows: [(cells: [String], span: Span)]

    /// Risk-table header candidates: lines with three or more pieces, two of them risk headers.
    static func tables(in blocks: [[Line]]) -> [LayoutTable] {
        var tables: [LayoutTable] = []
        var index = 0
        while index < blocks.count {
            guard let (headerColumns, headerEnd, headerLines) = header(in: blocks, at: index) else { index += 1; continue }
            let firstColumns = aligned(headerColumns, toRowsFrom: blocks, at: headerEnd, skipping: headerLines)
            var columns = firstColumns
            // Lines of the block at `next` already read as a header.
            var skip = headerLines
            var table = LayoutTable(headers: columns.map(\.text), rows: [])
            let headerWords = Set(columns.flatMap { $0.text.asciiLowercased().split(separator: " ").map(String.init) })
            let firstPieces = Self.pieces(blocks[index][0]).map(\.text)
            var next = headerEnd
            // The open row: each line's cells under the columns of its page, and its span.
            var rowCells: [[String]] = []
            var rowSpan: Span?
            var rowPage: Int?
            var previousHadFirst = false
            /// Whether the header has been seen again on a later page, and the latest page it was.
            var repeatsHeaders = false
            var headerPage: Int?
            func closeRow() {
                defer { rowCells = []; rowSpan = nil }
                guard let span = rowSpan, !rowCells.isEmpty else { return }
                let joined = (0..<firstColumns.count).map { column in TextJoiner.join(rowCells.compactMap { column < $0.count ? $0[column] : nil }) }
                guard joined.contains(where: { !$0.isEmpty }) else { return }
                table.rows.append((joined, span))
            }
            while next < blocks.count {
                let block = blocks[next]
                // A header repeated on a new page: that page's columns.
                if skip == 0, let page = block.first?.span.page, page != rowPage ?? page, page != headerPage {
                    if let (pageColumns, end, used) = header(in: blocks, at: next, known: headerWords) {
                        if pageColumns.count == firstColumns.count {
                            columns = aligned(pageColumns, toRowsFrom: blocks, at: end, skipping: used)
                        } else if !pageColumns.allSatisfy({ column in firstColumns.contains { $0.text.utf8Contains(column.text) } }) {
                            break  // another table's header: it is read on its own
                        }
                        // Otherwise the page prints part of the same header (its rotated cells
                        // read elsewhere): the register goes on under the columns it had.
                        headerPage = page
                        next = end
                        skip = used
                        repeatsHeaders = true
                        continue
                    }
                    // A register repeats its header on every page it fills: a page without it
                    // (its first lines) has left the table.
                    if repeatsHeaders, !block.prefix(3).contains(where: { repeatsHeaderLine($0, firstPieces: firstPieces) }) {
                        break
                    }
                }
                next += 1
                let lines = block.dropFirst(skip).filter { line in
                    !isRepeatedHeader(line, firstPieces: firstPieces, headerWords: headerWords) && !isBandLine(line, columns: columns)
                }
                skip = 0
                guard !lines.isEmpty else { continue }
                let filled = lines.map { cells(of: [$0], columns: columns) }
                if filled.allSatisfy({ $0.filter { !$0.isEmpty }.count < 2 }), lines.allSatisfy({ startsInFirstColumn($0, columns: columns) }) {
                    if lines.count == 1 { continue }  // a stray caption line
                    break  // prose: the table has ended
                }
                for (line, lineCells) in zip(lines, filled) {
                    let hasFirst = !lineCells[0].isEmpty
                    let page = line.span.page
                    // A row starts where the first column has text again; on a new page, a line
                    // with an empty first column continues the row above.
                    if hasFirst && !previousHadFirst || rowSpan == nil {
                        closeRow()
                    }
                    rowCells.append(lineCells)
                    rowSpan = rowSpan.map { $0.union(line.span) } ?? line.span
                    rowPage = page
                    previousHadFirst = hasFirst
                }
            }
            closeRow()
            if !table.rows.isEmpty { tables.append(table) }
            index = max(next, index + 1)
        }
        return tables
    }

    /// A header repeated at the top of a new page (three or more of the first header line's
    /// pieces), or a stacked header line made only of header words.
    static func isRepeatedHeader(_ line: Line, firstPieces: [String], headerWords: Set<String>) -> Bool {
        if repeatsHeaderLine(line, firstPieces: firstPieces) { return true }
        let words = line.text.asciiLowercased().split(separator: " ").map(String.init)
        return !words.isEmpty && words.allSatisfy { headerWords.contains($0) }
    }

    /// Whether the line holds three or more of the header line's pieces, as whole words and
    /// each piece once: a row that says "Nominated … Target Risk Rating" holds "No" and "Risk"
    /// inside its own words, not as the header's cells; an axis label of a heat map
    /// ("Likelihood") is one header word, not the header.
    static func repeatsHeaderLine(_ line: Line, firstPieces: [String]) -> Bool {
        let spaced = " " + line.text.asciiLowercased().split(separator: " ").joined(separator: " ") + " "
        return Set(firstPieces.map { $0.asciiLowercased() }).filter { spaced.utf8Contains(" " + $0 + " ") }.count >= 3
    }

    /// A line printed across the first columns without gaps ("Significant Risks (over £10m)"):
    /// a band that groups rows, not a row.
    static func isBandLine(_ line: Line, columns: [Column]) -> Bool {
        let pieces = Self.pieces(line)
        guard pieces.count == 1, columns.count >= 2, let piece = pieces.first else { return false }
        return piece.start < columns[1].start - 2 && piece.start + piece.text.count > columns[1].start + 2
            && piece.text.wordCount <= 10
    }

    /// Whether the line's first word falls in the first column (as `cells` would place it):
    /// the columns are in order, so only the first word can.
    static func startsInFirstColumn(_ line: Line, columns: [Column]) -> Bool {
        guard let offset = line.text.utf8.firstIndex(where: { $0 != 0x20 }) else { return false }
        let position = line.indent + line.text.utf8.distance(from: line.text.utf8.startIndex, to: offset)
        return (columns.lastIndex { $0.start <= position + 2 } ?? 0) == 0
    }

    struct Column {
        var start: Int
        var text: String
    }

    /// The header's columns moved to where the rows below it start their cells: `pdftotext`
    /// centres a header over its column ("Risk" printed at column 21 over text from column 6),
    /// so each column after the first starts where the rows' pieces most often start between
    /// the headers on either side of it, and the first where the leftmost piece does. Reads the
    /// rows of the header's page only; a column without such pieces keeps its header's start.
    static func aligned(_ header: [Column], toRowsFrom blocks: [[Line]], at index: Int, skipping: Int) -> [Column] {
        guard header.count >= 2, index < blocks.count, let page = blocks[index].first?.span.page else { return header }
        var counts: [Int: Int] = [:]
        var lines = 0
        var position = index
        while position < blocks.count, lines < 120, blocks[position].first?.span.page == page {
            for line in blocks[position].dropFirst(position == index ? skipping : 0) {
                lines += 1
                for piece in pieces(line) { counts[piece.start, default: 0] += 1 }
            }
            position += 1
        }
        guard let leftmost = counts.keys.min() else { return header }
        var columns = header
        columns[0].start = min(header[0].start, leftmost)
        for column in 1..<columns.count {
            let low = max(columns[column - 1].start + 1, header[column - 1].start + 1)
            let high = column + 1 < header.count ? header[column + 1].start - 1 : Int.max
            let inside = counts.filter { $0.key >= low && $0.key <= min(high, header[column].start + 2) }
            // The most frequent start, neighbours within one column counted together.
            if let best = inside.max(by: { a, b in
                let sa = (counts[a.key - 1] ?? 0) + a.value + (counts[a.key + 1] ?? 0)
                let sb = (counts[b.key - 1] ?? 0) + b.value + (counts[b.key + 1] ?? 0)
                return sa == sb ? a.key > b.key : sa < sb
            }), best.value >= 2 {
                columns[column].start = best.key
            }
        }
        return columns
    }

    /// A line of header cells printed above the header line: pieces of up to five words
    /// ("Actions being taken to"), no sentence.
    static func isHeaderLineAbove(_ line: Line) -> Bool {
        Self.pieces(line).allSatisfy { $0.text.wordCount <= 5 } && !line.text.containsASCII(".")
    }

    /// A line of a header's stacked cells: short pieces, no sentence, and no row's identifier
    /// opening it ("G-01", "12", "R3": a row whose cells wrap after a few words each).
    static func isHeaderLine(_ line: Line) -> Bool {
        let pieces = Self.pieces(line)
        if let first = pieces.first?.text, first.wordCount == 1, first.contains(where: \.isNumberQuick), !first.hasPrefix("(") {
            return false
        }
        return pieces.allSatisfy { $0.text.wordCount <= 3 } && !line.text.containsASCII(".")
    }

    /// The columns of a header starting at block `index`, the block index after it, and the
    /// lines of its first block that belong to the header (the rest of that block are rows).
    ///
    /// A header repeated on a later page passes the first header's words as `known`: its stacked
    /// lines are made of those words, so a row continued at the page's top is not taken for one.
    static func header(in blocks: [[Line]], at index: Int, known: Set<String>? = nil) -> ([Column], Int, Int)? {
        func isStacked(_ line: Line) -> Bool {
            guard isHeaderLine(line) else { return false }
            guard let known else { return true }
            return line.text.asciiLowercased().split(separator: " ").allSatisfy { known.contains(String($0)) }
        }
        let block = blocks[index]
        // The header line: the block's first, or one under stacked header lines in the block.
        guard let offset = block.prefix(4).firstIndex(where: { line in
            let pieces = Self.pieces(line)
            return pieces.count >= 3 && RiskHeaderPattern.isRiskHeader(pieces.map(\.text))
        }), block[..<offset].allSatisfy(isHeaderLineAbove) else { return nil }
        let first = block[offset]
        var columns = Self.pieces(first).map { Column(start: $0.start, text: $0.text) }
        // Header cells stacked over several lines, in this block and in the blocks that follow
        // before the first row ("Current / Likelihood / (1-5)").
        let stacked = block.dropFirst(offset + 1).prefix(6).prefix(while: isStacked)
        var headerLines = Array(block[..<offset]) + Array(stacked)
        // Header cells printed above the header line (rotated or stacked column titles:
        // "Reference", "Likelihood", "Impact", "Score"), in the blocks just before it on its page.
        var before = index - 1
        while before >= 0, index - before <= 10, blocks[before].first?.span.page == first.span.page, blocks[before].count <= 5,
              blocks[before].allSatisfy(isHeaderLineAbove) {
            before -= 1
        }
        let above = blocks[(before + 1)..<index].flatMap { $0 }
        if above.contains(where: { line in Self.pieces(line).contains { RiskHeaderPattern.field(of: $0.text) != nil || ["reference", "ref", "ref.", "no", "no."].contains($0.text.asciiLowercased()) } }) {
            headerLines = above + headerLines
        }
        let used = offset + 1 + stacked.count
        var end = index + 1
        if used < block.count {
            end = index  // rows follow in the same block
        }
        while end > index, end < blocks.count, blocks[end].allSatisfy(isStacked), blocks[end].count <= 6 {
            headerLines += blocks[end]
            end += 1
        }
        for line in headerLines {
            for piece in Self.pieces(line) {
                if let nearest = columns.indices.min(by: { abs(columns[$0].start - piece.start) < abs(columns[$1].start - piece.start) }),
                   abs(columns[nearest].start - piece.start) <= 4 {
                    columns[nearest].text += " " + piece.text
                } else {
                    columns.append(Column(start: piece.start, text: piece.text))
                }
            }
        }
        columns.sort { $0.start < $1.start }
        return (columns, end, end == index ? used : 0)
    }

    /// Pieces of a line separated by two or more spaces, with their start columns.
    static func pieces(_ line: Line) -> [(start: Int, text: String)] {
        var text = line.text
        let ascii: [(start: Int, text: String)]? = text.withUTF8 { bytes in
            // ASCII lines (nearly all of pdftotext's layout output) are cut on their bytes,
            // where a byte is a column; others go through their characters below.
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            var result: [(start: Int, text: String)] = []
            var index = 0
            while index < bytes.count {
                while index < bytes.count && bytes[index] == 0x20 { index += 1 }
                guard index < bytes.count else { break }
                let start = index
                var end = index
                while index < bytes.count {
                    if bytes[index] == 0x20 {
                        if index + 1 == bytes.count || bytes[index + 1] == 0x20 { break }
                    } else {
                        end = index + 1
                    }
                    index += 1
                }
                result.append((line.indent + start, String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)))
                index = end
            }
            return result
        }
        return ascii ?? characterPieces(line)
    }

    private static func characterPieces(_ line: Line) -> [(start: Int, text: String)] {
        var result: [(Int, String)] = []
        var current = ""
        var start = 0
        var spaces = 0
        for (offset, char) in line.text.enumerated() {
            if char == " " {
                spaces += 1
                continue
            }
            if spaces >= 2 || current.isEmpty {
                if !current.isEmpty { result.append((start, current)) }
                current = String(char)
                start = line.indent + offset
            } else {
                current += String(repeating: " ", count: spaces) + String(char)
            }
            spaces = 0
        }
        if !current.isEmpty { result.append((start, current)) }
        return result
    }

    /// A row's cells: each word goes to the last column starting at or before it (two columns
    /// of slack, since pdftotext places words approximately).
    static func cells(of block: [Line], columns: [Column]) -> [String] {
        var cells = [[String]](repeating: [], count: columns.count)
        for line in block {
            var lineCells = [[String]](repeating: [], count: columns.count)
            func place(_ word: String, at offset: Int) {
                let position = line.indent + offset
                let column = columns.lastIndex { $0.start <= position + 2 } ?? 0
                lineCells[column].append(word)
            }
            var text = line.text
            let ascii: Bool = text.withUTF8 { bytes in
                // ASCII lines on their bytes (a byte is a column); others by characters below.
                guard !bytes.contains(where: { $0 >= 0x80 }) else { return false }
                var index = 0
                while index < bytes.count {
                    guard bytes[index] != 0x20 else { index += 1; continue }
                    let start = index
                    while index < bytes.count && bytes[index] != 0x20 { index += 1 }
                    place(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self), at: start)
                }
                return true
            }
            if !ascii {
                var offset = 0
                for word in line.text.split(separator: " ", omittingEmptySubsequences: false) {
                    defer { offset += word.count + 1 }
                    if !word.isEmpty { place(String(word), at: offset) }
                }
            }
            for column in columns.indices where !lineCells[column].isEmpty {
                cells[column].append(lineCells[column].joined(separator: " "))
            }
        }
        return cells.map { TextJoiner.join($0) }
    }
}
