import DocketModel

/// Builds `Layout.text` from the layout's lines and points every line's span into it: lines
/// joined by `\n`, a blank line between blocks, a `\f` line between pages.
enum TextIndexer {
    static func index(_ layout: inout Layout) {
        // The text is gathered as bytes, sized beforehand, and made a `String` once: appending
        // to a `String` line by line cost more than copying the lines' bytes.
        var size = 0
        var lineCount = 0
        for page in layout.pages {
            size += 2
            for block in page.blocks {
                size += 1
                lineCount += block.lines.count
                for line in block.lines { size += line.text.utf8.count + 1 }
            }
        }
        var text: [UInt8] = []
        text.reserveCapacity(size)
        var moved: [Int: Span] = [:]  // reader line number → normalized span
        moved.reserveCapacity(lineCount)
        var lineNumber = 1
        for pageIndex in layout.pages.indices {
            if pageIndex > 0 {
                text.append(0x0C)
                text.append(0x0A)
                lineNumber += 1
            }
            for blockIndex in layout.pages[pageIndex].blocks.indices {
                if blockIndex > 0 {
                    text.append(0x0A)
                    lineNumber += 1
                }
                let page = layout.pages[pageIndex].number
                for lineIndex in layout.pages[pageIndex].blocks[blockIndex].lines.indices {
                    var lineText = layout.pages[pageIndex].blocks[blockIndex].lines[lineIndex].text
                    let start = text.count
                    lineText.withUTF8 { text.append(contentsOf: $0) }
                    let span = Span(page: page, line: lineNumber, start: start, end: text.count)
                    moved[layout.pages[pageIndex].blocks[blockIndex].lines[lineIndex].span.line] = span
                    layout.pages[pageIndex].blocks[blockIndex].lines[lineIndex].span = span
                    text.append(0x0A)
                    lineNumber += 1
                }
            }
        }
        layout.text = String(decoding: text, as: UTF8.self)
        // Links point at their line; a link whose line was dropped points at the text's start.
        layout.links = layout.links.map { link in
            var link = link
            link.span = moved[link.span.line] ?? Span(page: link.span.page, line: 1, start: 0, end: 0)
            return link
        }
    }
}
