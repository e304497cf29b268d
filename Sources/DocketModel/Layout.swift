/// The stage boundary between readers and extraction: a paper's pages of blocks, with the
/// normalized text every span points into.
///
/// Readers produce a `Layout` with `text` empty and spans holding only page and line; the
/// normalizer repairs the lines and then fills `text` and every span's byte offsets.
public struct Layout: Codable, Hashable, Sendable {
    /// What the reader knew about the file (format, encoding, page count, hash).
    public var source: SourceInfo
    /// Pages in order.
    public var pages: [Page]
    /// The normalized text: lines joined by `\n`, pages separated by `\f`. Filled by the
    /// normalizer; every `Span`'s byte offsets point into its UTF-8 form.
    public var text: String
    /// Odd things the reader or normalizer noticed.
    public var diagnostics: [Diagnostic]
    /// Hyperlinks (HTML only), each pointing at the line its text is on.
    public var links: [Link]
    /// The running headers and footers the normalizer removed, one of each text in the order
    /// first met: not the paper's content, but what it says about the paper ("Council Agenda:
    /// 08-31-2021", "Contact the Office of the City Clerk at …") is still read from them.
    public var furniture: [String] = []

    public init(source: SourceInfo, pages: [Page], text: String = "", diagnostics: [Diagnostic] = [], links: [Link] = []) {
        self.source = source
        self.pages = pages
        self.text = text
        self.diagnostics = diagnostics
        self.links = links
    }

    /// Every block of every page, in reading order.
    public var blocks: [Block] { pages.flatMap(\.blocks) }

    /// In key order (the raw values' bytes): `CanonicalEncoder` then writes each object
    /// as its members arrive, with no reordering.
    enum CodingKeys: String, CodingKey {
        case diagnostics, furniture, links, pages, source, text
    }
}
