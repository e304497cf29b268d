/// The pattern for a person's name as papers print it: an optional honorific ("Councillor",
/// "Cllr", "Mr", "Dr", …), then capitalised words and initials ("Mike O'Brien", "R W Gough",
/// "Sue Brunton-Reed"), then optional post-nominals ("OBE") — and what follows (a job title
/// or portfolio after a comma, colon or dash).
public enum PersonNamePattern {
    public struct Match: Equatable, Sendable {
        public var honorific: String?
        public var name: String
        /// What followed the name, without the separating comma, colon or dash.
        public var rest: String
    }

    static let honorifics: [String] = [
        "the rt hon", "councillor", "cllr.", "cllr", "mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "miss", "dr",
        "sir", "dame", "lord", "lady", "professor", "prof.", "prof", "revd", "rev", "canon",
        "vice mayor", "deputy mayor", "mayor", "councilmember", "council member", "commissioner", "reeve", "alderman",
    ]
    static let postNominals: Set<String> = ["OBE", "MBE", "CBE", "KBE", "DBE", "JP", "MP", "DL", "BEM", "QC", "KC", "FRCP", "PhD"]
    /// Words that start a job title, not a name.
    static let jobWords: Set<String> = [
        "director", "manager", "officer", "head", "chief", "executive", "assistant", "corporate", "cabinet", "member",
        "leader", "council", "team", "lead", "services", "programme", "deputy", "strategic", "interim", "general",
        "counsel", "job", "portfolio", "chairman", "chair", "vice-chairman", "democratic", "senior", "principal",
        "county", "city", "borough", "district", "committee", "group", "for", "of", "and", "the", "service",
        "telephone", "email", "contact", "details", "address", "number", "report", "author", "relevant",
        "commission", "board", "department", "division", "office", "authority", "agency", "panel", "township", "village",
    ]

    /// Reads a name from the start of `text`, or returns `nil` when no plausible name starts it.
    public static func match(_ text: String) -> Match? {
        var rest = Substring(text.trimmingSpaces())
        var honorific: String?
        let lower = rest.prefix(24).asciiLowercased()  // honorifics are short
        for candidate in honorifics where lower.hasPrefix(candidate) && lower.dropFirst(candidate.count).first == " " {
            honorific = String(rest.prefix(candidate.count))
            rest = rest.dropFirst(candidate.count).drop { $0 == " " }
            break
        }
        var words: [Substring] = []
        var remainder = rest
        while let word = remainder.split(separator: " ", maxSplits: 1).first {
            var token = word
            var stop = false
            if token.lastCharacter(isOneOf: ",:;") == true {
                token = token.dropLast()
                stop = true
            }
            guard isNameToken(token), !(words.count >= 1 && jobWords.contains(token.asciiLowercased())) else { break }
            if postNominals.contains(String(token)) { remainder = remainder.dropFirst(word.count).drop { $0 == " " }; break }
            words.append(token)
            remainder = remainder.dropFirst(word.count).drop { $0 == " " }
            if stop { break }
        }
        // Drop post-nominals that follow a comma ("Paul Carter, CBE").
        var after = remainder.trimmingSpaces()
        while let comma = after.firstIndex(ofASCII: ","), postNominals.contains(after[..<comma].trimmingSpaces()) {
            after = after[after.index(after: comma)...].trimmingSpaces()
        }
        if postNominals.contains(after) { after = "" }
        if let first = after.first, ",:–-".contains(first) { after = after.dropFirst().trimmingSpaces() }
        guard isPlausible(words, honorific: honorific) else { return nil }
        return Match(honorific: honorific, name: words.joined(separator: " "), rest: after)
    }

    private static func isNameToken(_ token: Substring) -> Bool {
        guard let first = token.first, first.isUppercaseQuick else { return false }
        return token.allSatisfy { $0.isLetterQuick || $0 == "-" || $0 == "'" || $0 == "’" || $0 == "." }
    }

    private static func isPlausible(_ words: [Substring], honorific: String?) -> Bool {
        guard !words.isEmpty, words.count <= 5 else { return false }
        if words.count == 1 && honorific == nil { return false }
        if jobWords.contains(words[0].asciiLowercased()) { return false }
        // At least one word written like a name (Capitalised, not ALL CAPS), or initials plus a surname.
        return words.contains { $0.count >= 2 && $0.dropFirst().contains(where: \.isLowercaseQuick) }
    }
}
