/// The pattern for attendance lists in minutes and decision notices: "Mr R W Gough (Chairman),
/// Mr N Baker, Mrs S Chandler and Mr R J Thomas", "Councillors: Ed Plowden (Chair), Graham
/// Morris (Vice-Chair), …", one "Councillor Emma Edwards, Leader of the Green Group" per line,
/// "apologies from Mr Bond, Mrs Bruneau and Mr McInroy".
public enum AttendanceListPattern {
    public struct Entry: Equatable, Sendable {
        public var honorific: String?
        public var name: String
        /// The bracketed or trailing title ("Chairman", "Director of Public Health").
        public var title: String?
    }

    static let honorificWords = ["Councillor", "Cllr", "Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady", "Professor", "Canon"]

    /// The people in a list, in order.
    public static func entries(in text: String) -> [Entry] {
        var body = text.trimmingSpaces()
        if let colon = body.firstIndex(of: ":"), body.distance(from: body.startIndex, to: colon) <= 20,
           !body[..<colon].contains(where: { $0 == "(" }) {
            body = String(body[body.index(after: colon)...])  // "Councillors: …"
        }
        var entries: [Entry] = []
        for part in parts(of: body) {
            let trimmed = part.trimmingSpaces().trimming(characters: ".;-–")
            guard !trimmed.isEmpty, !PersonNamePattern.postNominals.contains(trimmed) else { continue }
            var core = trimmed
            var title: String?
            if let open = core.firstIndex(of: "("), core.hasSuffix(")") {
                title = String(core[core.index(after: open)..<core.index(before: core.endIndex)]).collapsingSpaces()
                core = String(core[..<open]).trimmingSpaces()
            }
            if let match = PersonNamePattern.match(core), match.rest.isEmpty || PersonNamePattern.postNominals.contains(match.rest) {
                entries.append(Entry(honorific: match.honorific, name: match.name, title: title))
            } else if title != nil, core.wordCount == 1, core.first?.isUppercase == true,
                      core.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "'" }) {
                entries.append(Entry(honorific: nil, name: core, title: title))  // "McKay (Acting Chief Accountant)"
            } else if let match = PersonNamePattern.match(core) {
                entries.append(Entry(honorific: match.honorific, name: match.name, title: title ?? match.rest))
            } else if !entries.isEmpty, entries[entries.count - 1].title == nil, core.first?.isUppercase == true {
                entries[entries.count - 1].title = core  // "Councillor Emma Edwards, Leader of the Green Group"
            }
        }
        return entries
    }

    /// Splits at commas and " and " outside brackets, and before an honorific that starts a new
    /// name in a run of names printed one per line.
    static func parts(of text: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var depth = 0
        let chars = Array(text)
        var index = 0
        while index < chars.count {
            let char = chars[index]
            if char == "(" { depth += 1 }
            if char == ")" { depth = max(0, depth - 1) }
            if depth == 0 {
                if char == "," || char == ";" {
                    parts.append(current); current = ""; index += 1; continue
                }
                if char == " ", String(chars[index..<min(chars.count, index + 5)]) == " and " {
                    parts.append(current); current = ""; index += 5; continue
                }
                if char == " ", honorificWords.contains(where: { startsWord($0, chars, index + 1) }),
                   current.trimmingSpaces().wordCount >= 2 {
                    parts.append(current); current = ""; index += 1; continue
                }
            }
            current.append(char)
            index += 1
        }
        parts.append(current)
        return parts
    }

    private static func startsWord(_ word: String, _ chars: [Character], _ at: Int) -> Bool {
        let end = at + word.count
        guard end < chars.count, String(chars[at..<end]) == word else { return false }
        return chars[end] == " " || chars[end] == "."
    }
}
