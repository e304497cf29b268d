import DocketModel

/// Finds officer contacts in "Lead officer contact", "Contact details", "Report Author",
/// "Contact officer" sections and the like, including two-column blocks (`ColumnSplitter`).
///
/// Requires: a `SegmentedPaper` (its sections and layout). Produces: `contacts`, one per person, with
/// name, job title, the heading they were listed under (`role`), address, phones
/// (`PhonePattern`, E.164) and e-mails (`EmailPattern`, lower case). Rules (`via`):
/// - `contacts.section`: the blocks under a contact heading;
/// - `contacts.fields`: a front-matter name field ("Ask for:", "Clerk:", "Contact:", "Issued
///   by:") with the telephone and e-mail fields after it;
/// - `contacts.sentence`: a sentence that says whom to contact and how ("please contact the City
///   Clerk's Office at (626) 855-1500", "by calling 619-321-3208 or emailing …"), the name
///   when a person's follows "contact";
/// - `contacts.sign-off`: on a paper's last page, a name over a job title over a telephone
///   number or e-mail address;
/// - `contacts.letterhead`: an agenda's letterhead telephone number (not its fax).
/// One contact per name (or per address and number, for contacts without a name). Emits no
/// diagnostics.
public struct ContactExtractor: PaperExtractor {
    static let roleLabels = ["report authors", "report author", "relevant directors", "relevant director", "lead directors",
                             "lead director", "corporate directors", "corporate director", "contact officers", "contact officer",
                             "lead officer contact", "lead officer", "author", "director", "officer contact",
                             "democratic services officer", "issued by", "ask for"]
    static let fieldWords = ["telephone number", "phone number", "telephone", "tel", "phone", "email address", "e-mail address", "email",
                             "e-mail", "mobile", "direct line", "contact details"]

    public init() {}

    struct Draft {
        var name: String?
        var title: [String] = []
        var role: String?
        var address: [String] = []
        var phones: [Phone] = []
        var emails: [String] = []
        var hasDetails: Bool { !phones.isEmpty || !emails.isEmpty }
    }

    public func extract(from segmented: SegmentedPaper) -> Contribution {
        let paper = segmented.paper, layout = segmented.layout
        var contribution = Contribution()
        let lines = layout.blocks.filter { $0.kind != .table }.flatMap(\.lines)
        var seen = Set<String>()
        func addOthers() {
            for contact in Self.otherContacts(in: paper, layout: layout) {
                let key = (contact.name ?? "").asciiLowercased() + "|" + (contact.emails.first ?? "") + "|" + (contact.phones.first?.e164 ?? "")
                let known = contribution.contacts.contains { existing in
                    contact.name.map { $0.asciiLowercased() == existing.name?.asciiLowercased() } ?? false
                        || !contact.emails.isEmpty && !Set(contact.emails).isDisjoint(with: existing.emails)
                        || !contact.phones.isEmpty && !Set(contact.phones.map(\.e164)).isDisjoint(with: existing.phones.map(\.e164))
                }
                if !known, seen.insert(key).inserted { contribution.contacts.append(contact) }
            }
        }
        for section in paper.allSections where section.kind == .contact && section.heading != nil {
            // The block ends where an appendix or background list starts.
            let inside = Self.withoutHeading(section.heading ?? "", lines.filter { $0.span.start >= section.span.start && $0.span.end <= section.span.end })
                .prefix { !Self.endsBlock($0.text) }
            var role = Self.role(in: section.heading ?? "")
            var drafts: [Draft] = []
            for column in ColumnSplitter.columns(Array(inside)) {
                drafts += Self.contacts(in: column, role: &role)
            }
            for draft in drafts where draft.hasDetails {
                let key = (draft.name ?? "").asciiLowercased() + "|" + (draft.emails.first ?? "")
                guard seen.insert(key).inserted else { continue }
                contribution.contacts.append(Contact(
                    name: draft.name, title: draft.title.isEmpty ? nil : TextJoiner.join(draft.title),
                    role: draft.role, address: draft.address.isEmpty ? nil : draft.address.joined(separator: ", "),
                    phones: draft.phones, emails: draft.emails, span: section.span,
                    confidence: draft.name != nil && draft.hasDetails ? 0.9 : 0.6, via: "contacts.section"))
            }
        }
        addOthers()
        return contribution
    }

    /// Front-matter labels that name whom to contact.
    static let nameFields: Set<String> = ["ask for", "clerk", "contact", "contact officer", "issued by", "enquiries to", "enquiries",
                                          "contact name", "democratic services officer", "committee clerk", "clerk to the council"]
    static let phoneFields: Set<String> = ["telephone", "tel", "phone", "direct line", "direct dial", "telephone number", "mobile"]
    static let emailFields: Set<String> = ["email", "e-mail", "email address", "e-mail address"]

    /// The contacts found outside contact sections (see the type's rules).
    static func otherContacts(in paper: Paper, layout: Layout) -> [Contact] {
        var found: [Contact] = []
        let fallbackSpan = paper.allSections.first?.span ?? Span(page: 1, line: 1, start: 0, end: 0)
        // Front-matter fields, in the order they were printed.
        let labels = paper.fields.keys.sorted()
        if let nameLabel = labels.first(where: { nameFields.contains(HeadingVocabulary.normalize($0)) }),
           let name = PersonNamePattern.match(paper.fields[nameLabel] ?? ""), name.name.wordCount >= 2 {
            let phones = labels.filter { phoneFields.contains(HeadingVocabulary.normalize($0)) }.flatMap { PhonePattern.all(in: paper.fields[$0] ?? "") }
            let emails = labels.filter { emailFields.contains(HeadingVocabulary.normalize($0)) }
                .flatMap { EmailPattern.all(in: rejoiningWrappedAddresses(paper.fields[$0] ?? "")).map(\.address) }
            if !phones.isEmpty || !emails.isEmpty {
                found.append(Contact(name: name.name, title: name.rest.isEmpty ? nil : name.rest, role: nameLabel, address: nil,
                                     phones: phones.map { Phone(raw: $0.raw, e164: $0.e164, ext: $0.ext) }, emails: emails,
                                     span: fallbackSpan, confidence: 0.75, via: "contacts.fields"))
            }
        }
        // Sentences that say whom to contact and how (minutes report who was contacted): in the
        // sections, in the notices above the first of them, and in a running footer ("DRAFT--
        // Contact the Office of the City Clerk at (408) 535-1260 …").
        if paper.docType != .minutes {
            // A section with no way to reach anyone in it (`mayReach`) has none in a paragraph.
            for section in paper.allSections where mayReach(section.text) {
                for paragraph in DecisionExtractor.paragraphs(section.text) {
                    found += sentenceContacts(in: paragraph, span: section.span)
                }
            }
            let bodyStart = paper.allSections.first { $0.heading != nil || $0.number != nil }?.span.start ?? 0
            for block in layout.blocks where block.kind != .table {
                guard let first = block.lines.first, first.span.start < bodyStart else { break }
                found += sentenceContacts(in: TextJoiner.join(block.lines.map(\.text)), span: first.span)
            }
        }
        for line in layout.furniture { found += sentenceContacts(in: line, span: fallbackSpan) }
        found += signOffs(in: layout)
        if paper.docType == .agenda, let letterhead = letterheadContact(in: layout) { found.append(letterhead) }
        return found
    }

    /// The contacts of the sentences of `paragraph` that say whom to contact and how ("please
    /// call the office of the Parks Department at (818) 238-5300", "For questions, please
    /// contact Toni Taber, City Clerk, at (408) 535-1260."): their telephone numbers (not faxes)
    /// and e-mail addresses, and the person named after "contact".
    /// The words a sentence that gives a contact holds, in any case.
    static let contactWords = PhraseSet(["contact", "calling", "call "], caseInsensitive: true)

    static func sentenceContacts(in paragraph: String, span: Span) -> [Contact] {
        // The paragraph holds a number or an address if any of its sentences does: most
        // paragraphs are ruled out here, before they are cut into sentences.
        guard paragraph.utf8.count <= 4000, mayReach(paragraph), Self.contactWords.occurs(in: paragraph) else { return [] }
        var found: [Contact] = []
        for sentence in ResolutionPattern.sentences(of: paragraph) {
            guard Self.contactWords.occurs(in: sentence) else { continue }
            let phones = PhonePattern.all(in: sentence).filter { !isFax(sentence, $0) }
            let emails = EmailPattern.all(in: sentence).map(\.address)
            guard !phones.isEmpty || !emails.isEmpty else { continue }
            var name: String?
            if let range = sentence.utf8Range(of: "contact "), let person = PersonNamePattern.match(String(sentence[range.upperBound...])),
               person.name.wordCount >= 2 {
                name = person.name
            }
            found.append(Contact(name: name, title: nil, role: nil, address: nil,
                                 phones: phones.map { Phone(raw: $0.raw, e164: $0.e164, ext: $0.ext) }, emails: emails,
                                 span: span, confidence: 0.6, via: "contacts.sentence"))
        }
        return found
    }

    /// Whether `text` may hold a way to reach someone — a telephone number (ten digits or more,
    /// `PhonePattern.mayHoldNumber`) or an e-mail address (an "@") — read from its bytes; a text
    /// without either gives no contact.
    static func mayReach(_ text: String) -> Bool {
        text.containsASCII("@") || PhonePattern.mayHoldNumber(text)
    }

    /// "georgina.little@kent .gov.uk": an address wrapped at a column edge, closed up.
    static func rejoiningWrappedAddresses(_ value: String) -> String {
        var words: [String] = []
        for word in value.split(separator: " ") {
            if word.hasPrefix("."), let last = words.last, last.containsASCII("@") { words[words.count - 1] += word } else { words.append(String(word)) }
        }
        return words.joined(separator: " ")
    }

    /// "Fax 705-724-5385": a fax number is no way to contact a person.
    static func isFax(_ text: String, _ phone: PhonePattern.Match) -> Bool {
        let chars = Array(text)
        let before = String(chars[max(0, phone.range.lowerBound - 8)..<phone.range.lowerBound]).asciiLowercased()
        return before.utf8Contains("fax")
    }

    /// On the last page: a name alone on its line, a job title under it, then a telephone number
    /// or e-mail address ("Benjamin Watts / General Counsel / 03000 416814").
    static func signOffs(in layout: Layout) -> [Contact] {
        guard let last = layout.pages.last else { return [] }
        var found: [Contact] = []
        let lines = last.blocks.filter { $0.kind != .table }.flatMap(\.lines)
        // Whether each line may hold an e-mail address or a telephone number, asked once per line.
        let reachable = lines.map { mayReach($0.text) }
        var index = 0
        while index + 2 < lines.count {
            defer { index += 1 }
            // The cheap tests first: a number or an address under the title, then the title.
            guard reachable[(index + 2)..<min(lines.count, index + 4)].contains(true),
                  lines[index + 1].text.wordCount <= 8, lines[index + 1].text.first?.isUppercaseQuick == true,
                  let name = PersonNamePattern.match(lines[index].text), name.rest.isEmpty, name.name.wordCount >= 2,
                  PhonePattern.all(in: lines[index + 1].text).isEmpty, EmailPattern.all(in: lines[index + 1].text).isEmpty else { continue }
            var phones: [Phone] = []
            var emails: [String] = []
            for line in lines[(index + 2)..<min(lines.count, index + 4)] {
                phones += PhonePattern.all(in: line.text).filter { !isFax(line.text, $0) }.map { Phone(raw: $0.raw, e164: $0.e164, ext: $0.ext) }
                emails += EmailPattern.all(in: line.text).map(\.address)
            }
            guard !phones.isEmpty || !emails.isEmpty else { continue }
            found.append(Contact(name: name.name, title: lines[index + 1].text, role: nil, address: nil, phones: phones, emails: emails,
                                 span: lines[index].span, confidence: 0.6, via: "contacts.sign-off"))
            index += 2
        }
        return found
    }

    /// An agenda's letterhead: the first block of its first page, when it prints an address or
    /// a web address with a telephone number — the number to call about the meeting.
    static func letterheadContact(in layout: Layout) -> Contact? {
        guard let block = layout.pages.first?.blocks.first(where: { $0.kind != .table }), block.lines.count <= 8 else { return nil }
        let text = block.lines.map(\.text).joined(separator: "\n")
        let lower = text.asciiLowercased()
        guard lower.utf8Contains("www.") || lower.utf8Contains("street") || lower.utf8Contains("road") || lower.utf8Contains("avenue") else { return nil }
        let phones = block.lines.flatMap { line in PhonePattern.all(in: line.text).filter { !isFax(line.text, $0) } }
        guard let phone = phones.first else { return nil }
        return Contact(name: nil, title: nil, role: nil, address: nil, phones: [Phone(raw: phone.raw, e164: phone.e164, ext: phone.ext)],
                       emails: [], span: block.span, confidence: 0.5, via: "contacts.letterhead")
    }

    /// Reads one column of lines into contacts.
    static func contacts(in column: [String], role: inout String?) -> [Draft] {
        var drafts: [Draft] = []
        var current: Draft?
        var pendingEmailHead: String?
        for raw in column {
            if endsBlock(raw) { break }
            var line = raw
            if let (label, rest) = leadingLabel(line) {
                role = label
                line = rest
                if let open = current, open.hasDetails { drafts.append(open); current = nil }
            }
            line = strippingFieldWords(line)
            // An address wrapped at the column edge: "georgina.little@kent" + ".gov.uk".
            if let head = pendingEmailHead, line.hasPrefix(".") {
                line = head + line
            }
            pendingEmailHead = nil
            let emails = EmailPattern.all(in: line)
            let phones = PhonePattern.all(in: line)
            var rest = removing(emails.map(\.range) + phones.map(\.range), from: line)
            if emails.isEmpty, let at = rest.firstIndex(ofASCII: "@"), !rest[at...].containsASCII(".") {
                pendingEmailHead = rest.trimmingSpaces()
                rest = ""
            }
            rest = rest.split(separator: " ").filter { $0.contains { $0.isLetterQuick || $0.isNumberQuick } }.joined(separator: " ")
            rest = rest.trimmingScalars(in: " ,;|:–-")
            if !rest.isEmpty {
                let name = PersonNamePattern.match(rest)
                let startsNew = current == nil || current!.name == nil || current!.hasDetails
                if let name, startsNew, name.name.wordCount >= 2 || name.honorific != nil {
                    if let open = current, open.name != nil || open.hasDetails { drafts.append(open) }
                    current = Draft(name: name.name, role: role)
                    let parts = name.rest.split(separator: ",").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
                    if let first = parts.first { current?.title.append(first) }
                    current?.address += parts.dropFirst()
                } else if current != nil, !current!.hasDetails {
                    current?.title.append(rest)
                }
            }
            if !emails.isEmpty || !phones.isEmpty {
                var open = current ?? Draft(role: role)
                for email in emails.map(\.address) where !open.emails.contains(email) { open.emails.append(email) }
                for phone in phones where !open.phones.contains(where: { $0.e164 == phone.e164 }) {
                    open.phones.append(Phone(raw: phone.raw, e164: phone.e164, ext: phone.ext))
                }
                current = open
            }
        }
        if let open = current { drafts.append(open) }
        return drafts
    }

    /// A section's lines after the lines that print its heading ("West of England Combined
    /// Authority Contact:"), whose words are no contact's name. A line that runs on past the
    /// heading ("Report Author: Pete Davis") stays.
    static func withoutHeading(_ heading: String, _ lines: [Line]) -> ArraySlice<Line> {
        let target = HeadingVocabulary.normalize(heading)
        var printed = ""
        for (index, line) in lines.enumerated() {
            printed = HeadingVocabulary.normalize(printed.isEmpty ? line.text : printed + " " + line.text)
            if printed == target { return lines[(index + 1)...] }
            guard target.hasPrefix(printed), index < 3 else { break }
        }
        return lines[...]
    }

    /// An appendix or background-papers list after the contact block is not part of it.
    static func endsBlock(_ line: String) -> Bool {
        let lower = line.asciiLowercased()
        return lower.hasPrefix("appendix") || lower.hasPrefix("appendices") || lower.hasPrefix("background")
    }

    /// "Report Author:" or "Relevant Director" at the start of a line, and the rest of the line.
    static func leadingLabel(_ line: String) -> (String, String)? {
        let lower = line.asciiLowercased()
        for label in roleLabels where lower.hasPrefix(label) {
            // The label alone ("Lead Directors") or with a colon ("Report Author: Pete Davis"); not
            // the start of a job title ("Director of Education").
            let after = line.dropFirst(label.count)
            guard after.trimmingSpaces().isEmpty || after.first == ":" else { continue }
            let printed = String(line.prefix(label.count))
            return (printed, after.drop { $0 == ":" || $0 == " " }.trimmingSpaces())
        }
        return nil
    }

    static func strippingFieldWords(_ line: String) -> String {
        var text = line
        for word in fieldWords {
            while let range = text.utf8Range(of: word, caseInsensitive: true) {
                let before = range.lowerBound == text.startIndex || text[text.index(before: range.lowerBound)] == " "
                let afterIndex = range.upperBound
                let after = afterIndex == text.endIndex || [" ", ":", "."].contains(text[afterIndex])
                guard before && after else { break }
                text.replaceSubrange(range, with: "")
            }
        }
        return text.trimmingScalars(in: " :")
    }

    static func role(in heading: String) -> String? {
        leadingLabel(heading).map(\.0)
    }

    /// The line with the given character ranges blanked out.
    static func removing(_ ranges: [Range<Int>], from line: String) -> String {
        var chars = Array(line)
        for range in ranges { for index in range where index < chars.count { chars[index] = " " } }
        return String(chars).collapsingSpaces()
    }
}
