/// The pattern for the column headers of risk tables and registers, mapped onto the fields of
/// a risk record: "Risk" / "Risk Title" → risk; "Description", "Source/Cause", "Risk Event",
/// "Consequence" → description (joined in column order); "Action to avoid or mitigate risk",
/// "Mitigation", "Controls" → mitigation; "Likelihood", "Impact", "Rating"/"Score" and
/// "Owner"/"Directorate" → their fields.
public enum RiskHeaderPattern {
    public enum Field: String, Sendable, CaseIterable {
        case risk, description, mitigation, likelihood, impact, rating, owner
    }

    /// The field a printed header maps to, or nil for a column the record keeps only in `cells`.
    public static func field(of header: String) -> Field? {
        let text = header.asciiLowercased()
        // "Comments and progress of actions": a report on the actions, kept in `cells` only.
        if text.utf8Contains("progress") { return nil }
        if text.utf8Contains("mitigat") || text.utf8Contains("action") || text.utf8Contains("control") || text.utf8Contains("response")
            || text.utf8Contains("treatment") { return .mitigation }
        if text.utf8Contains("likelihood") || text.utf8Contains("probability") { return .likelihood }
        if text.utf8Contains("impact") || text.utf8Contains("severity") { return .impact }
        if text.utf8Contains("rating") || text.utf8Contains("score") || text == "rag" || text.utf8Contains("risk level")
            || text.utf8Contains("level of risk") { return .rating }
        if text.utf8Contains("owner") || text.utf8Contains("directorate") || text.utf8Contains("responsib") { return .owner }
        if text.utf8Contains("description") || text.utf8Contains("cause") || text.utf8Contains("source") || text.utf8Contains("event")
            || text.utf8Contains("consequence") || text.utf8Contains("effect") { return .description }
        if text == "risk" || text.utf8Contains("risk title") || text.utf8Contains("risk name") || text == "risks"
            || text.hasPrefix("risk ") && text.count <= 12 { return .risk }
        if text.utf8Contains("exposure") || text.utf8Contains("financial") { return nil }
        return nil
    }

    /// Labels a register prints inside one cell that holds both the risk and its effects
    /// (a "Risk and effects" column: "Risk:- Failure of IT systems Effects:- Failure to secure
    /// …"): the risk's own label, and the labels of its description.
    static let riskCellLabel = "risk:"
    static let descriptionCellLabels = ["effects:", "effect:", "consequences:", "consequence:", "causes:", "cause:", "impact:"]

    /// A cell that labels its parts: the risk (after "Risk:", without the dash that may follow
    /// the colon or a score printed into the cell before the title) and the description (the
    /// labelled parts after it, labels removed). `nil` when the cell has no such labels.
    public static func labelledParts(of cell: String) -> (risk: String, description: String)? {
        let lower = cell.asciiLowercased()
        guard let riskLabel = lower.utf8Range(of: riskCellLabel) else { return nil }
        let afterRisk = lower[riskLabel.upperBound...]
        guard let firstDescription = descriptionCellLabels.compactMap({ afterRisk.utf8Range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound })
        else { return nil }
        func trimmed(_ text: Substring) -> String {
            var words = text.split(separator: " ")
            while let first = words.first, first.allSatisfy({ $0 == "-" || $0 == "–" }) || first.allSatisfy(\.isNumberQuick) { words.removeFirst() }
            return words.joined(separator: " ")
        }
        // Lower-casing ASCII keeps every byte where it was, so the ranges hold in `cell`.
        let risk = trimmed(Substring(cell.utf8[riskLabel.upperBound..<firstDescription.lowerBound]))
        let description = cell.utf8[firstDescription.upperBound...].split(separator: UInt8(ascii: " ")).map { Substring($0) }.filter { word in
            let bare = word.asciiLowercased().trimming { $0 == "-" || $0 == "–" }
            return !descriptionCellLabels.contains(bare)
        }.joined(separator: " ")
        guard !risk.isEmpty else { return nil }
        return (risk, trimmed(Substring(description)))
    }

    /// Whether a row of headers is a risk table's: a risk or description column plus at least
    /// one other risk column.
    public static func isRiskHeader(_ headers: [String]) -> Bool {
        let fields = headers.compactMap(field(of:))
        let kinds = Set(fields)
        return (kinds.contains(.risk) || kinds.contains(.description)) && kinds.count >= 2
    }
}
