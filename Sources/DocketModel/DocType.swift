/// The kind of paper: a closed vocabulary.
public enum DocType: String, Codable, Sendable, CaseIterable {
    /// A report to a decision-making body (cabinet report, committee report).
    case report
    /// Minutes of a meeting.
    case minutes
    /// A record of decision or decision notice.
    case decisionRecord = "decision_record"
    /// An agenda, agenda front sheet or meeting page.
    case agenda
    /// Anything else (risk registers, forward plans, evidence reviews).
    case other
}
