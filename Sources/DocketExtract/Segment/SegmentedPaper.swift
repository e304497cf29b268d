import DocketModel

/// What the segmenter hands the extractors: the record so far (front matter and the section
/// tree) and the normalized layout it was read from, whose lines, table rows and pages the
/// extractors read. The layout is input only; it never goes into the record.
public struct SegmentedPaper: Sendable {
    public var paper: Paper
    public let layout: Layout

    public init(paper: Paper, layout: Layout) {
        self.paper = paper
        self.layout = layout
    }
}
