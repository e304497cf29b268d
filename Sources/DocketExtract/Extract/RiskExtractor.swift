import DocketModel

/// Finds the rows of risk tables and risk registers.
///
/// Requires: a `SegmentedPaper` (reads its layout). Reads tables that arrive as table blocks (tab-separated
/// text, Markdown pipe tables, HTML) and tables rebuilt from `pdftotext -layout` columns
/// (`LayoutTable`), whose header row maps onto risk fields (`RiskHeaderPattern`). Produces:
/// `risks`, each with `risk`, `description`, `mitigation`, `likelihood`, `impact`, `rating`,
/// `owner` where such columns exist and every non-empty cell under its printed header in
/// `cells`; and the summary list of a register's risks by reference (`RiskSummaryList`).
/// Rules (`via`): `risks.table`, `risks.layout-columns`, `risks.summary-list`. Diagnostics:
/// `risks.ragged-row` (a row with fewer cells than the header: kept, never dropped).
public struct RiskExtractor: PaperExtractor {
    public init() {}

    public func extract(from segmented: SegmentedPaper) -> Contribution {
        let paper = segmented.paper, layout = segmented.layout
        var contribution = Contribution()
        for block in layout.blocks where block.kind == .table {
            guard let header = block.rows.first, RiskHeaderPattern.isRiskHeader(header) else { continue }
            let fields = header.map(RiskHeaderPattern.field(of:))
            for (index, row) in block.rows.enumerated().dropFirst() {
                let span = index < block.lines.count ? block.lines[index].span : block.span
                let filled = row.filter { !$0.isEmpty }.count
                if filled < header.filter({ !$0.isEmpty }).count {
                    contribution.diagnostics.append(Diagnostic(.warning, code: .raggedRow,
                                                               message: "risk table row has \(filled) cells, header has \(header.count)", span: span))
                }
                guard filled > 0 else { continue }
                contribution.risks.append(record(headers: header, fields: fields, cells: row, span: span, via: "risks.table",
                                                 confidence: 0.9, id: contribution.risks.count + 1))
            }
        }
        if paper.source.format == .pdf {
            let blocks = layout.blocks.filter { $0.kind != .table }.map(\.lines)
            var references: Set<String> = []
            var taken: [Span] = []
            for table in LayoutTable.tables(in: blocks) {
                let fields = table.headers.map(RiskHeaderPattern.field(of:))
                for row in table.rows {
                    contribution.risks.append(record(headers: table.headers, fields: fields, cells: row.cells, span: row.span,
                                                     via: "risks.layout-columns", confidence: 0.7, id: contribution.risks.count + 1))
                    if let first = row.cells.first, RiskSummaryList.isReference(first) { references.insert(first) }
                    taken.append(row.span)
                }
            }
            for row in RiskSummaryList.rows(in: blocks, references: references, taken: taken) {
                var cells: [String: String] = [:]
                for (index, (header, text)) in zip(row.headers, [row.reference, row.title] + row.rest).enumerated() {
                    cells[header ?? (index == 1 ? "Risk" : "column \(index + 1)")] = text
                }
                contribution.risks.append(RiskRow(id: "r\(contribution.risks.count + 1)", risk: row.title, description: nil, mitigation: nil,
                                                  likelihood: nil, impact: nil, rating: nil, owner: nil, cells: cells, span: row.span,
                                                  confidence: 0.6, via: "risks.summary-list"))
            }
        }
        return contribution
    }

    /// One risk from a row: `fields` are the risk fields of `headers` (read once per table).
    private func record(headers: [String], fields headerFields: [RiskHeaderPattern.Field?], cells: [String], span: Span,
                        via: String, confidence: Double, id: Int) -> RiskRow {
        var fields: [RiskHeaderPattern.Field: [String]] = [:]
        var printed: [String: String] = [:]
        for ((header, field), cell) in zip(zip(headers, headerFields), cells) where !cell.isEmpty {
            let key = header.isEmpty ? "column \(printed.count + 1)" : header
            printed[key] = printed[key].map { $0 + " " + cell } ?? cell
            if let field { fields[field, default: []].append(cell) }
        }
        func value(_ field: RiskHeaderPattern.Field) -> String? {
            fields[field].map { $0.joined(separator: " ") }
        }
        var risk = value(.risk)
        var description = value(.description)
        // One cell holding both, each part labelled ("Risk:- … Effects:- …").
        if let combined = risk ?? description, let parts = RiskHeaderPattern.labelledParts(of: combined),
           risk == nil || description == nil {
            risk = parts.risk
            description = parts.description.isEmpty ? nil : parts.description
        }
        return RiskRow(id: "r\(id)", risk: risk, description: description, mitigation: value(.mitigation),
                       likelihood: value(.likelihood), impact: value(.impact), rating: value(.rating), owner: value(.owner),
                       cells: printed, span: span, confidence: confidence, via: via)
    }
}
