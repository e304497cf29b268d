/// Something odd about a paper that did not stop it from producing a record: a ragged table
/// row, a numbering slip, a fallback encoding. Carried in the output so that tests and users
/// can see it; what stops a paper is a thrown `DocketError` instead.
public struct Diagnostic: Codable, Hashable, Sendable {
    public enum Severity: String, Codable, Sendable, CaseIterable {
        case info, warning, error
    }

    public var severity: Severity
    /// A stable, dotted code such as `text.encoding-fallback` or `segment.numbering-slip`.
    public var code: String
    /// A sentence for a person.
    public var message: String
    /// Where in the paper, when the diagnostic is about one place.
    public var span: Span?

    public init(_ severity: Severity, code: String, message: String, span: Span? = nil) {
        self.severity = severity
        self.code = code
        self.message = message
        self.span = span
    }

    enum CodingKeys: String, CodingKey {
        case severity, code, message, span
    }
}
