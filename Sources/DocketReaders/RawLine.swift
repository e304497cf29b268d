import DocketModel

/// Helpers that turn raw line strings into `Line` values with indentation measured.
enum RawLine {
    /// Builds a `Line` from a raw string: leading spaces and tabs become `indent`, trailing white
    /// space is dropped, and the span holds the page and the 1-based source line (byte offsets
    /// are filled by the normalizer).
    static func make(_ raw: String, page: Int, line: Int) -> Line {
        var indent = 0
        var start = raw.unicodeScalars.startIndex
        for scalar in raw.unicodeScalars {
            guard scalar == " " || scalar == "\t" else { break }
            indent += 1
            start = raw.unicodeScalars.index(after: start)
        }
        var text = Substring(raw.unicodeScalars[start...])
        while let last = text.unicodeScalars.last, last == " " || last == "\t" { text = text.dropLast() }
        return Line(text: String(text), indent: indent, span: Span(page: page, line: line, start: 0, end: 0))
    }

    static func isBlank(_ raw: String) -> Bool {
        raw.unicodeScalars.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" }
    }
}
