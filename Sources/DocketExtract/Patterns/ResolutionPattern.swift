import DocketModel
import Foundation

/// The patterns for resolutions in minutes: "RESOLVED that…", "Resolved:", "It was AGREED
/// that…", "It was APPROVED that;", and sentences in which a body decides ("The Committee
/// for Transport and Connectivity noted the report.", "That the report be noted.").
public enum ResolutionPattern {
    static let markers = ["NOW, THEREFORE, BE IT RESOLVED", "NOW THEREFORE BE IT RESOLVED", "NOW, THEREFORE BE IT RESOLVED",
                          "BE IT FURTHER RESOLVED", "BE IT RESOLVED", "RESOLVED", "Resolved:", "Resolved -", "Resolved that", "It was AGREED",
                          "It was RESOLVED", "It was APPROVED", "AGREED that", "AGREED:", "DECISION:"]
    /// Markers that may follow other words of the paragraph ("… all were in favour. DECISION: …").
    static let inlineMarkers: Set<String> = ["It was AGREED", "It was RESOLVED", "It was APPROVED", "DECISION:"]
    /// `markers` in order, each with whether it is inline (asked of every paragraph: no hashing then).
    static let markerPlaces = markers.map { (marker: $0, inline: inlineMarkers.contains($0)) }
    /// What every inline marker holds.
    static let inlineOpenings = PhraseSet(["It was ", "DECISION:"])
    static let bodyWords = ["committee", "cabinet", "council", "board", "panel", "sub-committee", "members"]
    static let decidingVerbs = ["noted", "approved", "agreed", "endorsed", "resolved", "supported", "accepted",
                                "delegated", "authorised", "recommended", "rejected", "deferred", "adopted", "received"]

    /// The resolution in `paragraph`, from its marker on ("Resolved:" itself dropped), or nil.
    public static func text(of paragraph: String) -> String? {
        // Markers stand at the start, except "It was …", which may follow other words.
        let mayBeInside = inlineOpenings.occurs(in: paragraph)
        for (marker, inline) in markerPlaces {
            let start: String.Index
            if inline {
                guard mayBeInside, let range = paragraph.utf8Range(of: marker) else { continue }
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

    /// Whether the paragraph opens with a resolution marker ("RESOLVED that …"), as minutes that
    /// mark every resolution print them.
    public static func opensWithMarker(_ paragraph: String) -> Bool {
        markerPlaces.contains { !$0.inline && paragraph.utf8.starts(with: $0.marker.utf8) }
            || paragraph.hasPrefix("It was ") && text(of: paragraph) != nil
    }

    /// A resolution that lists its parts in one paragraph ("1) To bid for … 2) To bid for …"):
    /// the parts, each without its label; the resolution itself when it has none.
    public static func inlineItems(of resolution: String) -> [String] {
        guard let first = SectionLabelPattern.match(resolution), first.label.style != .code else { return [resolution] }
        var items: [String] = []
        var current = String(first.rest)
        var expected = first.label.components[0] + 1
        while true {
            let marks = first.label.style == .letter
                ? [" \(Character(UnicodeScalar(UInt8(96 + min(expected, 26))))) ", " (\(Character(UnicodeScalar(UInt8(96 + min(expected, 26)))))) "]
                : [" \(expected)) ", " (\(expected)) ", " \(expected). "]
            guard let range = marks.lazy.compactMap({ current.utf8Range(of: $0) }).first else { break }
            items.append(current[..<range.lowerBound].trimmingSpaces())
            current = current[range.upperBound...].trimmingSpaces()
            expected += 1
        }
        items.append(current.trimmingSpaces())
        return items.count > 1 ? items.filter { !$0.isEmpty } : [resolution]
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

    /// Phrases by which minutes record the meeting deciding inside an item's text: the meeting
    /// as a whole ("it was agreed", "all Councillors agreed", "unanimously resolved"), never one
    /// person's undertaking ("The Clerk agreed to write").
    static let outcomeOpenings = ["the motion carried", "motion carried", "the motion was carried", "the motion passed"]

    static let decidingPhrases = [
        "it was agreed", "it was resolved", "it was unanimously", "it was proposed and agreed", "was resolved that",
        "resolved that", "all agreed", "all councillors agreed", "all members agreed", "councillors agreed that",
        "members agreed that", "council agreed", "committee agreed", "unanimously agreed", "unanimously resolved",
        "were approved by the", "was approved by the", "was approved by all", "were approved by all", "motion carried",
        "was carried", "it was approved", "councillors resolved", "council resolved", "committee resolved", "members resolved",
        "council have agreed", "council has agreed", "council have now agreed", "approved by council", "approved by the council",
        "it was decided", "it was formally agreed", "it was further agreed", "council also agreed", "councillors agreed to",
        "members agreed to", "it was also resolved", "also resolved to", "resolved to", "discussed and decided", "it was also agreed",
    ]
    /// `decidingPhrases`, searched for in one pass.
    static let decidingPhraseSet = PhraseSet(decidingPhrases)

    /// The sentences of a minute's paragraph that record a decision of the meeting
    /// (`decidingPhrases`), each whole, in order; not a sentence that only records an outcome.
    public static func decidingSentences(in paragraph: String) -> [String] {
        guard paragraph.utf8.count <= 4000 else { return [] }
        let lower = paragraph.asciiLowercased()
        guard decidingPhraseSet.occurs(in: lower) else { return [] }
        let all = sentences(of: paragraph)
        var found: [String] = []
        for (index, sentence) in all.enumerated() {
            let lower = sentence.asciiLowercased()
            // "The motion carried by the following vote: AYES: …" records a verdict, not what
            // was decided (that is the motion before it).
            if outcomeOpenings.contains(where: { lower.hasPrefix($0) }) { continue }
            guard let phrase = decidingPhrases.lazy.compactMap({ lower.utf8Range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound })
            else { continue }
            // "Resolved to pay.": what was resolved is the sentence before it.
            if sentence.wordCount <= 4, index > 0, lower.utf8Contains(" to ") {
                found.append(all[index - 1] + " " + sentence)
                continue
            }
            found.append(decidingClause(sentence, phrase: phrase.lowerBound))
        }
        return found
    }

    /// The clause of `sentence` that holds its deciding phrase (at `phrase`), when a long clause
    /// of report comes before it: "Quotations were received … both plus V.A.T. - it was agreed
    /// that additional quotations be sought." → "it was agreed that …".
    static func decidingClause(_ sentence: String, phrase: String.Index) -> String {
        let before = sentence[..<phrase]
        guard before.wordCount > 8 else { return sentence }
        for separator in [" - ", " – ", "; "] {
            guard let cut = before.utf8Range(of: separator, backwards: true), before[cut.upperBound...].wordCount <= 3 else { continue }
            return String(sentence[cut.upperBound...]).trimmingSpaces()
        }
        // "… a display board in the village hall, it was resolved to purchase …".
        let opening = sentence[phrase...].asciiLowercased()
        if before.hasSuffix(", "), before.wordCount > 12, opening.hasPrefix("it was") || opening.hasPrefix("resolved") {
            return String(sentence[phrase...])
        }
        return sentence
    }

    /// `text` cut into sentences at ". ", "! " or "? " before a capital letter — not after an
    /// initial or an abbreviation that a name or a number follows ("P. Markwell", "Mrs. Willis",
    /// "No. 30508").
    static func sentences(of text: String) -> [String] {
        var bytes = text
        return bytes.withUTF8(asciiSentences) ?? sentencesByCharacter(of: text)
    }

    /// `sentences(of:)` read character by character: the rule itself, for any text.
    static func sentencesByCharacter(of text: String) -> [String] {
        var result: [String] = []
        var current = ""
        var previous: Character = " "
        var beforePrevious: Character = " "
        /// The word the current text ends with, up to its final stop.
        var lastWord = ""
        var wordBeforeSpace = ""
        for char in text {
            if char.isUppercaseQuick, previous == " ", ".!?".contains(beforePrevious), !current.isEmpty,
               !(beforePrevious == "." && isAbbreviation(wordBeforeSpace)) {
                result.append(current.trimmingSpaces())
                current = ""
            }
            if char == " " { if !lastWord.isEmpty { wordBeforeSpace = lastWord }; lastWord = "" } else { lastWord.append(char) }
            current.append(char)
            beforePrevious = previous
            previous = char
        }
        if !current.trimmingSpaces().isEmpty { result.append(current.trimmingSpaces()) }
        return result
    }

    /// `sentences(of:)` over the bytes of text of ASCII and `StandaloneMark`s, where every ASCII
    /// byte is one character, the only capitals are `A`–`Z` and a mark is neither a space, a
    /// stop nor a capital: the same cuts without building a `Character` per byte. `nil` when
    /// the text holds any other character, which the general loop reads.
    static func asciiSentences(_ bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
        guard StandaloneMark.onlyASCIIAndMarks(bytes) else { return nil }
        func trimmed(_ range: Range<Int>) -> String? {
            var lower = range.lowerBound, upper = range.upperBound
            while lower < upper, bytes[lower] == 0x20 || bytes[lower] == 0x09 { lower += 1 }
            while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 { upper -= 1 }
            return lower < upper ? String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self) : nil
        }
        var result: [String] = []
        var start = 0
        // The word being read starts after the last space; `wordBeforeSpace` is the last word a
        // space ended.
        var wordStart = 0
        var wordBeforeSpace = 0..<0
        for index in bytes.indices {
            let byte = bytes[index]
            if byte &- 0x41 < 26, index >= 2, index > start, bytes[index - 1] == 0x20 {
                let stop = bytes[index - 2]
                if stop == 0x21 || stop == 0x3F
                    || stop == 0x2E && !isAbbreviation(String(decoding: UnsafeBufferPointer(rebasing: bytes[wordBeforeSpace]), as: UTF8.self)) {
                    result.append(trimmed(start..<index) ?? "")
                    start = index
                }
            }
            if byte == 0x20 {
                if index > wordStart { wordBeforeSpace = wordStart..<index }
                wordStart = index + 1
            }
        }
        if let last = trimmed(start..<bytes.count) { result.append(last) }
        return result
    }

    /// Words that a full stop follows inside a sentence: an initial ("P."), a title ("Mrs.",
    /// "Cllr.", "Dr."), "No.", "St.".
    static func isAbbreviation(_ word: String) -> Bool {
        let bare = word.hasSuffix(".") ? String(word.dropLast()) : word
        if bare.count == 1, bare.first?.isUppercaseQuick == true { return true }
        return ["mr", "mrs", "ms", "dr", "cllr", "st", "no", "nos", "rev", "revd", "prof", "jr", "sr", "messrs", "cllrs", "vs", "approx",
                "ref", "tel"].contains(bare.asciiLowercased())
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
        // "The minutes of the meeting held on 30 January 2026 were agreed as a correct record."
        if lower.hasPrefix("the minutes of ") || lower.hasPrefix("the minutes from "), lower.utf8.count <= 300 {
            let sentence = sentences(of: paragraph).first?.asciiLowercased() ?? lower
            return [" were agreed", " were approved", " were confirmed", " were adopted", " were accepted", " were signed"]
                .contains { sentence.utf8Contains($0) }
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
