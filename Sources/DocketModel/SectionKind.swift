/// The canonical kind of a section, drawn from the headings councils use (docs/DESIGN.md §4).
public enum SectionKind: String, Codable, Sendable, CaseIterable {
    case summary
    case purpose
    case budgetPolicyFramework = "budget_policy_framework"
    case background
    case options
    case adviceAnalysis = "advice_analysis"
    case riskManagement = "risk_management"
    case consultation
    case climateChangeImplications = "climate_change_implications"
    case equalityImplications = "equality_implications"
    case financialImplications = "financial_implications"
    case legalImplications = "legal_implications"
    case recommendations
    case reasonsForDecision = "reasons_for_decision"
    case contact
    case appendices
    case backgroundPapers = "background_papers"
    case minuteItem = "minute_item"
    case other
}
