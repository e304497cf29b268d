import DocketModel

/// A table rebuilt from `pdftotext -layout` lines: the columns are where the header's words
/// start; every later word goes to the column it starts in; a row is a block of lines (a blank
/// line ends it); a header repeated on a new page is skipped, and a row that starts on one page
/// with its first columns empty continues the row above.
struct LayoutTable {
    var headers: [String]
    var rows: [(cells: [String], span: Span)]

    /// Risk-table header candidates: lines with three or more pieces, two of them risk headers.
    static func tables(in blocks: [[Line]]) -> [LayoutTable] {
        var tables: [LayoutTable] = []
        var index = 0
        while index < blocks.count {
            guard let (columns, headerEnd) = header(in: blocks, at: index) else { index += 1; continue }
            var table = LayoutTable(headers: columns.map(\.text), rows: [])
            let headerWords = Set(columns.flatMap { $0.text.asciiLowercased().split(separator: " ").map(String.init) })
            let firstPieces = Self.pieces(blocks[index][0]).map(\.text)
            var next = headerEnd
            var previousPage = blocks[index].first?.span.page
            while next < blocks.count {
                // Drop repeated header lines and band lines; split the block into rows.
                let lines = blocks[next].filter { line in
                    !isRepeatedHeader(line, firstPieces: firstPieces, headerWords: headerWords) && !isBandLine(line, columns: columns)
                }
                next += 1
                guard !lines.isEmpty else { continue }
                let rows = splitRows(lines, columns: columns)
                let filled = rows.map { cells(of: $0, columns: columns) }
                if filled.allSatisfy({ $0.filter { !$0.isEmpty }.count < 2 }) {
                    if lines.count == 1 { continue }  // a stray caption line
                    break  // prose: the table has ended
                }
                for (rowLines, rowCells) in zip(rows, filled) where rowCells.contains(where: { !$0.isEmpty }) {
                    let span = rowLines.dropFirst().reduce(rowLines[0].span) { $0.union($1.span) }
                    let page = rowLines.first?.span.page
                    if page != previousPage, rowCells[0].isEmpty, rowCells.count > 1, rowCells[1].isEmpty, var last = table.rows.last {
                        last.cells = zip(last.cells, rowCells).map { TextJoiner.join([$0, $1]) }
                        last.span = last.span.union(span)
                        table.rows[table.rows.count - 1] = last
                    } else {
                        table.rows.append((rowCells, span))
                    }
                    previousPage = page
                }
            }
            if !table.rows.isEmpty { tables.append(table) }
            index = max(next, index + 1)
        }
        return tables
    }

    /// A header repeated at the top of a new page (three or more of the first header line's
    /// pieces), or a stacked header line made only of header words.
    static func isRepeatedHeader(_ line: Line, firstPieces: [String], headerWords: Set<String>) -> Bool {
        if firstPieces.filter({ line.text.utf8Contains($0) }).count >= 3 { return true }
        let words = line.text.asciiLowercased().split(separator: " ").map(String.init)
        return !words.isEmpty && words.allSatisfy { headerWords.contains($0) }
    }

    /// A line printed across the first columns without gaps ("Significant Risks (over £10m)"):
    /// a band that groups rows, not a row.
    static func isBandLine(_ line: Line, columns: [Column]) -> Bool {
        let pieces = Self.pieces(line)
        guard pieces.count == 1, columns.count >= 2, let piece = pieces.first else { return false }
        return piece.start < columns[1].start - 2 && piece.start + piece.text.count > columns[1].start + 2
            && piece.text.wordCount <= 10
    }

    /// Splits a block into rows: a row starts where the first column has text again after a
    /// line without any.
    static func splitRows(_ lines: [Line], columns: [Column]) -> [[Line]] {
        var rows: [[Line]] = []
        var previousHadFirst = false
        for line in lines {
            let hasFirst = startsInFirstColumn(line, columns: columns)
            if rows.isEmpty || hasFirst && !previousHadFirst {
                rows.append([line])
            } else {
                rows[rows.count - 1].append(line)
            }
            previousHadFirst = hasFirst
        }
        return rows
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

    /// The columns of a header starting at block `index`, and the block index after it.
    static func header(in blocks: [[Line]], at index: Int) -> ([Column], Int)? {
        let block = blocks[index]
        guard let first = block.first else { return nil }
        let pieces = Self.pieces(first)
        guard pieces.count >= 3, RiskHeaderPattern.isRiskHeader(pieces.map(\.text)) else { return nil }
        var columns = pieces.map { Column(start: $0.start, text: $0.text) }
        // Header cells stacked over several lines, in this block and in the blocks that follow
        // before the first row ("Current / Likelihood / (1-5)").
        var headerLines = Array(block.dropFirst())
        var end = index + 1
        while end < blocks.count, blocks[end].allSatisfy({ line in
            Self.pieces(line).allSatisfy { $0.text.wordCount <= 3 } && !line.text.containsASCII(".")
        }), blocks[end].count <= 6 {
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
        return (columns, end)
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
