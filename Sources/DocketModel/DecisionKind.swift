/// Whether a decision is proposed, resolved by a meeting, or taken by a decision maker.
public enum DecisionKind: String, Codable, Sendable, CaseIterable {
    case recommendation, resolution, decision
}
