/// Joins wrapped lines into running text: one space between lines, except that a line ending
/// in a hyphen after a letter is closed up with a next line starting in lower case
/// ("take-" + "up" → "take-up"), since pdftotext keeps the hyphen of a word split at a line end.
enum TextJoiner {
    static func join<S: Sequence>(_ lines: S) -> String where S.Element == String {
        var out = ""
        for line in lines {
            let part = line.trimmingSpaces()
            guard !part.isEmpty else { continue }
            if out.isEmpty {
                out = part
            } else if out.hasSuffix("-"), out.dropLast().last?.isLetterQuick == true, part.first?.isLowercaseQuick == true {
                out += part
            } else {
                out += " " + part
            }
        }
        return out
    }
}
