import Docket
import DocketExtract
import DocketModel
import DocketReaders

/// A small paper written inline in a test, run through the whole text pipeline: read as text
/// (or Markdown, by `path`), normalized, segmented and given every standard extractor's records.
enum TextPaper {
    static func extracted(_ text: String, path: String = "paper.txt") throws -> Paper {
        let segmented = Segmenter().segment(Normalizer().normalize(try TextReader().read(bytes: Array(text.utf8), path: path)))
        return Pipeline.standard.extractors.apply(to: segmented)
    }
}
