import DocketModel

/// The summary list a risk register often opens or closes with: one line per risk, its
/// reference and its title, perhaps a status or score after them ("G-01   Nominated Directors
/// do not have sufficient skills …   Open"), the title wrapped onto lines indented under it.
///
/// Such a list is a table whose rows are risks, but its header rarely names them ("No" and
/// "Status" over an unheaded title column), so it is known by its references instead: a run of
/// three or more lines that open with references the register's own rows carry in their first
/// column. Lines inside the register's rows are not read again.
struct RiskSummaryList {
    struct Row {
        var reference: String
        var title: String
        /// Pieces printed after the title (a status, a score), in order.
        var rest: [String]
        /// The headers printed over the reference, the title and the rest ("No", nil,
        /// "Status"): the header line's pieces that start within a few columns of the row's.
        var headers: [String?]
        var span: Span
    }

    /// How many lines of references make a list rather than a cross-reference in prose.
    static let minimumRows = 3

    /// A register row's reference: one short token with a digit ("G-01", "R3", "12").
    static func isReference(_ text: String) -> Bool {
        text.utf8.count <= 8 && !text.containsASCII(" ") && text.contains(where: \.isNumberQuick)
    }

    /// The lists in `blocks` of rows whose references are among `references`, leaving out lines
    /// inside `taken` (the register's own rows).
    static func rows(in blocks: [[Line]], references: Set<String>, taken: [Span]) -> [Row] {
        guard references.count >= minimumRows else { return [] }
        // The rows' spans in text order, passed once as the lines go by: linear in both.
        let spans = taken.sorted { $0.start < $1.start }
        var nextSpan = 0
        func isTaken(_ line: Line) -> Bool {
            while nextSpan < spans.count, spans[nextSpan].end < line.span.start { nextSpan += 1 }
            return nextSpan < spans.count && spans[nextSpan].start <= line.span.start && line.span.end <= spans[nextSpan].end
        }
        var found: [Row] = []
        var run: [Row] = []
        /// Where the open row's title starts, for its wrapped lines.
        var titleStart: Int?
        /// The line before the run: its header, when its pieces stand over the rows'.
        var previous: [(start: Int, text: String)] = []
        var header: [(start: Int, text: String)] = []
        func closeRun() {
            if Set(run.map(\.reference)).count >= minimumRows { found += run }
            run = []
            titleStart = nil
        }
        for line in blocks.joined() {
            if isTaken(line) { closeRun(); previous = []; continue }
            let pieces = LayoutTable.pieces(line)
            defer { previous = pieces }
            if pieces.count >= 2, references.contains(pieces[0].text) {
                if run.isEmpty { header = previous }
                let headers = pieces.map { piece in header.first { abs($0.start - piece.start) <= 4 }?.text }
                run.append(Row(reference: pieces[0].text, title: pieces[1].text, rest: pieces.dropFirst(2).map(\.text),
                               headers: headers, span: line.span))
                titleStart = pieces[1].start
            } else if let start = titleStart, pieces.count == 1, abs(pieces[0].start - start) <= 2, !run.isEmpty {
                run[run.count - 1].title += " " + pieces[0].text
                run[run.count - 1].span = run[run.count - 1].span.union(line.span)
            } else if !pieces.isEmpty {
                closeRun()
            }
        }
        closeRun()
        return found
    }
}
