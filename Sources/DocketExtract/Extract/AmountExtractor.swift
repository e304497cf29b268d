import DocketModel

/// Finds sums of money in every line of the paper (`MoneyPattern`).
///
/// Requires: a `SegmentedPaper` (reads its normalized layout). Produces: `amounts`, each with the printed
/// text, the value in pence and the span of the amount itself. Emits no diagnostics.
public struct AmountExtractor: PaperExtractor {
    public init() {}

    public func extract(from segmented: SegmentedPaper) -> Contribution {
        let layout = segmented.layout
        var contribution = Contribution()
        for block in layout.blocks {
            for line in block.lines where line.text.anyUTF8Byte({ $0 == 0xA3 }) {
                for match in MoneyPattern.all(in: line.text) {
                    let span = Span(page: line.span.page, line: line.span.line,
                                    start: line.span.start + match.range.lowerBound,
                                    end: line.span.start + match.range.upperBound)
                    contribution.amounts.append(Amount(text: match.text, pence: match.pence, span: span))
                }
            }
        }
        return contribution
    }
}
