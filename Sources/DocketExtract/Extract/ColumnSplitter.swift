import DocketModel

/// Splits the lines of a two-column block (an author and a director printed side by side, as
/// `pdftotext -layout` keeps them) into its left and right columns, read one after the other.
///
/// The column edge is the text position where most lines have a second piece of text after a
/// gap of two or more spaces. Lines that start at or beyond the edge belong to the right
/// column. A block whose left pieces are all labels ("Report Author:  Pete Davis") is not split.
enum ColumnSplitter {
    static func columns(_ lines: [Line]) -> [[String]] {
        guard let edge = columnEdge(lines) else { return [lines.map(\.text)] }
        var left: [String] = []
        var right: [String] = []
        for line in lines {
            if line.indent >= edge - 2 {
                right.append(line.text)
                continue
            }
            let (first, second) = split(line, at: edge)
            if !first.isEmpty { left.append(first) }
            if !second.isEmpty { right.append(second) }
        }
        let lefts = lines.compactMap { line -> String? in
            line.indent >= edge - 2 ? nil : split(line, at: edge).0
        }.filter { !$0.isEmpty }
        if !lefts.isEmpty, lefts.allSatisfy({ $0.hasSuffix(":") }) { return [lines.map(\.text)] }
        return [left, right]
    }

    /// The most common start position of a second piece of text, if enough lines share it.
    static func columnEdge(_ lines: [Line]) -> Int? {
        var counts: [Int: Int] = [:]
        for line in lines {
            for start in pieceStarts(line) { counts[start, default: 0] += 1 }
        }
        // Merge neighbouring positions (±1) into the most common one.
        guard let best = counts.max(by: { a, b in
            let sa = (counts[a.key - 1] ?? 0) + a.value + (counts[a.key + 1] ?? 0)
            let sb = (counts[b.key - 1] ?? 0) + b.value + (counts[b.key + 1] ?? 0)
            return sa == sb ? a.key > b.key : sa < sb
        }) else { return nil }
        let support = (counts[best.key - 1] ?? 0) + best.value + (counts[best.key + 1] ?? 0)
        return support >= 2 && support * 3 >= lines.count ? best.key : nil
    }

    /// Positions (in columns from the page margin) where text resumes after 2+ spaces.
    private static func pieceStarts(_ line: Line) -> [Int] {
        var starts: [Int] = []
        var spaces = 0
        for (offset, char) in line.text.enumerated() {
            if char == " " {
                spaces += 1
            } else {
                if spaces >= 2 && offset > spaces { starts.append(line.indent + offset) }
                spaces = 0
            }
        }
        return starts
    }

    /// Splits a line at the space nearest to `edge`.
    private static func split(_ line: Line, at edge: Int) -> (String, String) {
        let chars = Array(line.text)
        let target = edge - line.indent
        guard target > 0, target < chars.count else { return (line.text, "") }
        for delta in [0, -1, 1, -2, 2, -3, 3] {
            let cut = target + delta
            guard cut > 0, cut < chars.count, chars[cut - 1] == " ", chars[cut] != " " else { continue }
            return (String(chars[..<cut]).trimmingSpaces(), String(chars[cut...]).trimmingSpaces())
        }
        return (line.text, "")
    }
}
