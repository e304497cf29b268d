import DocketModel

/// Finds the appendices a paper lists: "Appendix A – Visitor counts", "• Appendix B – EqIA",
/// "c) Appendix 1 Service Offer Comparison", "Attachment A – Statement of Reasons", "Exhibit B"
/// under an "Appendices", "Attachments" (or "Attached documents") heading, numbered entries
/// under such a heading ("1. Resolution …" under "LINKS/ATTACHMENTS": "Attachment 1"), and a
/// report's closing "Attachments: 1. …" list.
///
/// Requires: a `SegmentedPaper` (its sections and layout). Produces: `appendices` with `label`
/// ("Appendix A") and `title`. In a checklist that marks each appendix YES or NO, only the YES
/// ones are listed; a document listed without a label ("Proposed Record of Decision") has no
/// label. Lists after a report's contacts or background papers count too ("Appendix A:" lines
/// closing a Kent report). "None" gives an empty list. One record per label, first mention
/// wins. Emits no diagnostics.
public struct AppendixExtractor: PaperExtractor {
    public init() {}

    public func extract(from segmented: SegmentedPaper) -> Contribution {
        let paper = segmented.paper, layout = segmented.layout
        var contribution = Contribution()
        var labels = Set<String>()
        // Appendix lists sit under an "Appendices" heading, or at the end of a report after its
        // contacts or background papers.
        let listKinds: Set<SectionKind> = [.appendices, .contact, .backgroundPapers]
        // A section headed by an appendix's own label ("Appendix 1", "Appendix B – Visitor
        // counts") is that appendix, not a list of them.
        for section in paper.allSections where listKinds.contains(section.kind) && section.heading != nil
            && Self.appendixLabel(section.heading!) == nil {
            let isList = section.kind == .appendices
            for block in SectionLines.blocks(of: section, in: layout) {
                var open: (label: String?, title: [String], span: Span)?
                func close() {
                    guard let item = open else { return }
                    open = nil
                    var title = TextJoiner.join(item.title).trimming(characters: " -–:.")
                    let words = title.split(separator: " ")
                    if let last = words.last, ["NO", "No"].contains(String(last)) { return }
                    if let last = words.last, ["YES", "Yes"].contains(String(last)) {
                        title = words.dropLast().joined(separator: " ").trimmingSpaces()
                    }
                    guard labels.insert((item.label ?? title).asciiLowercased()).inserted else { return }
                    contribution.appendices.append(Appendix(label: item.label, title: title.isEmpty ? nil : title, span: item.span))
                }
                // "1. Resolution - Investment Policy 2020" under "LINKS/ATTACHMENTS": Attachment 1.
                let listWord = Self.listWord(section.heading!)
                for line in block {
                    let text = SectionLines.strippingHeading(line.text, heading: section.heading)
                    // Under "Attachments" the list's numbers label its entries ("2. Exhibit A: …"
                    // is Attachment 2); under "Appendices" an entry's own label does.
                    let numbered = isList && listWord != "Appendix" ? Self.numberedEntry(text, word: listWord) : nil
                    if let (label, rest) = numbered ?? Self.appendixLabel(text) ?? (isList ? Self.shortLabel(text) ?? Self.numberedEntry(text, word: listWord) : nil) {
                        close()
                        open = (label, [rest], line.span)
                    } else if isList, open == nil, line.span.start != section.span.start, Self.isUnlabelledEntry(text) {
                        open = (nil, [text], line.span)
                    } else if open != nil, PageFurniture.columnGaps(text) == 0, !text.isEmpty {
                        open?.title.append(text)
                    } else {
                        close()
                    }
                }
                close()
            }
        }
        if paper.docType == .report {
            for item in Self.runInAttachments(layout) where labels.insert((item.label ?? "").asciiLowercased()).inserted {
                contribution.appendices.append(item)
            }
        }
        return contribution
    }

    /// The word a list's heading names its entries by: "Attachment" under "Attachments" or
    /// "LINKS/ATTACHMENTS", "Exhibit", "Enclosure", else "Appendix".
    static func listWord(_ heading: String) -> String {
        let lower = heading.asciiLowercased()
        for word in ["attachment", "exhibit", "enclosure"] where lower.utf8Contains(word) { return word.prefix(1).uppercased() + word.dropFirst() }
        return "Appendix"
    }

    /// "1. Resolution - Investment Policy 2020" in a list of attachments: the list's word and
    /// the number as the label.
    static func numberedEntry(_ line: String, word: String) -> (String, String)? {
        guard let match = SectionLabelPattern.match(line), match.label.style == .decimal || match.label.style == .parenNumber,
              match.label.depth == 1, !match.rest.isEmpty else { return nil }
        return ("\(word) \(match.label.printed)", String(match.rest).collapsingSpaces().trimming(characters: " -–:."))
    }

    /// A report's closing "Attachments: 1. May 5, 2020 City Council Report" line and the
    /// numbered lines under it: one attachment each ("Attachment 1").
    static func runInAttachments(_ layout: Layout) -> [Appendix] {
        var found: [Appendix] = []
        var word: String?
        for block in layout.blocks where block.kind != .table {
            for line in block.lines {
                var text = Substring(line.text)
                if let colon = text.firstIndex(ofASCII: ":", withinCharacters: 24),
                   ["attachments", "attachment", "enclosures", "exhibits"].contains(HeadingVocabulary.normalize(String(text[..<colon]))) {
                    word = listWord(String(text[..<colon]))
                    text = text[text.index(after: colon)...].drop { $0 == " " }
                } else if word == nil {
                    continue
                }
                guard let listWord = word, let (label, title) = numberedEntry(String(text), word: listWord) else {
                    word = nil
                    continue
                }
                found.append(Appendix(label: label, title: title.isEmpty ? nil : title, span: line.span))
            }
        }
        return found
    }

    /// "A: Title" or "B – Title" in an appendix list: the label without the word "Appendix".
    static func shortLabel(_ line: String) -> (String, String)? {
        let chars = Array(line)
        guard chars.count > 3, chars[0].isUppercaseQuick || chars[0].isNumberQuick else { return nil }
        let id = String(chars.prefix { $0.isLetterQuick || $0.isNumberQuick })
        guard id.count <= 2, id.count < chars.count, [":", " "].contains(chars[id.count]) else { return nil }
        let rest = String(chars[id.count...]).trimming(characters: " :-–")
        guard line.dropFirst(id.count).trimmingSpaces().first.map({ ":–-".contains($0) }) == true, !rest.isEmpty else { return nil }
        return ("Appendix \(id)", rest)
    }

    /// A short title-like line listed under "Appendices" without a label ("Proposed Record of Decision").
    static func isUnlabelledEntry(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        return (1...12).contains(words.count) && text.first?.isUppercaseQuick == true && !text.hasSuffix(":")
            && !SectionLines.isNone(text) && PageFurniture.columnGaps(text) == 0 && !text.hasSuffix(".")
    }

    /// "Appendix A – Title" at the start of a line (after a bullet or list label), as label and rest.
    static func appendixLabel(_ line: String) -> (String, String)? {
        var text = Substring(line)
        if let match = SectionLabelPattern.match(line) { text = match.rest }
        text = text.drop { $0 == "•" || $0 == "-" || $0 == " " || $0 == "*" }
        // "Appendix A", "Attachment 1", "Exhibit B", "Enclosure 2", as printed or in capitals.
        guard let word = ["Appendix", "Attachment", "Exhibit", "Enclosure", "Annex"].first(where: { word in
            text.hasPrefix(word + " ") || text.hasPrefix(word.uppercased() + " ")
        }) else { return nil }
        let afterWord = text.dropFirst(word.count + 1)
        let id = afterWord.prefix { $0.isLetterQuick || $0.isNumberQuick }
        guard (1...4).contains(id.count), id.allSatisfy({ $0.isNumberQuick }) || id.count <= 2 || RomanNumeral.value(id.asciiLowercased()) != nil,
              id.first?.isUppercaseQuick == true || id.first?.isNumberQuick == true else { return nil }
        let rest = afterWord.dropFirst(id.count)
        // "Appendix 1 of the report" is a reference, not a listing.
        if rest.hasPrefix(" of ") || rest.hasPrefix(" to ") || rest.hasPrefix(" and ") { return nil }
        let gap = rest.replacingGaps()
        return ("\(word) \(id)", gap.trimming(characters: " -–:.,)"))
    }
}

private extension Substring {
    /// Column gaps collapsed to one space ("Title          YES" → "Title YES").
    func replacingGaps() -> String { String(self).collapsingSpaces() }
}
