import DocketModel

/// Helpers that turn raw line strings into `Line` values with indentation measured.
enum RawLine {
    /// Builds a `Line` from a raw string: leading spaces and tabs become `indent`, trailing white
    /// space is dropped, and the span holds the page and the 1-based source line (byte offsets
    /// are filled by the normalizer).
    static func make(_ raw: String, page: Int, line: Int) -> Line {
        // A space or a tab is one byte, so the indent counts bytes.
        var indent = 0
        var start = raw.utf8.startIndex
        while start != raw.utf8.endIndex, raw.utf8[start] == 0x20 || raw.utf8[start] == 0x09 {
            indent += 1
            raw.utf8.formIndex(after: &start)
        }
        var text = Substring(raw.unicodeScalars[start...])
        while let last = text.unicodeScalars.last, last == " " || last == "\t" { text = text.dropLast() }
        return Line(text: String(text), indent: indent, span: Span(page: page, line: line, start: 0, end: 0))
    }

    /// Whether the line holds nothing but spaces, tabs and no-break spaces (U+00A0, the bytes
    /// C2 A0 in UTF-8).
    static func isBlank(_ raw: String) -> Bool {
        var bytes = raw.utf8.makeIterator()
        while let byte = bytes.next() {
            switch byte {
            case 0x20, 0x09: continue
            case 0xC2 where bytes.next() == 0xA0: continue
            default: return false
            }
        }
        return true
    }
}
