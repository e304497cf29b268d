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
        let text = header.lowercased()
        if text.contains("mitigat") || text.contains("action") || text.contains("control") || text.contains("response")
            || text.contains("treatment") { return .mitigation }
        if text.contains("likelihood") || text.contains("probability") { return .likelihood }
        if text.contains("impact") || text.contains("severity") { return .impact }
        if text.contains("rating") || text.contains("score") || text == "rag" || text.contains("risk level") { return .rating }
        if text.contains("owner") || text.contains("directorate") || text.contains("responsib") { return .owner }
        if text.contains("description") || text.contains("cause") || text.contains("source") || text.contains("event")
            || text.contains("consequence") || text.contains("effect") { return .description }
        if text == "risk" || text.contains("risk title") || text.contains("risk name") || text == "risks"
            || text.hasPrefix("risk ") && text.count <= 12 { return .risk }
        if text.contains("exposure") || text.contains("financial") { return nil }
        return nil
    }

    /// Whether a row of headers is a risk table's: a risk or description column plus at least
    /// one other risk column.
    public static func isRiskHeader(_ headers: [String]) -> Bool {
        let fields = headers.compactMap(field(of:))
        let kinds = Set(fields)
        return (kinds.contains(.risk) || kinds.contains(.description)) && kinds.count >= 2
    }
}
