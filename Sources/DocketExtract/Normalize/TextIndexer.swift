import DocketModel

/// Builds `Layout.text` from the layout's lines and points every line's span into it: lines
/// joined by `\n`, a blank line between blocks, a `\f` line between pages.
enum TextIndexer {
    static func index(_ layout: inout Layout) {
        var text = ""
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
                    layout.pages[pageIndex].blocks[blockIndex].lines[lineIndex].span =
                        Span(page: page, line: lineNumber, start: offset, end: offset + length)
                    text += lineText
                    text += "\n"
                    offset += length + 1
                    lineNumber += 1
                }
            }
        }
        layout.text = text
    }
}
