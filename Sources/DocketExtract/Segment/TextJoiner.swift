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
            } else if closesUp(out), part.first?.isLowercaseQuick == true {
                out.append(part)
            } else {
                out.append(" ")
                out.append(part)
            }
        }
        return out
    }

    /// Whether the text ends in a hyphen after a letter: `hasSuffix("-")` and a letter before
    /// it, read from the last bytes when the last three are ASCII (the last two are then
    /// characters of their own), else character by character.
    private static func closesUp(_ text: String) -> Bool {
        let bytes = text.utf8
        guard bytes.last == UInt8(ascii: "-") else { return false }
        let before = bytes.dropLast().suffix(2)
        if before.count == 2, before.allSatisfy({ $0 < 0x80 }), let letter = before.last { return (letter | 0x20) &- 0x61 < 26 }
        return text.hasSuffix("-") && text.dropLast().last?.isLetterQuick == true
    }
}
