import Foundation

/// The pattern for the name of a decision-making body ("Cabinet", "County Council",
/// "Transport and Connectivity Policy Committee") and the places papers print it.
public enum MeetingBody {
    static let bodyWords = ["cabinet", "council", "committee", "board", "panel", "forum", "executive", "commission", "sub-committee", "authority"]

    /// A line that is only a body's name ("CABINET", "Planning Committee").
    public static func isBodyName(_ text: String) -> Bool {
        let lower = text.asciiLowercased().trimmingSpaces()
        let words = lower.split(separator: " ")
        guard !words.isEmpty, words.count <= 10, let last = words.last else { return false }
        return bodyWords.contains(String(last)) && !lower.containsASCII(":")
    }

    /// "Kent County Council", "Bristol City Council": the organisation, not the meeting body.
    public static func isOrganisationName(_ text: String) -> Bool {
        let words = text.asciiLowercased().split(separator: " ")
        guard words.count >= 3, words.last == "council" else { return false }
        return ["county", "city", "borough", "district", "metropolitan"].contains(String(words[words.count - 2]))
    }

    /// The body from a "To:"/"Committee:" value: "Cabinet – 30 January 2025" → "Cabinet".
    public static func fromFieldValue(_ value: String) -> String? {
        var text = value
        if let date = DatePattern.first(in: text) {
            let chars = Array(text)
            text = String(chars[..<date.range.lowerBound])
        }
        text = text.trimmingCharacters(in: CharacterSet(charactersIn: " -–—,"))
        let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        if let last = text.split(separator: " ").last, weekdays.contains(last.asciiLowercased()) {
            text = String(text.dropLast(last.count)).trimmingCharacters(in: CharacterSet(charactersIn: " -–—,"))
        }
        guard !text.isEmpty, text.wordCount <= 20 else { return nil }
        return displayCase(text)
    }

    /// A body named in a sentence: "MINUTES of a meeting of the County Council held …",
    /// "Decision determined at Transport and Connectivity Policy Committee meeting on …",
    /// "Minutes of the Transport & Connectivity Policy Committee".
    public static func fromPhrases(_ text: String) -> String? {
        let patterns = [
            #"(?i)meeting of (?:the )?(.{3,90}?) held"#,
            #"(?i)determined at (?:the )?(.{3,90}?) meeting"#,
            #"(?i)minutes of (?:the )?(?:meeting of (?:the )?)?(.{3,90}?(?:Committee|Cabinet|Council|Board|Panel))"#,
        ]
        for pattern in patterns {
            if let regex = try? NSRegularExpression(pattern: pattern),
               let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
               let range = Range(match.range(at: 1), in: text) {
                return displayCase(String(text[range]).trimmingSpaces())
            }
        }
        return nil
    }

    /// The last masthead line that names a body and is not the organisation ("CABINET",
    /// "COUNTY COUNCIL" under "KENT COUNTY COUNCIL").
    public static func fromMasthead(_ lines: [String]) -> String? {
        let names = lines.prefix(12).filter { isBodyName($0) && $0.wordCount <= 6 }
        let preferred = names.last { !isOrganisationName($0) } ?? names.last
        return preferred.map { displayCase($0) }
    }

    /// ALL-CAPS names in title case with small words lower ("WEST OF ENGLAND COMBINED
    /// AUTHORITY COMMITTEE" → "West of England Combined Authority Committee"); others as printed.
    public static func displayCase(_ text: String) -> String {
        let letters = text.filter(\.isLetter)
        guard !letters.isEmpty, letters.uppercased() == letters else { return text }
        let small: Set<String> = ["and", "of", "the", "for", "in", "on", "to", "at", "&"]
        return text.asciiLowercased().split(separator: " ").enumerated().map { index, word in
            index > 0 && small.contains(String(word)) ? String(word) : word.prefix(1).uppercased() + word.dropFirst()
        }.joined(separator: " ")
    }
}
