/// The pattern for e-mail addresses, found by a scan outward from each `@`: a local part of
/// letters, digits and `._%+-'`, a domain of letters, digits, `-` and at least one dot.
/// Results are lower case; a trailing dot (end of sentence) is not part of the address.
public enum EmailPattern {
    public struct Match: Equatable, Sendable {
        /// The address in lower case.
        public var address: String
        /// Character offsets in the searched text.
        public var range: Range<Int>
    }

    public static func all(in text: String) -> [Match] {
        guard text.containsASCII("@") else { return [] }
        let chars = Array(text)
        var matches: [Match] = []
        for (at, char) in chars.enumerated() where char == "@" {
            var start = at
            while start > 0, isLocal(chars[start - 1]) { start -= 1 }
            var end = at + 1
            while end < chars.count, isDomain(chars[end]) { end += 1 }
            while end > at + 1, chars[end - 1] == "." || chars[end - 1] == "-" { end -= 1 }
            while start < at, chars[start] == "." { start += 1 }
            guard start < at, end > at + 1 else { continue }
            let domain = chars[(at + 1)..<end]
            guard domain.contains("."), domain.last?.isLetterQuick == true else { continue }
            matches.append(Match(address: String(chars[start..<end]).asciiLowercased(), range: start..<end))
        }
        return matches
    }

    private static func isLocal(_ char: Character) -> Bool {
        char.isASCII && (char.isLetterQuick || char.isNumberQuick || "._%+-'".contains(char))
    }

    private static func isDomain(_ char: Character) -> Bool {
        char.isASCII && (char.isLetterQuick || char.isNumberQuick || char == "-" || char == ".")
    }
}
