import DocketModel

/// The pattern for attendance lists in minutes and decision notices, in the conventions councils
/// print them:
///
/// - names with honorifics and bracketed titles, split at commas, semicolons and "and": "Mr R W
///   Gough (Chairman), Sir Paul Carter, CBE, McKay (Acting Chief Accountant) and Ms J Meade";
/// - a plural honorific over a run of names: "Mayor Tom Piper and Councillors Tom Butler, Shelly
///   Foote and Dave Yemm", "Councillors D Richardson (Chair) R Healey, P Moran";
/// - names one after another without commas, each behind an honorific or a column gap:
///   "Cllr Janet Taylor Vice Chair Cllr Trudy Mann", "M Armstrong      Clerk J Connelly";
/// - a job title before the name ("Operations Superintendent Dan MacInnis; Fire Chief Will
///   Bateman") or after it ("Helen Richardson Parish Clerk", "Cllr Martin Storey Norfolk County
///   Council");
/// - surnames alone, as US roll calls print them: "Brown, Denlay, Huber, Morgan".
///
/// Counts and placeholders ("6 Members of the Public", "None", "Two Members") are not people.
public enum AttendanceListPattern {
    public struct Entry: Equatable, Sendable {
        public var honorific: String?
        public var name: String
        /// The bracketed or trailing title ("Chairman", "Director of Public Health").
        public var title: String?
        /// Whether the list names this person a councillor ("Cllr Mrs M Leamon", "Councillors
        /// D Richardson, S Linsley"), whatever honorific is kept.
        public var isCouncillor = false

        public init(honorific: String?, name: String, title: String?, isCouncillor: Bool = false) {
            self.honorific = honorific
            self.name = name
            self.title = title
            self.isCouncillor = isCouncillor
        }
    }

    /// Offices that make the one they name a member of the body.
    static let councillorOffices: Set<String> = [
        "councillor", "councillors", "cllr", "cllrs", "councilmember", "councilmembers", "alderman", "aldermen", "commissioner",
        "commissioners", "trustee", "trustees",
    ]

    static let honorificWords = ["Councillor", "Cllr", "Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady", "Professor", "Canon",
                                 "Mayor", "Councilmember", "Councilman", "Councilwoman", "Alderman", "Reeve", "Commissioner", "Trustee"]
    /// Honorifics and offices that stand before a name, lower case, without a full stop; plural
    /// forms serve the names that follow them.
    static let leadingOffices: Set<String> = [
        "councillor", "councillors", "cllr", "cllrs", "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "professor",
        "prof", "canon", "rev", "revd", "mayor", "deputy", "vice", "reeve", "councilmember", "councilmembers", "councilman",
        "councilwoman", "council", "member", "members", "alderman", "aldermen", "commissioner", "commissioners", "trustee",
        "trustees", "chair", "chairman", "chairwoman", "chairperson", "president", "borough", "county", "district", "parish",
        "city", "town", "clerk", "&", "pro", "tem",
    ]
    /// Words of job titles, which never form part of a name.
    static let jobWords: Set<String> = [
        "superintendent", "administrator", "clerk", "treasurer", "chief", "officer", "manager", "director", "engineer",
        "planner", "assistant", "coordinator", "co-ordinator", "supervisor", "attorney", "solicitor", "secretary", "inspector",
        "accountant", "analyst", "warden", "deputy", "head", "lead", "executive", "consultant", "advisor", "adviser",
        "technician", "specialist", "commissioner", "chair", "chairman", "vice", "vice-chair", "president", "council",
        "county", "borough", "district", "parish", "city", "town", "services", "service", "department", "representative",
        "guest", "member", "members", "public", "police", "fire", "mayor", "responsible", "financial", "finance", "legal",
        "democratic", "principal", "senior", "interim", "acting", "auditor", "ranger", "caretaker", "handyman", "pcso",
        "leader", "warden", "steward", "municipal", "administrative", "group", "party", "ward", "division", "labour",
        "conservative", "democrat", "democrats", "independent", "green", "commission", "committee", "board", "meetings",
    ]

    /// The people in a list, in order.
    public static func entries(in text: String) -> [Entry] {
        var body = text.trimmingSpaces()
        if let colon = body.firstIndex(ofASCII: ":", withinCharacters: 41),
           !body[..<colon].contains(where: { $0 == "(" }), isListLabel(String(body[..<colon])) {
            body = String(body[body.index(after: colon)...])  // "Councillors: …"
        }
        // "… C. Humphries together with 5 members of the public.": the count is no name.
        for tail in [" together with ", " plus "] {
            if let range = body.utf8Range(of: tail) { body = String(body[..<range.lowerBound]) }
        }
        // "R. Lankfer - Chairman: Mrs. Willis: P. Markwell : D. Pickston": names between colons.
        if !body.containsASCII(","), body.utf8.filter({ $0 == UInt8(ascii: ":") }).count >= 2 {
            body = body.replacingOccurrences(of: ":", with: ",")
        }
        let parts = parts(of: body)
        // A roll call of surnames alone ("Brown, Denlay, Huber"): every part one capitalised word.
        let surnamesOnly = parts.count >= 2 && parts.allSatisfy { part in
            let words = part.trimmingSpaces().trimming(characters: ".;").split(separator: " ")
            return words.count == 1 && words[0].first?.isUppercaseQuick == true && words[0].allSatisfy { $0.isLetterQuick || $0 == "-" || $0 == "'" }
        }
        var entries: [Entry] = []
        var carriedOffice: String?
        for part in parts {
            let trimmed = part.trimmingSpaces().trimming(characters: ".;-–")
            guard !trimmed.isEmpty, !PersonNamePattern.postNominals.contains(trimmed), !isPlaceholder(trimmed) else { continue }
            let found = self.entries(ofPart: trimmed, carriedOffice: &carriedOffice, surnamesOnly: surnamesOnly)
            if !found.isEmpty {
                entries += found
            } else if !entries.isEmpty, entries[entries.count - 1].title == nil, trimmed.first?.isUppercaseQuick == true,
                      !trimmed.contains(where: \.isNumberQuick), trimmed.wordCount <= 8,
                      trimmed.split(separator: " ").contains(where: { isJobWord(String($0)) }) {
                entries[entries.count - 1].title = trimmed  // "Councillor Emma Edwards, Leader of the Green Group"
            }
        }
        return entries
    }

    /// A label heading a list ("Councillors", "Present", "Council Members"), not a name with its
    /// title ("R. Lankfer - Chairman").
    static func isListLabel(_ text: String) -> Bool {
        let label = text.trimmingSpaces()
        guard !label.utf8Contains(" - "), !label.utf8Contains(" – "), label.wordCount <= 4 else { return false }
        if AttendanceLabelPattern.role(of: label) != nil || AttendanceLabelPattern.isMembership(label) { return true }
        guard let last = Words(label).last else { return false }
        return leadingOffices.contains(key(String(last))) || !label.contains(where: \.isUppercaseQuick) || label.wordCount >= 2 && !label.containsASCII(".")
            && label.split(separator: " ").allSatisfy { !isInitial(String($0)) } && PersonNamePattern.match(label)?.rest.isEmpty != true
    }

    /// The entries of one part: usually one, two when a second name follows the first without a
    /// separator ("Cllr Grant Tomkins Helen Richardson Parish Clerk").
    static func entries(ofPart part: String, carriedOffice: inout String?, surnamesOnly: Bool) -> [Entry] {
        guard var first = entry(part, carriedOffice: &carriedOffice, surnamesOnly: surnamesOnly) else { return [] }
        guard let title = first.title, !part.hasSuffix(")") else { return [first] }
        let words = title.split(separator: " ").map(String.init)
        // "M Lowe Clerk J Brand": an office and a name after the first name.
        if let office = words.firstIndex(where: { ["clerk", "cllr", "councillor", "mr", "mrs", "ms", "dr"].contains(key($0)) }),
           office + 1 < words.count, isInitial(words[office + 1]) || office + 2 < words.count && isNameWord(words[office + 1]) && isNameWord(words[office + 2]) {
            var none: String?
            if let second = entry(words[office...].joined(separator: " "), carriedOffice: &none, surnamesOnly: false) {
                first.title = office == 0 ? nil : words[..<office].joined(separator: " ")
                return [first, second]
            }
        }
        guard words.count >= 2, words.prefix(2).allSatisfy({ isNameWord($0) && !isInitial($0) && !isJobWord($0) }),
              words.count == 2 || isJobWord(words[2]) else { return [first] }
        var none: String?
        guard let second = entry(title, carriedOffice: &none, surnamesOnly: false) else { return [first] }
        first.title = nil
        return [first, second]
    }

    /// Reads one entry: offices before the name, the name, and a title after it or in brackets.
    /// `carriedOffice` is the plural honorific ("Councillors") that serves the names after it.
    static func entry(_ text: String, carriedOffice: inout String?, surnamesOnly: Bool) -> Entry? {
        var core = text
        var title: String?
        if let open = core.firstIndex(of: "("), let close = core[open...].firstIndex(of: ")") {
            title = String(core[core.index(after: open)..<close]).collapsingSpaces()
            core = (String(core[..<open]) + " " + String(core[core.index(after: close)...])).collapsingSpaces()
        }
        // "R. Lankfer - Chairman", "Mrs R Crisp-Chair": a title after a dash or a hyphen.
        for dash in [" - ", " – ", "-"] where title == nil {
            guard let range = core.utf8Range(of: dash, backwards: true) else { continue }
            let after = String(core[range.upperBound...]).trimmingSpaces()
            let lower = key(after)
            let titleWords = after.split(separator: " ")
            guard after.first?.isUppercaseQuick == true, after.wordCount <= 4,
                  dash != "-" || ["chair", "chairman", "chairwoman", "chairperson", "vice-chair", "clerk"].contains(lower),
                  titleWords.contains(where: { isJobWord(String($0)) }),
                  titleWords.allSatisfy({ isJobWord(String($0)) || ["of", "and", "&", "the", "for"].contains(key(String($0))) }) else { continue }
            title = after
            core = String(core[..<range.lowerBound]).trimmingSpaces()
        }
        var words = core.split(separator: " ").map(String.init)
        // Offices and honorifics in front ("Mayor", "Deputy Mayor", "Councillors", "Borough Councillor").
        var offices: [String] = []
        while let first = words.first, leadingOffices.contains(key(first)), words.count > 1 {
            offices.append(first)
            words.removeFirst()
        }
        if offices.isEmpty, let carried = carriedOffice { offices = [carried] }
        if let plural = offices.last, ["councillors", "cllrs", "councilmembers", "commissioners", "trustees", "aldermen", "members"].contains(key(plural)) {
            carriedOffice = plural
        } else if !offices.isEmpty {
            carriedOffice = nil
        }
        guard !words.isEmpty else { return nil }
        let honorific = offices.last(where: isHonorific)
        let councillor = offices.contains { councillorOffices.contains(key($0)) }
        // Offices that are not honorifics ("Clerk", "Deputy Mayor", "Borough Councillor") are the title.
        let office = offices.filter { key($0) != "&" && !isHonorific($0) }.map { $0.trimming(characters: ".") }
        // A job title before the name ("Operations Superintendent Dan MacInnis", "Deputy
        // Clerk-Treasurer Pat Owens-Hart").
        if words.count >= 2, (office + words.dropLast(2)).contains(where: isJobWord) || words.count >= 3 && words.dropLast(2).contains(where: isJobWord),
           words.suffix(2).allSatisfy(isNameWord), !words.suffix(2).contains(where: isJobWord), !words.suffix(2).contains(where: isInitial),
           words.count >= 3 || isJobWord(words[0]) {
            let leading = (office + words.dropLast(2)).joined(separator: " ")
            return Entry(honorific: honorific.map(singular), name: words.suffix(2).joined(separator: " "), title: title ?? leading,
                         isCouncillor: councillor)
        }
        // The name: initials, then one or two capitalised words.
        var name: [String] = []
        var index = 0
        while index < words.count, isInitial(words[index]) { name.append(words[index]); index += 1 }
        var full = 0
        while index < words.count, full < 2, isNameWord(words[index]), !isInitial(words[index]), !isJobWord(words[index]),
              !(full == 1 && name.count == 1 && index + 1 < words.count && isInitial(words[index + 1])) {
            name.append(words[index])
            full += 1
            index += 1
        }
        // A middle initial: "Emmanuel J. Estrada".
        if full == 1, name.count == 1, index + 1 < words.count, isInitial(words[index]), isNameWord(words[index + 1]),
           !isInitial(words[index + 1]), !isJobWord(words[index + 1]) {
            name += [words[index], words[index + 1]]
            full += 1
            index += 2
        }
        guard full >= 1 else { return nil }
        if full == 1, name.count == 1, honorific == nil, !surnamesOnly {
            // A single word is a name only beside a title ("McKay (Acting Chief Accountant)").
            guard title != nil, index == words.count else { return nil }
        }
        let trailing = words[index...].joined(separator: " ")
        // What follows the name is its title ("Vice Chair", "Parish Clerk and …"); words in lower
        // case are the sentence the list ends in ("… Cllr Sue Lintern both due to …").
        if let first = trailing.first, first.isUppercaseQuick || first == "&" {
            title = title ?? trailing
        }
        let officeTitle = office.isEmpty ? nil : (office + offices.filter(isHonorific).suffix(1)).joined(separator: " ")
        return Entry(honorific: honorific.map(singular), name: name.joined(separator: " "), title: title ?? officeTitle.map(singular),
                     isCouncillor: councillor)
    }

    /// "6 Members of the Public", "None", "Two Members", "N/A": not a person.
    static func isPlaceholder(_ text: String) -> Bool {
        let lower = text.asciiLowercased()
        if ["none", "nil", "n/a", "none received", "no apologies", "none declared"].contains(lower) { return true }
        if lower.first?.isNumberQuick == true { return true }
        let countWords = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "no"]
        if let first = Words(lower).first, countWords.contains(String(first)) { return true }
        return lower.utf8Contains("member of the public") || lower.utf8Contains("members of the public") || lower.hasPrefix("public")
    }

    /// Splits at commas, semicolons, " and " and column gaps outside brackets, and before an
    /// honorific that starts a new name in a run of names printed without commas.
    public static func parts(of text: String) -> [String] {
        var parts: [String] = []
        let chars = Array(text)
        // The part being read is `chars[partStart..<index]`: made a `String` when it ends, not
        // grown a character at a time.
        var partStart = 0
        var depth = 0
        var index = 0
        func split() {
            parts.append(String(chars[partStart..<index]))
        }
        while index < chars.count {
            let char = chars[index]
            if char == "(" { depth += 1 }
            if char == ")" { depth = max(0, depth - 1) }
            if depth == 0 {
                if char == "," || char == ";" || char == "•" {
                    split(); index += 1; partStart = index; continue
                }
                if char == " ", index + 2 < chars.count, chars[index + 1] == " ", chars[index + 2] == " " {
                    split()  // a column gap
                    while index < chars.count, chars[index] == " " { index += 1 }
                    partStart = index
                    continue
                }
                if char == " ", index + 4 < chars.count, chars[index + 1] == "a", chars[index + 2] == "n", chars[index + 3] == "d", chars[index + 4] == " " {
                    split(); index += 5; partStart = index; continue
                }
                if char == " ", honorificCharacters.contains(where: { startsWord($0, chars, index + 1) }) {
                    let current = String(chars[partStart..<index])
                    if current.trimmingSpaces().wordCount >= 2, !endsWithOffice(current) {
                        split(); index += 1; partStart = index; continue
                    }
                }
                // "(Chair) R Healey": after a bracketed title, an initial starts the next name.
                if char == " ", index > partStart, chars[index - 1] == ")", index + 2 < chars.count, chars[index + 1].isUppercaseQuick,
                   chars[index + 2] == " " || chars[index + 2] == "." {
                    split(); index += 1; partStart = index; continue
                }
            }
            index += 1
        }
        split()
        return parts.filter { !$0.trimmingSpaces().isEmpty }
    }

    private static func endsWithOffice(_ text: String) -> Bool {
        guard let last = Words(text).last else { return false }
        return ["deputy", "vice", "borough", "county", "district", "parish", "city", "&"].contains(key(String(last)))
    }

    /// `honorificWords` as characters, compared with a text's characters one by one.
    private static let honorificCharacters = honorificWords.map(Array.init)

    private static func startsWord(_ word: [Character], _ chars: [Character], _ at: Int) -> Bool {
        let end = at + word.count
        guard end < chars.count, chars[at..<end].elementsEqual(word) else { return false }
        return chars[end] == " " || chars[end] == "." || chars[end] == "s" && end + 1 < chars.count && chars[end + 1] == " "
    }

    /// A word of a job title, or a hyphenated run of them ("Administrator-Clerk-Treasurer").
    static func isJobWord(_ word: String) -> Bool {
        let lower = key(word)
        return jobWords.contains(lower) || lower.contains("-") && lower.split(separator: "-").contains { jobWords.contains(String($0)) }
    }

    static func key(_ word: String) -> String {
        word.asciiLowercased().trimming(characters: ".,:")
    }

    static func isHonorific(_ word: String) -> Bool {
        let lower = key(singular(word))
        return PersonNamePattern.honorifics.contains(lower) || honorificWords.contains { $0.asciiLowercased() == lower }
    }

    /// "Councillors" → "Councillor", "Cllrs" → "Cllr".
    static func singular(_ office: String) -> String {
        let lower = key(office)
        if ["councillors", "cllrs", "councilmembers", "commissioners", "trustees", "members"].contains(lower) { return String(office.dropLast()) }
        if lower == "aldermen" { return "Alderman" }
        return office
    }

    static func isInitial(_ word: String) -> Bool {
        let letters = word.filter(\.isLetterQuick)
        return letters.count == 1 && letters.first!.isUppercaseQuick && word.count <= 2 && word.allSatisfy { $0.isLetterQuick || $0 == "." }
    }

    /// A capitalised word that can be part of a name ("O'Brien", "Croskery-Hodgins", "McKay").
    static func isNameWord(_ word: String) -> Bool {
        guard let first = word.first, first.isUppercaseQuick else { return false }
        return word.allSatisfy { $0.isLetterQuick || $0 == "-" || $0 == "'" || $0 == "’" || $0 == "." }
    }
}
