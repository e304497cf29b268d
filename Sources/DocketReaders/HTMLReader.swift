import DocketModel

/// Reads an HTML page (a report page, a ModernGov meeting or decision page, Word-exported HTML)
/// into a `Layout`, through libxml2.
///
/// Requires: the page's bytes. Produces: one page of blocks and the page's links
/// (`HTMLLayoutBuilder`). Diagnostics:
/// `html.encoding-mislabelled`, `html.parse-errors`, and those of `TextDecoder`. Throws
/// `DocketError` for an empty page, binary content, or a page with no text at all.
public struct HTMLReader: Sendable {
    public struct Options: Codable, Sendable, Equatable {
        public init() {}
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    public func read(bytes: [UInt8], path: String, sha256: String? = nil) throws -> Layout {
        let decoded = try HTMLEncoding.decode(bytes)
        let parsed = try LibXMLParser.parse(utf8: decoded.text)
        let (blocks, links) = HTMLLayoutBuilder.blocks(from: parsed.events)
        guard !blocks.isEmpty else { throw DocketError(.empty, "the page has no text content") }
        let source = SourceInfo(path: path, format: .html, sha256: sha256 ?? SHA256.hex(bytes), bytes: bytes.count,
                                encoding: decoded.encoding, pages: 1)
        return Layout(source: source, pages: [Page(number: 1, blocks: blocks)],
                      diagnostics: decoded.diagnostics + parsed.diagnostics, links: links)
    }
}
