import DocketModel

/// Builds `Layout.text` from the layout's lines and points every line's span into it: lines
/// joined by `\n`, a blank line between blocks, a `\f` line between pages.
enum TextIndexer {
    static func index(_ layout: inout Layout) {
        var text = ""
        var moved: [Int: Span] = [:]  // reader line number → normalized span
        var offset = 0
        var lineNumber = 1
        for pageIndex in layout.pages.indices {
            if pageIndex > 0 {
                text += "\u{0C}\n"
                offset += 2
                lineNumber += 1
            }
            for blockIndex in layout.pages[pageIndex].blocks.indices {
                if blockIndex > 0 {
                    text += "\n"
                    offset += 1
                    lineNumber += 1
                }
                let page = layout.pages[pageIndex].number
                for lineIndex in layout.pages[pageIndex].blocks[blockIndex].lines.indices {
                    let lineText = layout.pages[pageIndex].blocks[blockIndex].lines[lineIndex].text
                    let length = lineText.utf8.count
                    let span = Span(page: page, line: lineNumber, start: offset, end: offset + length)
                    moved[layout.pages[pageIndex].blocks[blockIndex].lines[lineIndex].span.line] = span
                    layout.pages[pageIndex].blocks[blockIndex].lines[lineIndex].span = span
                    text += lineText
                    text += "\n"
                    offset += length + 1
                    lineNumber += 1
                }
            }
        }
        layout.text = text
        // Links point at their line; a link whose line was dropped points at the text's start.
        layout.links = layout.links.map { link in
            var link = link
            link.span = moved[link.span.line] ?? Span(page: link.span.page, line: 1, start: 0, end: 0)
            return link
        }
    }
}
