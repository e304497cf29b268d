import DocketModel

/// An extraction stage: reads a segmented paper and returns one family of records.
/// Extractors never call one another; `StageRegistry` names them (`extract.amounts@1`).
public protocol PaperExtractor: Sendable {
    func extract(from segmented: SegmentedPaper) -> Contribution
}
