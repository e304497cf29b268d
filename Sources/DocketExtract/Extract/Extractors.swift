import DocketModel

/// An ordered list of extractors run over a paper.
public struct Extractors: Sendable {
    public var stages: [any PaperExtractor]

    public init(_ stages: [any PaperExtractor]) {
        self.stages = stages
    }

    /// Runs each extractor on the paper as segmented, then applies all contributions to its
    /// record. Once the paper's `Deadline` has passed no further extractor starts (the caller
    /// then discards the paper).
    public func apply(to segmented: SegmentedPaper) -> Paper {
        var contributions: [Contribution] = []
        for stage in stages {
            if Deadline.expired { break }
            contributions.append(stage.extract(from: segmented))
        }
        var paper = segmented.paper
        for contribution in contributions { contribution.apply(to: &paper) }
        return paper
    }
}
