/// The role a person has in a paper: a closed vocabulary.
public enum PersonRole: String, Codable, Sendable, CaseIterable {
    case portfolioHolder = "portfolio_holder"
    case cabinetMember = "cabinet_member"
    case reportFrom = "report_from"
    case author
    case decisionMaker = "decision_maker"
    case responsibleOfficer = "responsible_officer"
    case presentingOfficer = "presenting_officer"
    case executiveDirectorLead = "executive_director_lead"
    case chair
    case viceChair = "vice_chair"
    case present
    case inAttendance = "in_attendance"
    case apologies
    /// A member of the body, as an agenda lists its membership.
    case member
    /// Who signs a resolution or ordinance as adopted (the mayor, the chair).
    case signatory
    /// Who attests the signature (the clerk).
    case attest
}
