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

/// An extraction stage: reads a segmented paper and returns one family of records.
/// Extractors never call one another.
public protocol PaperExtractor: Sendable {
    /// The stable, versioned stage name (`extract.amounts@1`).
    static var stageName: String { get }
    func extract(from paper: Paper) -> Contribution
}

/// An ordered list of extractors run over a paper.
public struct Extractors: Sendable {
    public var stages: [any PaperExtractor]

    public init(_ stages: [any PaperExtractor]) {
        self.stages = stages
    }

    /// Runs each extractor on the paper as segmented, then applies all contributions. Once the
    /// paper's `Deadline` has passed no further extractor starts (the caller then discards the
    /// paper).
    public func apply(to paper: inout Paper) {
        var contributions: [Contribution] = []
        for stage in stages {
            if Deadline.expired { return }
            contributions.append(stage.extract(from: paper))
        }
        for contribution in contributions { contribution.apply(to: &paper) }
    }
}
