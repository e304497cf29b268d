import DocketModel

/// The patterns for motions as minutes record them, and their outcomes:
///
/// - a motion made and seconded, its action after "to": "A motion was made by Vice Mayor
///   Reynolds and seconded by Councilmember Morgan to approve the Consent Agenda…" (US);
/// - a resolution as moved, after its movers: "L. Moore, T. Marchant: That the minutes … be
///   adopted as published. Carried." (Canada), "Moved by: … Seconded by: … That Council …";
/// - a proposal recorded with its seconder: "Cllr Leamon proposed acceptance of the Minutes
///   seconded by Cllr Hull." (UK), and "Proposed. Cllr X, Seconded Cllr Y, all agreed." after
///   what was agreed;
/// - the outcome: carried, passed, adopted — or defeated, lost, failed, withdrawn, tabled,
///   deferred, which make the motion no decision.
public enum MotionPattern {
    public enum Outcome: Equatable, Sendable {
        case carried, notCarried, none
    }

    /// Words after which a motion has been decided; the first list carries it.
    static let carriedWords = ["carried", "carried unanimously", "motion carried", "the motion carried", "passed", "motion passed",
                               "the motion passed", "adopted", "all agreed", "agreed"]
    static let notCarriedWords = ["defeated", "lost", "failed", "motion failed", "the motion failed", "motion lost", "not carried",
                                  "withdrawn", "motion withdrawn", "tabled", "motion tabled", "deferred", "motion defeated"]

    /// Words one of which every outcome holds, looked for in one pass before anything else.
    static let verdictWords = PhraseSet(["carried", "defeated", "lost", "failed", "withdrawn", "tabled", "passed", "deferred"],
                                        caseInsensitive: true)

    /// The outcome a paragraph records: "Carried." at a sentence's end or on its own, "The motion
    /// carried by the following vote:", "The motion failed…", "6 votes for 1 abstention - Carried".
    public static func outcome(in paragraph: String) -> Outcome {
        guard verdictWords.occurs(in: paragraph) else { return .none }
        let lower = paragraph.asciiLowercased()
        // "The motion to refer this matter … carried by the following vote": the motion's verdict.
        if lower.hasPrefix("the motion") || lower.hasPrefix("motion") {
            let verdict = lower.prefix(160)
            if ["failed", "defeated", "lost", "withdrawn", "tabled", "not carried"].contains(where: { verdict.utf8Contains(" " + $0) }) { return .notCarried }
            if verdict.utf8Contains(" carried") || verdict.utf8Contains(" passed") { return .carried }
        }
        for sentence in ResolutionPattern.sentences(of: paragraph).reversed().prefix(3) {
            let words = sentence.asciiLowercased().trimming { !$0.isLetterQuick }
            let tail = words.split(separator: " ").suffix(3).joined(separator: " ")
            if notCarriedWords.contains(where: { words == $0 || tail.hasSuffix($0) && words.wordCount <= 8 }) { return .notCarried }
            if carriedWords.contains(where: { words == $0 || tail.hasSuffix($0) && words.wordCount <= 8 }) { return .carried }
            if words.hasSuffix(" carried") || words.hasSuffix(" carried unanimously") { return .carried }
        }
        return .none
    }

    /// Words every opening `madeMotion` reads holds: a paragraph with none has no motion to read.
    static let moverWords = PhraseSet(["made by", "moved by", "motion by"], caseInsensitive: true)

    /// "A motion was made by X and seconded by Y to approve …" → "approve …"; also "It was moved
    /// by X, seconded by Y, that …" and "Motion by X, second by Y, to …". `nil` otherwise.
    public static func madeMotion(_ paragraph: String) -> String? {
        guard moverWords.occurs(in: paragraph) else { return nil }
        let lower = paragraph.asciiLowercased()
        guard let made = lower.utf8Range(of: "motion was made by") ?? lower.utf8Range(of: "it was moved by")
                ?? lower.utf8Range(of: "moved by") ?? lower.utf8Range(of: "motion by"),
              lower.distance(from: lower.startIndex, to: made.lowerBound) <= 40 else { return nil }
        let rest = lower[made.upperBound...]
        // The action follows the seconder: " to approve …", ", that …".
        guard let second = rest.utf8Range(of: "second") else { return nil }
        let afterSecond = rest[second.upperBound...]
        let markers = [" to ", ", that ", " that "]
        guard let action = markers.lazy.compactMap({ afterSecond.utf8Range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }),
              lower.distance(from: second.upperBound, to: action.lowerBound) <= 80 else { return nil }
        let offset = lower.utf8.distance(from: lower.startIndex, to: action.upperBound)
        // Lower-casing ASCII keeps every byte where it was, so the offset holds in the paragraph.
        let trimmed = String(decoding: paragraph.utf8.dropFirst(offset), as: UTF8.self).trimmingSpaces()
        return trimmed.isEmpty ? nil : trimmed
    }

    /// What opens a resolution as moved: "That …", "WHEREAS …", "BE IT RESOLVED …".
    static let openers = ["that ", "whereas", "be it resolved", "now therefore", "now, therefore"]

    /// A resolution as moved: the paragraph without its movers ("L. Moore, T. Marchant:",
    /// "Moved by: … Seconded by: …"), its outcome ("Carried.") and the clerk's record after it
    /// ("Read a first, second and third time and passed …", "Time: 8:18 p.m."); `nil` when the
    /// paragraph does not open like a resolution.
    public static func resolutionText(_ paragraph: String) -> String? {
        var text = Substring(paragraph.trimmingSpaces())
        // Movers before a colon: names and initials only ("D. Yemm, T. Butler:", "Moved by: Cllr A
        // Seconded by: Cllr B:"); the resolution opens after the colon.
        var search = text.startIndex
        while text.containsASCII(":"), let colon = text[search...].firstIndex(ofASCII: ":", withinCharacters: 160) {
            let after = text[text.index(after: colon)...].trimmingSpaces().asciiLowercased()
            let head = text[..<colon]
            if openers.contains(where: { after.hasPrefix($0) }), head.wordCount <= 14, !head.asciiLowercased().hasPrefix("that") {
                text = text[text.index(after: colon)...]
                break
            }
            search = text.index(after: colon)
        }
        text = Substring(text.trimmingSpaces())
        let lower = text.asciiLowercased()
        guard openers.contains(where: { lower.hasPrefix($0) }) else { return nil }
        var kept: [String] = []
        for sentence in ResolutionPattern.sentences(of: String(text)) {
            let words = sentence.asciiLowercased().trimming { !$0.isLetterQuick }
            if isClerkRecord(words) { break }
            if carriedWords.contains(words) || notCarriedWords.contains(words) { break }
            kept.append(sentence)
        }
        var joined = kept.joined(separator: " ")
        // "… as published. Carried" left on the last sentence.
        for word in [" Carried.", " Carried", " CARRIED.", " CARRIED"] where joined.hasSuffix(word) { joined = String(joined.dropLast(word.count)) }
        return joined.isEmpty ? nil : joined.trimmingSpaces()
    }

    /// Sentences the clerk adds after a motion: its readings, the time, the next meeting, the vote.
    static func isClerkRecord(_ lower: String) -> Bool {
        ["read a first", "read the first", "read a second", "time", "next regular meeting", "next meeting", "recorded vote",
         "unanimous", "vote", "ayes", "noes", "yeas", "nays"].contains { lower.hasPrefix($0) }
    }

    /// A proposal recorded with its seconder in one sentence ("Cllr Leamon proposed acceptance
    /// of the Minutes seconded by Cllr Hull.", "It was proposed by Cllr Mann to allow …,
    /// seconded by Cllr Tomkins"): the sentences of `paragraph` that hold both.
    public static func secondedProposals(in paragraph: String) -> [String] {
        let lower = paragraph.asciiLowercased()
        guard lower.utf8Contains("propos"), lower.utf8Contains("second") else { return [] }
        return ResolutionPattern.sentences(of: paragraph).map(withoutVotes).filter { sentence in
            let lower = sentence.asciiLowercased()
            guard let proposed = lower.utf8Range(of: "propos"), let seconded = lower.utf8Range(of: "second") else { return false }
            // The proposal says what: words between "proposed" and "seconded", or after both.
            // Not a lead-in to the motion's text ("… seconded the following motion:") nor procedure.
            return proposed.lowerBound < seconded.lowerBound && sentence.wordCount >= 7 && !lower.hasPrefix("proposed.")
                && !lower.hasPrefix("proposed:") && !lower.hasPrefix("proposer") && !sentence.hasSuffix(":")
                && !lower.hasSuffix("motion that") && !lower.utf8Contains("put to the vote")
        }
    }

    /// Whether `paragraph` holds a word that every seconded proposal and proposal record has
    /// (see `secondedProposals(in:)` and `isProposalRecord(_:)`) — a test over the bytes that
    /// spares the sentence split for the paragraphs that can have neither.
    static func mayRecordProposal(_ paragraph: String) -> Bool {
        proposalWords.occurs(in: paragraph)
    }

    static let proposalWords = PhraseSet(["propos", "second", "2nd", "agreed", "favour", "approved"], caseInsensitive: true)

    /// "Proposed. Cllr X, Seconded Cllr Y, all agreed.", "Proposer: Cllr X", "2nd: Cllr Y",
    /// "Prop CA, 2nd SS, all agreed.", "This was agreed by all.": the record of who proposed,
    /// seconded or agreed what the sentence before it says.
    public static func isProposalRecord(_ sentence: String) -> Bool {
        let lower = sentence.asciiLowercased().trimmingSpaces()
        if lower.hasPrefix("proposed.") || lower.hasPrefix("proposed:") || lower.hasPrefix("proposer") || lower.hasPrefix("2nd:")
            || lower.hasPrefix("seconder") || lower.hasPrefix("prop ") && lower.utf8Contains("2nd") {
            return true
        }
        guard sentence.wordCount <= 12 else { return false }
        if lower.hasPrefix("proposed by") || lower.utf8Contains("seconded") && !lower.utf8Contains("propos") && lower.utf8Contains("agreed") {
            return true
        }
        let bare = lower.trimming { !$0.isLetterQuick }
        return ["this was agreed by all", "this was agreed", "all agreed", "agreed by all", "unanimously agreed", "agreed unanimously",
                "all in favour", "all were in favour", "this was unanimously agreed", "which was agreed", "this was approved"].contains(bare)
    }

    /// A proposal's own sentence, without the votes and outcome printed after it ("… seconded by
    /// Cllr Hull. 6 votes for 1 abstention - Carried").
    static func withoutVotes(_ sentence: String) -> String {
        // The first stop that ends a sentence: not after an initial or a title ("Mr. Evans").
        var search = sentence.startIndex
        while let stop = sentence[search...].utf8Range(of: ". ") {
            let word = Words(sentence[..<stop.lowerBound]).last.map(String.init) ?? ""
            if !ResolutionPattern.isAbbreviation(word) { return String(sentence[..<sentence.index(after: stop.lowerBound)]) }
            search = stop.upperBound
        }
        return sentence
    }
}
