import DocketModel
import Foundation

/// Finds officer contacts in "Lead officer contact", "Contact details", "Report Author",
/// "Contact officer" sections and the like, including two-column blocks (`ColumnSplitter`).
///
/// Requires: a segmented paper with its layout. Produces: `contacts`, one per person, with
/// name, job title, the heading they were listed under (`role`), address, phones
/// (`PhonePattern`, E.164) and e-mails (`EmailPattern`, lower case). Rule (`via`):
/// `contacts.section`. A paper without a contact section gives no contacts. Emits no diagnostics.
public struct ContactExtractor: PaperExtractor {
    public static let stageName = "extract.contacts@1"

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

    public func extract(from paper: Paper) -> Contribution {
        var contribution = Contribution()
        guard let layout = paper.layout else { return contribution }
        let lines = layout.blocks.filter { $0.kind != .table }.flatMap(\.lines)
        var seen = Set<String>()
        for section in paper.allSections where section.kind == .contact && section.heading != nil {
            // The block ends where an appendix or background list starts.
            let inside = lines.filter { $0.span.start >= section.span.start && $0.span.end <= section.span.end }
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
        return contribution
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
            if emails.isEmpty, let at = rest.firstIndex(of: "@"), !rest[at...].containsASCII(".") {
                pendingEmailHead = rest.trimmingSpaces()
                rest = ""
            }
            rest = rest.split(separator: " ").filter { $0.contains { $0.isLetter || $0.isNumber } }.joined(separator: " ")
            rest = rest.trimmingCharacters(in: CharacterSet(charactersIn: " ,;|:–-"))
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
        return text.trimmingCharacters(in: CharacterSet(charactersIn: " :"))
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
