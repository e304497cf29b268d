/// What a decision does, from its leading verb: a closed vocabulary.
public enum DecisionAction: String, Codable, Sendable, CaseIterable {
    case note, approve, agree, adopt, delegate, recommend, endorse, authorise, reject, `defer`
    case refer, consider, allocate, confirm, appoint, request, other
}
