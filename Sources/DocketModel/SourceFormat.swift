/// The file formats Docket reads.
public enum SourceFormat: String, Codable, Sendable, CaseIterable {
    case text, html, pdf
}
