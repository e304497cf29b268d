import Foundation

/// The patterns for resolutions in minutes: "RESOLVED that…", "Resolved:", "It was AGREED
/// that…", "It was APPROVED that;", and sentences in which a body decides ("The Committee
/// for Transport and Connectivity noted the report.", "That the report be noted.").
public enum ResolutionPattern {
    static let markers = ["RESOLVED", "Resolved:", "Resolved -", "Resolved that", "It was AGREED", "It was RESOLVED",
                          "It was APPROVED", "AGREED that", "AGREED:"]
    static let bodyWords = ["committee", "cabinet", "council", "board", "panel", "sub-committee", "members"]
    static let decidingVerbs = ["noted", "approved", "agreed", "endorsed", "resolved", "supported", "accepted",
                                "delegated", "authorised", "recommended", "rejected", "deferred", "adopted", "received"]

    /// The resolution in `paragraph`, from its marker on ("Resolved:" itself dropped), or nil.
    public static func text(of paragraph: String) -> String? {
        // Markers stand at the start, except "It was …", which may follow other words.
        let mayHaveItWas = paragraph.utf8Contains("It was ")
        for marker in markers {
            let start: String.Index
            if marker.hasPrefix("It was") {
                guard mayHaveItWas, let range = paragraph.utf8Range(of: marker) else { continue }
                start = range.lowerBound
            } else {
                guard paragraph.utf8.starts(with: marker.utf8) else { continue }
                start = paragraph.startIndex
            }
            var text = String(paragraph[start...])
            if marker.hasSuffix(":") || marker.hasSuffix("-") { text = String(text.dropFirst(marker.count)).trimmingSpaces() }
            return text
        }
        return nil
    }

    /// Whether a resolution leads in to text that follows: empty, "RESOLVED that:", "It was
    /// APPROVED that;", "RESOLVED that Council".
    public static func isOpen(_ resolution: String) -> Bool {
        if resolution.isEmpty || resolution.hasSuffix(":") || resolution.hasSuffix(";") { return true }
        return resolution.wordCount <= 4 && !resolution.hasSuffix(".")
    }

    /// A lead-in that names who decides ("That the Transport and Connectivity Policy Committee:").
    public static func namesABody(_ text: String) -> Bool {
        let lower = text.asciiLowercased()
        return lower.hasPrefix("that") && bodyWords.contains { lower.utf8Contains($0) }
    }

    /// "The Committee for Transport and Connectivity noted the report.", "That the report be noted."
    public static func isBodyResolution(_ paragraph: String) -> Bool {
        // Only sentences opening with "The" or "That" (perhaps after a quote) qualify: test for
        // "th" near the start before any other work.
        guard paragraph.prefix(8).utf8Contains("th", caseInsensitive: true) else { return false }
        let lower = paragraph.asciiLowercased()
        if lower.hasPrefix("that the report be ") || lower.hasPrefix("that the minutes be ") || lower.hasPrefix("that the recommendation") {
            return true
        }
        let words = lower.split(separator: " ", maxSplits: 20).prefix(19).map { $0.trimming(where: isPunctuation) }
        guard words.first == "the" || words.first == "that", words.count >= 3,
              let bodyIndex = words.prefix(12).firstIndex(where: { bodyWords.contains($0) }) else { return false }
        // The verb follows the body's name (and an optional "for Transport and Connectivity").
        return words[(bodyIndex + 1)...].prefix(6).contains { decidingVerbs.contains($0) }
    }

    private static func isPunctuation(_ character: Character) -> Bool {
        character.unicodeScalars.allSatisfy { $0.properties.generalCategory.isPunctuation }
    }
}

private extension Unicode.GeneralCategory {
    var isPunctuation: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation: return true
        default: return false
        }
    }
}
