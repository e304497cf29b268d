import DocketModel

/// Finds the appendices a paper lists: "Appendix A – Visitor counts", "• Appendix B – EqIA",
/// "c) Appendix 1 Service Offer Comparison", under an "Appendices" (or "Attached documents")
/// heading.
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
                for line in block {
                    let text = SectionLines.strippingHeading(line.text, heading: section.heading)
                    if let (label, rest) = Self.appendixLabel(text) ?? (isList ? Self.shortLabel(text) : nil) {
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
        return contribution
    }

    /// "A: Title" or "B – Title" in an appendix list: the label without the word "Appendix".
    static func shortLabel(_ line: String) -> (String, String)? {
        let chars = Array(line)
        guard chars.count > 3, chars[0].isUppercase || chars[0].isNumber else { return nil }
        let id = String(chars.prefix { $0.isLetter || $0.isNumber })
        guard id.count <= 2, id.count < chars.count, [":", " "].contains(chars[id.count]) else { return nil }
        let rest = String(chars[id.count...]).trimming(characters: " :-–")
        guard line.dropFirst(id.count).trimmingSpaces().first.map({ ":–-".contains($0) }) == true, !rest.isEmpty else { return nil }
        return ("Appendix \(id)", rest)
    }

    /// A short title-like line listed under "Appendices" without a label ("Proposed Record of Decision").
    static func isUnlabelledEntry(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        return (1...12).contains(words.count) && text.first?.isUppercase == true && !text.hasSuffix(":")
            && !SectionLines.isNone(text) && PageFurniture.columnGaps(text) == 0 && !text.hasSuffix(".")
    }

    /// "Appendix A – Title" at the start of a line (after a bullet or list label), as label and rest.
    static func appendixLabel(_ line: String) -> (String, String)? {
        var text = Substring(line)
        if let match = SectionLabelPattern.match(line) { text = match.rest }
        text = text.drop { $0 == "•" || $0 == "-" || $0 == " " || $0 == "*" }
        guard text.hasPrefix("Appendix ") || text.hasPrefix("APPENDIX ") else { return nil }
        let afterWord = text.dropFirst("Appendix ".count)
        let id = afterWord.prefix { $0.isLetter || $0.isNumber }
        guard (1...4).contains(id.count), id.allSatisfy({ $0.isNumber }) || id.count <= 2 || RomanNumeral.value(id.asciiLowercased()) != nil,
              id.first?.isUppercase == true || id.first?.isNumber == true else { return nil }
        let rest = afterWord.dropFirst(id.count)
        // "Appendix 1 of the report" is a reference, not a listing.
        if rest.hasPrefix(" of ") || rest.hasPrefix(" to ") || rest.hasPrefix(" and ") { return nil }
        let gap = rest.replacingGaps()
        return ("Appendix \(id)", gap.trimming(characters: " -–:.,)"))
    }
}

private extension Substring {
    /// Column gaps collapsed to one space ("Title          YES" → "Title YES").
    func replacingGaps() -> String { String(self).collapsingSpaces() }
}
