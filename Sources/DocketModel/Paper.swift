/// The record Docket produces for one paper (schema `docket.paper/1`, docs/DESIGN.md §4).
///
/// The segmenter creates it from a `Layout` (as a `SegmentedPaper`, which carries the layout
/// beside it); each extractor then fills one family of records.
public struct Paper: Codable, Hashable, Sendable {
    public static let schemaName = "docket.paper/1"

    public var schema: String = Paper.schemaName
    /// Stable id from the content hash of the source bytes: the first 20 hex digits of SHA-256.
    public var id: String
    public var source: SourceInfo
    /// The paper's title as printed.
    public var title: String?
    public var meeting: Meeting
    public var docType: DocType
    public var people: [Person] = []
    /// Text of the Summary or Purpose, if any.
    public var summary: String?
    /// Labelled front-matter fields as printed ("Decision No" → "24/00096"), keyed by label.
    public var fields: [String: String] = [:]
    public var sections: [Section] = []
    public var decisions: [Decision] = []
    public var risks: [RiskRow] = []
    public var contacts: [Contact] = []
    public var appendices: [Appendix] = []
    public var backgroundPapers: [BackgroundPaper] = []
    public var amounts: [Amount] = []
    /// Hyperlinks of an HTML paper (document links of agenda items, for example).
    public var links: [Link] = []
    public var diagnostics: [Diagnostic] = []

    public init(id: String, source: SourceInfo, title: String?, meeting: Meeting, docType: DocType) {
        self.id = id
        self.source = source
        self.title = title
        self.meeting = meeting
        self.docType = docType
    }

    /// All sections depth first in reading order.
    public var allSections: [Section] {
        var list: [Section] = []
        for section in sections { section.appendFlattened(to: &list) }
        return list
    }

    /// In key order (the raw values' bytes): `CanonicalEncoder` then writes each object
    /// as its members arrive, with no reordering.
    enum CodingKeys: String, CodingKey {
        case amounts, appendices
        case backgroundPapers = "background_papers"
        case contacts, decisions, diagnostics
        case docType = "doc_type"
        case fields, id, links, meeting, people, risks, schema, sections, source, summary, title
    }
}
