import DocketModel
import Foundation

/// The pattern for the name of a decision-making body ("Cabinet", "County Council",
/// "Transport and Connectivity Policy Committee") and the places papers print it.
public enum MeetingBody {
    static let bodyWords = ["cabinet", "council", "committee", "board", "panel", "forum", "executive", "commission", "sub-committee", "authority"]

    /// A line that is only a body's name ("CABINET", "Planning Committee").
    public static func isBodyName(_ text: String) -> Bool {
        guard text.utf8.count <= longestName else { return false }  // a paragraph, not a name
        let lower = text.asciiLowercased().trimmingSpaces()
        let words = lower.split(separator: " ")
        guard !words.isEmpty, words.count <= 10, let last = words.last else { return false }
        // "ADOPT RESOLUTION APPROVING REVISIONS TO CITY COUNCIL" is a report's title.
        if words.contains("to") || DecisionVerbPattern.table[String(words[0])] != nil { return false }
        return bodyWords.contains(String(last)) && !lower.containsASCII(":")
    }

    /// Bytes beyond which a line is not a body's name, however it is spaced (ten words at most,
    /// with the wide gaps of a PDF's columns between them).
    static let longestName = 1_000

    /// "Kent County Council", "Bristol City Council", "City of Chicago", "The Corporation of the
    /// Township of Nipissing": the organisation, not the meeting body.
    public static func isOrganisationName(_ text: String) -> Bool {
        let lower = text.asciiLowercased().trimmingSpaces()
        let words = lower.split(separator: " ")
        if words.count >= 3, words.count <= 7, !lower.containsASCII(","),
           ["city of ", "town of ", "township of ", "county of ", "village of ", "borough of ", "municipality of ", "district of ",
            "the city of ", "the town of ", "the corporation of ", "corporation of "].contains(where: { lower.hasPrefix($0) }),
           !bodyWords.contains(where: { words.contains(Substring($0)) }) {
            return true
        }
        return isCouncilName(text)
    }

    /// "Kent County Council", "Bristol City Council": a principal council's own name.
    public static func isCouncilName(_ text: String) -> Bool {
        let words = text.asciiLowercased().split(separator: " ")
        guard (3...6).contains(words.count), words.last == "council", !words.contains("to"),
              DecisionVerbPattern.table[String(words[0])] == nil else { return false }
        return ["county", "city", "borough", "district", "metropolitan"].contains(String(words[words.count - 2]))
    }

    /// How papers address a body before naming it ("HONORABLE MAYOR AND CITY COUNCIL", "Chair
    /// and Members of the Planning Committee"), lower case: not part of the body's name.
    static let addressees = ["honorable mayor and members of the", "honorable mayor and members of", "honorable mayor and",
                             "honourable mayor and", "the honorable mayor and", "mayor and members of the", "mayor and members of",
                             "mayor and", "chair and members of the", "chair and members of", "chairman and members of the",
                             "chairman and members of", "members of the", "to the"]

    /// The body from a "To:"/"Committee:" value: "Cabinet – 30 January 2025" → "Cabinet".
    public static func fromFieldValue(_ value: String) -> String? {
        var text = value.trimmingSpaces()
        let lower = text.asciiLowercased()
        if let addressee = addressees.first(where: { lower.hasPrefix($0 + " ") }), text.count > addressee.count + 3 {
            text = String(text.dropFirst(addressee.count)).trimmingSpaces()
        }
        if let date = DatePattern.first(in: text) {
            let chars = Array(text)
            text = String(chars[..<date.range.lowerBound])
        }
        text = text.trimmingScalars(in: " -–—,")
        let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        if let last = Words(text).last, weekdays.contains(last.asciiLowercased()) {
            text = String(text.dropLast(last.count)).trimmingScalars(in: " -–—,")
        }
        guard !text.isEmpty, text.wordCount <= 20 else { return nil }
        return displayCase(text)
    }

    /// A body named in a sentence: "MINUTES of a meeting of the County Council held …",
    /// "Decision determined at Transport and Connectivity Policy Committee meeting on …",
    /// "Minutes of the Transport & Connectivity Policy Committee".
    public static func fromPhrases(_ text: String) -> String? {
        for regex in phrasePatterns {
            if let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
               let range = Range(match.range(at: 1), in: text),
               let name = nameRun(String(text[range]).trimmingSpaces(), whole: true) {
                return displayCase(name)
            }
        }
        return nil
    }

    /// The sentences `fromPhrases` reads a body's name from, compiled once (compiling them for
    /// every paper had been 1 % of a text run).
    static let phrasePatterns: [NSRegularExpression] = [
        #"(?i)meeting of (?:the )?(.{3,90}?) held"#,
        #"(?i)determined at (?:the )?(.{3,90}?) meeting"#,
        #"(?i)minutes of (?:the )?(?:meeting of (?:the )?)?(.{3,90}?(?:Committee|Cabinet|Council|Board|Panel))"#,
    ].map { try! NSRegularExpression(pattern: $0) }

    /// The body a report's recommendation addresses: "That the City Council direct staff …",
    /// "It is recommended that the Planning Commission adopt …", "The Cabinet is asked to …".
    public static func fromRecommendation(_ text: String) -> String? {
        let sample = String(text.prefix(300))
        let lower = sample.asciiLowercased()
        for opening in ["that the ", "the "] {
            guard let range = lower.utf8Range(of: opening) else { continue }
            let offset = lower.utf8.distance(from: lower.startIndex, to: range.upperBound)
            let rest = String(decoding: sample.utf8.dropFirst(offset), as: UTF8.self)
            let words = Words(rest).prefix(8).map(String.init)
            // The body's name ends at its body word, before the verb.
            guard let end = words.firstIndex(where: { bodyWords.contains($0.asciiLowercased().trimmingPunctuation()) }),
                  words[...end].allSatisfy({ $0.first?.isUppercaseQuick == true || ["and", "of", "&"].contains($0) }) else { continue }
            return displayCase(words[...end].joined(separator: " ").trimmingPunctuation())
        }
        return nil
    }

    /// Words that describe the meeting rather than name the body ("Regular", "Special").
    static let meetingWords: Set<String> = [
        "regular", "special", "adjourned", "ordinary", "annual", "extraordinary", "joint", "meeting", "minutes",
        "draft", "agenda", "the", "of", "and", "a", "an", "council's",
    ]

    /// The body's name in a phrase: the run of capitalised words (with "and", "of", "the", "&"
    /// between them) that ends at the last body word, without the meeting's own adjectives in
    /// front ("ADJOURNED REGULAR CHICO CITY COUNCIL MEETING" → "CHICO CITY COUNCIL"); with
    /// `whole`, a name that is the phrase itself ("Township of Nipissing Council was" →
    /// "Township of Nipissing Council"). `nil` when the phrase names no body.
    static func nameRun(_ phrase: String, whole: Bool) -> String? {
        let words = phrase.split(separator: " ").map(String.init)
        guard let end = words.lastIndex(where: { bodyWords.contains($0.asciiLowercased().trimmingPunctuation()) })
        else { return nil }
        // "Council of the Township of Nipissing": a body word followed by "of" and a name.
        var last = end
        if last + 2 < words.count, words[last + 1].asciiLowercased() == "of" {
            var next = last + 2
            if words[next].asciiLowercased() == "the", next + 1 < words.count { next += 1 }
            if let first = words[next].first, first.isUppercaseQuick {
                last = next
                while last + 1 < words.count, last - end < 6,
                      words[last + 1].first?.isUppercaseQuick == true || words[last + 1].asciiLowercased() == "of" { last += 1 }
                while words[last].asciiLowercased() == "of" { last -= 1 }
            }
        }
        var start = end
        while start > 0 {
            let word = words[start - 1]
            let lower = word.asciiLowercased()
            // "A RESOLUTION OF THE COUNCIL …": the paper's kind, not part of the body's name.
            guard !["resolution", "ordinance", "report", "minutes", "agenda", "notice"].contains(lower) else { break }
            guard word.first?.isUppercaseQuick == true || ["and", "of", "the", "&"].contains(lower),
                  !word.contains(where: \.isNumberQuick), !word.hasSuffix(".") || word.count <= 3 else { break }
            start -= 1
        }
        while start < end, meetingWords.contains(words[start].asciiLowercased()) { start += 1 }
        if whole, words[start...].contains(where: { $0.contains(where: \.isNumberQuick) }) { return nil }
        let name = words[start...last].joined(separator: " ").trimmingScalars(in: " ,.;:–-")
        guard name.split(separator: " ").count >= 2 || name.first?.isUppercaseQuick == true && name.count > 7 else { return nil }
        return name
    }

    /// The body named at the start of a heading line ("Milburn Parish Council A.G.M. - 8th May
    /// 2018", "NORTHWOLD AND WHITTINGTON PARISH COUNCIL – Ordinary Meeting …", "CITY COUNCIL
    /// AGENDA"): the first of `lines` whose capitalised run ends at a body word.
    public static func fromHeadingLines(_ lines: [String]) -> String? {
        for line in lines.prefix(8) where line.utf8.count <= 200 {
            let words = line.split(separator: " ")
            guard let end = words.firstIndex(where: { bodyWords.contains($0.asciiLowercased().trimmingPunctuation()) }),
                  end <= 8, words[...end].allSatisfy({ $0.first?.isUppercaseQuick == true || ["and", "of", "the", "&"].contains($0.asciiLowercased()) })
            else { continue }
            if let name = nameRun(words[...end].joined(separator: " "), whole: false), name.split(separator: " ").count >= 2 {
                return displayCase(name)
            }
        }
        return nil
    }

    /// The last masthead line that names a body and is not the organisation ("CABINET",
    /// "COUNTY COUNCIL" under "KENT COUNTY COUNCIL").
    public static func fromMasthead(_ lines: [String]) -> String? {
        // "CITY COUNCIL STAFF REPORT", "PLANNING COMMISSION AGENDA": the body before the genre words.
        let stripped = lines.prefix(12).filter { $0.utf8.count <= longestName }.map(withoutGenreWords)
        let names = stripped.filter { isBodyName($0) && $0.wordCount <= 6 }
        let preferred = names.last { !isOrganisationName($0) } ?? names.last
        return preferred.map { name in
            let words = name.split(separator: " ")
            // "SPECIAL PLANNING COMMISSION": the meeting's adjectives are not the body's name.
            let kept = words.drop { meetingWords.contains($0.asciiLowercased()) }
            return displayCase(kept.count >= 1 ? kept.joined(separator: " ") : name)
        }
    }

    /// Genre words a masthead line ends with ("staff report", "agenda", "minutes", "meeting").
    static let genreSuffixes = ["staff report", "agenda report", "agenda", "minutes", "meeting", "report"]

    static func withoutGenreWords(_ line: String) -> String {
        var text = line.trimmingSpaces()
        var changed = true
        while changed {
            changed = false
            for suffix in genreSuffixes where text.asciiLowercased().hasSuffix(" " + suffix) {
                text = String(text.dropLast(suffix.count)).trimmingSpaces()
                changed = true
            }
        }
        return text
    }

    /// ALL-CAPS names in title case with small words lower ("WEST OF ENGLAND COMBINED
    /// AUTHORITY COMMITTEE" → "West of England Combined Authority Committee"); others as printed.
    public static func displayCase(_ text: String) -> String {
        let letters = text.letterCase
        guard letters.letters > 0, letters.capitals else { return text }
        let small: Set<String> = ["and", "of", "the", "for", "in", "on", "to", "at", "&"]
        return text.lowercased().split(separator: " ").enumerated().map { index, word in
            index > 0 && small.contains(String(word)) ? String(word) : word.prefix(1).uppercased() + word.dropFirst()
        }.joined(separator: " ")
    }
}
