/// The pattern for one line of a body's membership as agendas print it in their masthead, one
/// member a line: "Emmanuel J. Estrada - Mayor/Chair", "Margaret Abe-Koga, Mayor", "President
/// Cynthia McClain-Hill", "Commissioner Mia Lehrer". The title must be a member's office (mayor,
/// councilmember, commissioner, chair, president, trustee, …): "Kimbra McCarthy, City Manager"
/// is staff, not a member.
public enum MemberLinePattern {
    public struct Member: Equatable, Sendable {
        public var name: String
        public var title: String
    }

    /// Offices a body's members hold, lower case, longest first where one begins another.
    static let offices = [
        "mayor pro tem", "vice mayor", "deputy mayor", "mayor", "councilmember", "council member", "councilman", "councilwoman",
        "councillor", "commissioner", "vice chairperson", "vice chairman", "vice chair", "vice-chair", "chairperson", "chairman",
        "chairwoman", "chair", "vice president", "president", "member", "trustee", "alderman", "alderwoman", "supervisor",
        "deputy reeve", "reeve",
    ]

    /// The members a printed line holds: one, or one in each column of a line set in columns
    /// ("Margaret Abe-Koga, Mayor      Kimbra McCarthy, City Manager"); a name and its office
    /// across a gap around their dash ("Rich Constantine        -   Mayor") are one.
    public static func members(inLine line: String) -> [Member] {
        if isOneLongColumn(line) { return [] }
        var columns: [String] = []
        var current = ""
        var spaces = 0
        for char in line {
            if char == " " { spaces += 1; continue }
            if spaces > 0 {
                // A gap of three or more spaces starts a new column, unless a dash stands
                // between a name and its office across it.
                let dashAhead = char == "-" || char == "–"
                let afterDash = current.hasSuffix(" -") || current.hasSuffix(" –") || current == "-" || current == "–"
                if spaces >= 3, !dashAhead, !afterDash, !current.isEmpty {
                    columns.append(current)
                    current = ""
                } else if !current.isEmpty {
                    current.append(" ")
                }
                spaces = 0
            }
            current.append(char)
        }
        if !current.isEmpty { columns.append(current) }
        return columns.compactMap(member(in:))
    }

    /// Whether an ASCII line has no gap of three spaces — it is then one column, its spaces
    /// closed up — and is longer so than any member's line `member(in:)` reads (90 bytes): most
    /// lines of prose, ruled out from their bytes before they are cut into characters.
    static func isOneLongColumn(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { bytes in
            var length = 0
            var spaces = 0
            for byte in bytes {
                guard byte < 0x80 else { return false }
                if byte == 0x20 {
                    spaces += 1
                    if spaces == 3 { return false }
                    continue
                }
                if spaces > 0, length > 0 { length += 1 }
                spaces = 0
                length += 1
            }
            return length > 90
        }
    }

    /// Reads `line` as a member's line, or `nil`.
    public static func member(in line: String) -> Member? {
        let text = line.trimmingSpaces()
        guard text.utf8.count <= 90, !text.containsASCII(":"), !text.containsASCII("@") else { return nil }
        // "Name - Title", "Name – Title", "Name, Title".
        for separator in [" - ", " – ", ", "] {
            guard let range = text.utf8Range(of: separator) else { continue }
            let name = String(text[..<range.lowerBound]).trimmingSpaces()
            let title = String(text[range.upperBound...]).trimmingSpaces()
            guard isMemberTitle(title), isName(name) else { continue }
            return Member(name: name, title: title)
        }
        // "Vice President Susana Reyes", "Commissioner Mia Lehrer".
        let lower = text.asciiLowercased()
        for office in offices where lower.hasPrefix(office + " ") {
            let name = String(text.dropFirst(office.count)).trimmingSpaces()
            guard isName(name) else { return nil }
            return Member(name: name, title: String(text.prefix(office.count)))
        }
        return nil
    }

    /// A title naming a member's office ("Mayor/Chair", "Councilmember/Member", "Vice-Chair",
    /// "Mayor Pro Tem/Vice Chair"), not a staff post ("City Manager", "Director of Planning").
    static func isMemberTitle(_ title: String) -> Bool {
        guard title.wordCount <= 6, let first = title.first, first.isUppercaseQuick else { return false }
        let parts = title.asciiLowercased().split(whereSeparator: { $0 == "/" || $0 == "," }).map { $0.trimmingSpaces() }
        return !parts.isEmpty && parts.allSatisfy { part in offices.contains(part) || part.hasPrefix("district ") || part.hasPrefix("ward ") }
    }

    /// Two to five words, each a capitalised name word or an initial ("Paul C. Hernandez").
    static func isName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (2...5).contains(words.count) else { return false }
        return words.allSatisfy { word in
            guard let first = word.first, first.isUppercaseQuick else { return false }
            return word.allSatisfy { $0.isLetterQuick || $0 == "." || $0 == "-" || $0 == "'" || $0 == "’" }
        } && words.contains { $0.count >= 3 && $0.dropFirst().contains(where: \.isLowercaseQuick) }
    }
}
