/// Something odd about a paper that did not stop it from producing a record: a ragged table
/// row, a numbering slip, a fallback encoding. Carried in the output so that tests and users
/// can see it; what stops a paper is a thrown `DocketError` instead.
public struct Diagnostic: Codable, Hashable, Sendable {
    public enum Severity: String, Codable, Sendable, CaseIterable {
        case info, warning, error
    }

    /// The closed set of things a stage notes, each with a stable dotted code (`segment.numbering-slip`)
    /// that records and tests use.
    public enum Code: String, Codable, Sendable, CaseIterable {
        /// UTF-16 text without a byte-order mark, read from its zero bytes.
        case utf16WithoutBOM = "text.utf16-without-bom"
        /// Bytes that are not UTF-8, read as Windows-1252.
        case encodingFallback = "text.encoding-fallback"
        /// libxml2 recovered from errors in the HTML.
        case htmlParseErrors = "html.parse-errors"
        /// The HTML's declared encoding did not fit its bytes.
        case htmlEncodingMislabelled = "html.encoding-mislabelled"
        /// `pdftotext -layout` timed out and the text was read in reading order instead.
        case pdfLayoutTimeout = "pdf.layout-timeout"
        /// Bold and font sizes could not be read (`pdftohtml` missing, failed or timed out).
        case pdfTypographyUnavailable = "pdf.typography-unavailable"
        /// Running headers, footers or page numbers were removed.
        case furnitureRemoved = "normalize.furniture-removed"
        /// A section number out of sequence.
        case numberingSlip = "segment.numbering-slip"
        /// No heading found: the body is kept as one unheaded section.
        case noSections = "segment.no-sections"
        /// A table row with fewer or more cells than its header.
        case raggedRow = "risks.ragged-row"
    }

    public var severity: Severity
    public var code: Code
    /// A sentence for a person.
    public var message: String
    /// Where in the paper, when the diagnostic is about one place.
    public var span: Span?

    public init(_ severity: Severity, code: Code, message: String, span: Span? = nil) {
        self.severity = severity
        self.code = code
        self.message = message
        self.span = span
    }

    /// In key order (the raw values' bytes): `CanonicalEncoder` then writes each object
    /// as its members arrive, with no reordering.
    enum CodingKeys: String, CodingKey {
        case code, message, severity, span
    }
}
