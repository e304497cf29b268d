import DocketModel

/// Finds the people who sign a report off in a block printed after its text, as US and Canadian
/// staff reports close: "Prepared by: / Wayne Chen / Assistant Community Development Director",
/// often beside "Approved by: / Aarti Shrivastava / Assistant City Manager" in a second column
/// (`ColumnSplitter`), each name followed by its job title and perhaps a second person under
/// the same label.
///
/// Requires: a `SegmentedPaper` (its sections and layout). Produces: `people` with role author ("Prepared
/// by", "Written by") or report_from ("Approved by", "Reviewed by", "Submitted by"), the name and
/// the title; and, in a resolution or ordinance, who signs it as adopted (signatory) and who
/// attests it (attest). A sign-off already read from the front matter is not repeated. Rules
/// (`via`): `sign-off.block`, `sign-off.signature`. Emits no diagnostics.
public struct SignOffExtractor: PaperExtractor {
    static let labels: [String: PersonRole] = [
        "prepared by": .author, "written by": .author, "report prepared by": .author, "approved by": .reportFrom,
        "reviewed by": .reportFrom, "submitted by": .reportFrom, "respectfully submitted": .reportFrom,
    ]
    /// The first letters of the labels (lower case), and the longest label's length.
    static let labelHeads = Set(labels.keys.compactMap(\.utf8.first))
    static let labelLength = labels.keys.map(\.count).max() ?? 0
    /// The labels' lengths in bytes: where a line that opens with one has the label's end.
    static let labelEnds = Set(labels.keys.map(\.utf8.count)).sorted()

    public init() {}

    public func extract(from segmented: SegmentedPaper) -> Contribution {
        let paper = segmented.paper, layout = segmented.layout
        var contribution = Contribution()
        guard paper.docType != .minutes else { return contribution }
        var seen = Set(paper.people.map { $0.name.asciiLowercased() })
        if paper.docType == .decisionRecord {
            for person in Self.signatures(in: layout) where seen.insert(person.name.asciiLowercased()).inserted {
                contribution.people.append(person)
            }
        }
        for page in layout.pages {
            let lines = page.blocks.filter { $0.kind != .table }.flatMap(\.lines)
            var position = 0
            while position < lines.count {
                guard Self.labelRole(lines[position].text) != nil else { position += 1; continue }
                // The block under the label, over the blank lines pdftotext leaves inside it.
                let block = Array(lines[position...].prefix(10))
                position += block.count
                for person in Self.people(in: block) where seen.insert(person.name.asciiLowercased()).inserted {
                    contribution.people.append(person)
                }
            }
        }
        return contribution
    }

    /// The people of a sign-off block, column by column: a label sets the role, a name starts
    /// a person, the lines under it are the title.
    static func people(in block: [Line]) -> [Person] {
        let span = block.dropFirst().reduce(block[0].span) { $0.union($1.span) }
        var people: [Person] = []
        for column in ColumnSplitter.columns(block) {
            var role: PersonRole?
            var open: Person?
            func close() {
                if let person = open { people.append(person) }
                open = nil
            }
            for text in column {
                if let labelRole = labelRole(text) {
                    close()
                    role = labelRole
                    if let name = PersonNamePattern.match(afterLabel(text)), name.name.wordCount >= 2 {
                        open = Person(role: labelRole, name: name.name, honorific: name.honorific,
                                      title: name.rest.isEmpty ? nil : name.rest, span: span, confidence: 0.75, via: "sign-off.block")
                    }
                    continue
                }
                guard let role else { continue }
                if let name = PersonNamePattern.match(text), name.rest.isEmpty, name.name.wordCount >= 2, open == nil || open?.title != nil {
                    close()
                    open = Person(role: role, name: name.name, honorific: name.honorific, span: span, confidence: 0.75, via: "sign-off.block")
                } else if var person = open, text.first?.isUppercaseQuick == true, !text.contains(where: \.isNumberQuick), text.wordCount <= 8,
                          !text.containsASCII(":"), !text.containsASCII("@") {  // "Contact Details: …" is no job title
                    person.title = TextJoiner.join([person.title ?? "", text])
                    open = person
                } else {
                    close()
                }
            }
            close()
        }
        return people
    }

    /// Offices that sign or attest a resolution.
    static let signingOffices = ["mayor", "chair", "chairman", "chairperson", "president", "vice mayor", "deputy mayor", "reeve",
                                 "city clerk", "clerk", "secretary", "town clerk", "county clerk", "clerk of the council", "clerk of council"]

    /// The signature block of a resolution or ordinance as adopted: after "ADOPTED this … day"
    /// or "PASSED AND ADOPTED", a name (often in capitals, perhaps with post-nominals: "TONI J.
    /// TABER, CMC") over its office ("Mayor", "City Clerk"): the signatory, or who attests it
    /// under "ATTEST:".
    static func signatures(in layout: Layout) -> [Person] {
        let lines = layout.blocks.filter { $0.kind != .table }.flatMap(\.lines)
        guard let adopted = lines.lastIndex(where: { line in
            let lower = line.text.asciiLowercased()
            return lower.hasPrefix("adopted this") || lower.hasPrefix("passed and adopted") || lower.hasPrefix("adopted and passed")
        }) else { return [] }
        var people: [Person] = []
        var attesting = false
        for (index, line) in lines[adopted...].prefix(40).enumerated() {
            let text = line.text.trimmingSpaces()
            if text.asciiLowercased().hasPrefix("attest") { attesting = true; continue }
            let position = adopted + index
            guard position + 1 < lines.count else { break }
            let office = lines[position + 1].text.trimmingSpaces().asciiLowercased()
            guard signingOffices.contains(office) else { continue }
            let bare = String(text.split(separator: ",").first ?? "").trimmingSpaces()
            let words = bare.split(separator: " ")
            guard (2...4).contains(words.count), words.allSatisfy({ $0.allSatisfy { $0.isLetterQuick || $0 == "." || $0 == "-" || $0 == "'" } }) else { continue }
            let name = MeetingBody.displayCase(bare)
            people.append(Person(role: attesting ? .attest : .signatory, name: name, title: lines[position + 1].text.trimmingSpaces(),
                                 span: line.span, confidence: 0.7, via: "sign-off.signature"))
            attesting = false
        }
        return people
    }

    /// The role a sign-off label gives ("Prepared by:", "APPROVED BY"), or `nil`.
    static func labelRole(_ text: String) -> PersonRole? {
        // Asked of every line: most open with a letter no label opens with.
        guard let head = text.utf8.first, labelHeads.contains(head | 0x20) else { return nil }
        // A label is followed by nothing, a colon or a comma: a line with none of these where
        // any label would end names no label. (Labels are ASCII, so they end at that byte.)
        var text = text
        let mayEndLabel = text.withUTF8 { bytes in
            labelEnds.contains { end in
                bytes.count == end || bytes.count > end && (bytes[end] == UInt8(ascii: ":") || bytes[end] == UInt8(ascii: ","))
            }
        }
        guard mayEndLabel else { return nil }
        // The longest label and the character after it decide; the rest of a line is not read.
        let lower = text.prefix(labelLength + 1).asciiLowercased()
        for (label, role) in labels where lower.hasPrefix(label) {
            let after = lower.dropFirst(label.count)
            // The label alone or with a colon: "prepared by the Director of Law" is a sentence.
            if after.isEmpty || after.hasPrefix(":") || label == "respectfully submitted" && after.hasPrefix(",") { return role }
        }
        return nil
    }

    static func afterLabel(_ text: String) -> String {
        guard let colon = text.firstIndex(ofASCII: ":") ?? text.firstIndex(ofASCII: ",") else { return "" }
        return text[text.index(after: colon)...].trimmingSpaces()
    }
}
