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

    /// Whether a row of headers is a risk table's: a risk or description column plus at least
    /// one other risk column.
    public static func isRiskHeader(_ headers: [String]) -> Bool {
        let fields = headers.compactMap(field(of:))
        let kinds = Set(fields)
        return (kinds.contains(.risk) || kinds.contains(.description)) && kinds.count >= 2
    }
}
