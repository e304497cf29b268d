import DocketModel

/// What one extractor adds to a paper: one family of records and any diagnostics. Extractors
/// compute contributions in pure functions; `apply` attaches them in one step.
public struct Contribution: Sendable {
    public var people: [Person] = []
    public var decisions: [Decision] = []
    public var risks: [RiskRow] = []
    public var contacts: [Contact] = []
    public var appendices: [Appendix] = []
    public var backgroundPapers: [BackgroundPaper] = []
    public var amounts: [Amount] = []
    public var diagnostics: [Diagnostic] = []

    public init() {}

    /// Adds the contribution's records to `paper`.
    public func apply(to paper: inout Paper) {
        paper.people += people
        paper.decisions += decisions
        paper.risks += risks
        paper.contacts += contacts
        paper.appendices += appendices
        paper.backgroundPapers += backgroundPapers
        paper.amounts += amounts
        paper.diagnostics += diagnostics
    }
}
