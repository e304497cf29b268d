/// What is known about a paper's source file. Holds no absolute path and no timestamp, so that
/// the same file gives the same record on every machine.
public struct SourceInfo: Codable, Hashable, Sendable {
    /// The path as given, relative to the input root (for `docket extract`, as typed).
    public var path: String
    public var format: SourceFormat
    /// Lower-case hex SHA-256 of the source bytes.
    public var sha256: String
    /// Size of the source in bytes.
    public var bytes: Int
    /// The character encoding the text was decoded from (`utf-8`, `utf-16le`, `windows-1252`, …).
    public var encoding: String
    /// Number of pages (PDF pages, or form-feed separated pages of text; 1 otherwise).
    public var pages: Int

    public init(path: String, format: SourceFormat, sha256: String, bytes: Int, encoding: String, pages: Int) {
        self.path = path
        self.format = format
        self.sha256 = sha256
        self.bytes = bytes
        self.encoding = encoding
        self.pages = pages
    }

    /// In key order (the raw values' bytes): `CanonicalEncoder` then writes each object
    /// as its members arrive, with no reordering.
    enum CodingKeys: String, CodingKey {
        case bytes, encoding, format, pages, path, sha256
    }
}
