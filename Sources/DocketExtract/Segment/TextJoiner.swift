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
    /// it, read from the last two bytes when the one before the hyphen is a whole character
    /// (`startsCharacter`, `isWholeASCIICharacter`; the hyphen is then one too), else character
    /// by character.
    private static func closesUp(_ text: String) -> Bool {
        guard text.utf8.last == UInt8(ascii: "-") else { return false }
        let letter: Bool?? = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            let before = bytes.count - 2
            guard before >= 0, bytes.startsCharacter(at: before), bytes.isWholeASCIICharacter(at: before) else { return nil }
            return (bytes[before] | 0x20) &- 0x61 < 26
        }
        if let letter = letter ?? nil { return letter }
        return text.hasSuffix("-") && text.dropLast().last?.isLetterQuick == true
    }
}
