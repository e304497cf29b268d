import DocketModel

/// Reads plain text (and the Markdown that scrapers export) into a `Layout`.
///
/// Requires: the file's bytes. Produces: pages (split at form feeds) of blocks — paragraphs
/// (runs of non-blank lines), tables (runs of tab-separated lines, or Markdown pipe tables),
/// and for Markdown also headings and list items. Diagnostics: those of `TextDecoder`.
/// Throws `DocketError` for empty, binary or white-space-only files.
public struct TextReader: Sendable {
    public struct Options: Codable, Sendable, Equatable {
        /// Read Markdown structure (`#` headings, bullets, pipe tables, front matter):
        /// `nil` (the default) decides from the file name (`.md`, `.markdown`).
        public var markdown: Bool?

        public init(markdown: Bool? = nil) {
            self.markdown = markdown
        }
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    public func read(bytes: [UInt8], path: String, sha256: String? = nil) throws -> Layout {
        let decoded = try TextDecoder().decode(bytes)
        let rawPages = LineSplitter.pages(of: decoded.text)
        let isMarkdown = options.markdown ?? Self.looksLikeMarkdownPath(path)
        var pages: [Page] = []
        var lineNumber = 0
        var sawText = false
        for (index, rawLines) in rawPages.enumerated() {
            let numbered = rawLines.map { raw -> (String, Int) in
                lineNumber += 1
                return (raw, lineNumber)
            }
            lineNumber += 1  // the form feed's own line in the normalized text
            let blocks = isMarkdown
                ? MarkdownBlocks.blocks(numbered, page: index + 1, frontMatterAllowed: index == 0)
                : Self.plainBlocks(numbered, page: index + 1)
            if !blocks.isEmpty { sawText = true }
            pages.append(Page(number: index + 1, blocks: blocks))
        }
        guard sawText else { throw DocketError(.empty, "the file holds only white space") }
        let source = SourceInfo(path: path, format: .text, sha256: sha256 ?? SHA256.hex(bytes), bytes: bytes.count,
                                encoding: decoded.encoding, pages: pages.count)
        return Layout(source: source, pages: pages, diagnostics: decoded.diagnostics)
    }

    static func looksLikeMarkdownPath(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".md") || lower.hasSuffix(".markdown")
    }

    /// Groups plain lines into paragraphs at blank lines, and runs of tab-separated lines into tables.
    static func plainBlocks(_ lines: [(String, Int)], page: Int) -> [Block] {
        var blocks: [Block] = []
        var paragraph: [Line] = []
        var table: [Line] = []
        func flushParagraph() {
            if !paragraph.isEmpty { blocks.append(Block(kind: .paragraph, lines: paragraph)) }
            paragraph = []
        }
        func flushTable() {
            if table.count >= 2 {
                blocks.append(TableBuilder.block(fromTabbed: table))
            } else if let only = table.first {
                blocks.append(Block(kind: .paragraph, lines: [Line(text: only.text.replacingTabs(), indent: only.indent, span: only.span)]))
            }
            table = []
        }
        for (raw, number) in lines {
            if number & 255 == 0, Deadline.expired { break }
            if RawLine.isBlank(raw) {
                flushParagraph()
                flushTable()
                continue
            }
            let line = RawLine.make(raw, page: page, line: number)
            if TableBuilder.isTabbedRow(line.text) {
                flushParagraph()
                table.append(line)
            } else {
                flushTable()
                paragraph.append(line)
            }
        }
        flushParagraph()
        flushTable()
        return blocks
    }
}

extension String {
    /// The string with each run of tabs replaced by one space.
    func replacingTabs() -> String {
        split(separator: "\t", omittingEmptySubsequences: true).joined(separator: " ")
    }
}
