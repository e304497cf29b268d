import DocketModel

/// Builds table blocks from rows of cells, padding every row to the widest one.
enum TableBuilder {
    /// A line with a tab between two pieces of text is a row of a tab-separated table.
    static func isTabbedRow(_ text: String) -> Bool {
        // Most lines hold no tab at all: answered from the bytes without splitting.
        text.containsASCII("\t") && text.split(separator: "\t", omittingEmptySubsequences: true).count >= 2
    }

    static func block(fromTabbed lines: [Line]) -> Block {
        let rows = lines.map { line in
            line.text.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingSpaces() }
        }
        return block(rows: rows, lines: lines)
    }

    /// A table block whose rows are padded with empty cells to the widest row.
    static func block(rows: [[String]], lines: [Line]) -> Block {
        let width = rows.map(\.count).max() ?? 0
        let padded = rows.map { $0 + Array(repeating: "", count: width - $0.count) }
        return Block(kind: .table, lines: lines, rows: padded)
    }
}
