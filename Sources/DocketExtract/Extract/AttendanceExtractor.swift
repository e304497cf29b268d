import DocketModel
import Foundation

/// Finds who attended a meeting, in minutes and decision notices: the "Present", "In
/// attendance", "Members present", "Staff", "Guests", "Apologies", "Absent", "Regrets" lists of
/// the front matter or of sections so headed (numbered or not, "1. Those Attending: …"), each
/// list cut where another begins inside it ("… Clerk J Connelly Members of the Public Mr
/// Godfrey … Apologies - None"), and the apologies reported in an apologies minute ("Apologies
/// were received from Mrs C Bell.").
///
/// In agendas it finds the body's members instead: a membership list under its heading or
/// label, the members printed one a line in the masthead (`MemberLinePattern`), or those a roll
/// call item names.
///
/// Requires: a segmented paper (and its layout, for an agenda's masthead) of type minutes,
/// decision record or agenda. Produces: `people` with role chair (a "(Chairman)"/"(Chair)"
/// entry, a "Chairman" office, or else the mayor of a present list), present, in_attendance
/// (officers named in a present list by their job title, councillors of another council,
/// guests listed after the councillors), apologies, or, in agendas, member; the name without
/// honorific, and the title (`AttendanceListPattern`). Rules (`via`): `attendance.field`,
/// `attendance.paragraph` (a "Present: …" paragraph in the body's first section),
/// `attendance.section`, `attendance.apologies-minute`, and in agendas
/// `attendance.masthead-members`, `attendance.membership`. Emits no diagnostics.
public struct AttendanceExtractor: PaperExtractor {
    public init() {}

    public func extract(from segmented: SegmentedPaper) -> Contribution {
        let paper = segmented.paper
        var contribution = Contribution()
        if paper.docType == .agenda { return Self.membership(of: segmented) }
        guard paper.docType == .minutes || paper.docType == .decisionRecord else { return contribution }
        var seen = Set<String>()
        func add(_ entries: [AttendanceListPattern.Entry], role: PersonRole, span: Span, via: String) {
            let hasChair = entries.contains { Self.isChair($0) }
            // A list that names its members as councillors names those it lists after them as
            // "Mr", "Mrs" … guests ("Councillors D Richardson (Chair), S Linsley … Clerk J
            // Connelly … Mr D Bellsham and Mr A Wood").
            let lastCouncillor = entries.lastIndex { $0.isCouncillor } ?? entries.count
            let councillors = entries.filter(\.isCouncillor).count
            for (position, entry) in entries.enumerated() {
                var entryRole = role
                if role == .present {
                    let guest = councillors >= 2 && position > lastCouncillor && entry.title == nil
                        && ["mr", "mrs", "ms", "miss", "dr"].contains(entry.honorific?.asciiLowercased().trimming(characters: ".") ?? "")
                    if Self.isChair(entry) || !hasChair && entry.honorific?.asciiLowercased() == "mayor" && entry.title == nil {
                        entryRole = .chair
                    } else if Self.isOfficer(entry) || Self.isOtherTierCouncillor(entry) || guest {
                        entryRole = .inAttendance
                    }
                }
                guard seen.insert("\(entryRole.rawValue)|\(entry.name)|\(entry.honorific ?? "")").inserted else { continue }
                contribution.people.append(Person(role: entryRole, name: entry.name, honorific: entry.honorific,
                                                  title: entry.title, span: span, confidence: 0.85, via: via))
            }
        }
        func addList(_ text: String, role: PersonRole, span: Span, via: String) {
            for (listRole, list) in Self.lists(in: text, role: role) {
                add(AttendanceListPattern.entries(in: list), role: listRole, span: span, via: via)
            }
        }
        let firstSpan = paper.allSections.first?.span ?? Span(page: 1, line: 1, start: 0, end: 0)
        // Fields in the order a reader expects: those present, then officers, then apologies.
        let order: [PersonRole] = [.present, .inAttendance, .apologies]
        let fields = paper.fields.compactMap { label, value in AttendanceLabelPattern.role(of: label).map { ($0, label, value) } }
            .sorted { (order.firstIndex(of: $0.0) ?? 9, $0.1) < (order.firstIndex(of: $1.0) ?? 9, $1.1) }
        for (role, _, value) in fields {
            addList(value, role: role, span: firstSpan, via: "attendance.field")
        }
        for section in paper.allSections {
            // "Present: Mrs R Crisp, Mr D George, …" printed as a paragraph under the masthead
            // that the body began with.
            if section.number == nil, section.children.isEmpty || section.heading != nil {
                for paragraph in section.text.split(separator: "\n") {
                    guard let colon = paragraph.firstIndex(ofASCII: ":", withinCharacters: 30),
                          let role = AttendanceLabelPattern.role(of: String(paragraph[..<colon])) else { continue }
                    addList(String(paragraph[paragraph.index(after: colon)...]), role: role, span: section.span, via: "attendance.paragraph")
                }
            }
            guard let heading = section.heading else { continue }
            let key = HeadingVocabulary.normalize(heading)
            let reported = key.utf8Contains("apolog") && section.text.utf8Contains(" from ")
            if let role = AttendanceLabelPattern.role(of: heading), !reported {
                addList(section.text.replacingOccurrences(of: "\n", with: ", "), role: role, span: section.span, via: "attendance.section")
            } else if key.utf8Contains("apolog") {
                for list in Self.reportedApologies(section.text) {
                    add(AttendanceListPattern.entries(in: list), role: .apologies, span: section.span, via: "attendance.apologies-minute")
                }
            }
        }
        return contribution
    }

    /// An agenda's list of the body's members: under a membership heading or label ("PLANNING
    /// COMMISSIONERS • William Hofman – Chair • Kelly Modén - Vice-Chair …"), printed one a line
    /// in the masthead (`MemberLinePattern`: "Emmanuel J. Estrada - Mayor/Chair", "President
    /// Cynthia McClain-Hill"), or called in a roll call item ("2. ROLL CALL • Steve Sherman • …");
    /// role member, or chair for the one so titled.
    static func membership(of segmented: SegmentedPaper) -> Contribution {
        let paper = segmented.paper
        var contribution = Contribution()
        var seen = Set<String>()
        let firstSpan = paper.allSections.first?.span ?? Span(page: 1, line: 1, start: 0, end: 0)
        // The masthead: the first page, and the next up to the first section.
        let firstPageEnd = segmented.layout.pages.first?.blocks.last?.lines.last?.span.end ?? 0
        for (member, span) in mastheadMembers(segmented.layout, before: max(firstPageEnd, paper.allSections.first?.span.start ?? Int.max))
        where seen.insert(member.name).inserted {
            let titled = AttendanceListPattern.Entry(honorific: nil, name: member.name, title: member.title)
            contribution.people.append(Person(role: isChair(titled) || member.title.asciiLowercased().hasSuffix("/chair") ? .chair : .member,
                                              name: member.name, title: member.title, span: span, confidence: 0.7,
                                              via: "attendance.masthead-members"))
        }
        var lists: [(String, Span)] = paper.fields.filter { AttendanceLabelPattern.isMembership($0.key) }.sorted { $0.key < $1.key }
            .map { ($0.value, firstSpan) }
        for section in paper.allSections {
            guard let heading = section.heading else { continue }
            // The members an agenda's roll call names are the body's.
            if AttendanceLabelPattern.isMembership(heading) || HeadingVocabulary.normalize(heading) == "roll call" {
                lists.append((section.text.replacingOccurrences(of: "\n", with: ", ").replacingOccurrences(of: "•", with: ","), section.span))
            }
        }
        for (text, span) in lists {
            // "William Hofman – Chair": a dash before the title.
            var found = 0
            for part in AttendanceListPattern.parts(of: text) {
                let titled = part.contains(" – ") || part.contains(" - ")
                    ? part.replacingOccurrences(of: " – ", with: " (").replacingOccurrences(of: " - ", with: " (") + ")" : part
                let entries = AttendanceListPattern.entries(in: titled)
                // The list ends where its names do (the text after it ran on into the field).
                if entries.isEmpty, found > 0 { break }
                for var entry in entries where seen.insert(entry.name).inserted {
                    if let title = entry.title, title.wordCount > 6 { entry.title = nil }
                    found += 1
                    contribution.people.append(Person(role: isChair(entry) ? .chair : .member, name: entry.name, honorific: entry.honorific,
                                                      title: entry.title, span: span, confidence: 0.75, via: "attendance.membership"))
                }
            }
        }
        return contribution
    }

    /// The members printed one a line in an agenda's masthead, before `end` on its first two
    /// pages: a run of three or more member lines
    /// (`MemberLinePattern`), a line set in columns counting when one of its columns is a member
    /// ("Margaret Abe-Koga, Mayor      Kimbra McCarthy, City Manager").
    static func mastheadMembers(_ layout: Layout, before end: Int) -> [(MemberLinePattern.Member, Span)] {
        var found: [(MemberLinePattern.Member, Span)] = []
        var run: [(MemberLinePattern.Member, Span)] = []
        func close() {
            if run.count >= 3 { found += run }
            run = []
        }
        for page in layout.pages.prefix(2) {
            for block in page.blocks where block.kind != .table {
                for line in block.lines {
                    guard line.span.start < end else { close(); return found }
                    let members = MemberLinePattern.members(inLine: line.text)
                    if members.isEmpty { close() } else { run += members.map { ($0, line.span) } }
                }
            }
        }
        close()
        return found
    }

    static func isChair(_ entry: AttendanceListPattern.Entry) -> Bool {
        let words = [entry.title, entry.honorific].compactMap { $0?.asciiLowercased() }
        return words.contains { word in
            ["chair", "chairman", "chairwoman", "chairperson", "presiding", "presiding officer"].contains(word.trimming(characters: " ."))
        }
    }

    /// A councillor of another council attending ("Borough Councillor C Sampson", "County
    /// Councillor T White", "District Cllr Lowe"): in attendance, not a member present.
    static func isOtherTierCouncillor(_ entry: AttendanceListPattern.Entry) -> Bool {
        guard let title = entry.title?.asciiLowercased() else { return false }
        let words = title.split(separator: " ")
        return words.count <= 3 && ["county", "borough", "district", "city", "unitary"].contains { words.contains(Substring($0)) }
            && words.contains { $0.hasPrefix("councillor") || $0 == "cllr" }
    }

    /// An officer named in a list of those present ("Clerk J Connelly", "Mrs C Hardy (Clerk)").
    static func isOfficer(_ entry: AttendanceListPattern.Entry) -> Bool {
        guard let title = entry.title?.asciiLowercased(), !isChair(entry) else { return false }
        if let honorific = entry.honorific?.asciiLowercased(), ["councillor", "cllr", "mayor", "councilmember", "commissioner", "alderman", "reeve"].contains(honorific) {
            return false
        }
        let officerWords = ["clerk", "officer", "manager", "director", "treasurer", "administrator", "superintendent", "secretary",
                            "engineer", "planner", "attorney", "solicitor", "warden", "assistant", "chief", "executive", "staff"]
        return title.split(separator: " ").contains { word in officerWords.contains { word.utf8Contains($0) } }
    }

    /// A list cut into the lists it holds: where a label of another list begins inside it
    /// ("… Clerk J Connelly Members of the Public Mr Godfrey … Apologies - None", "Present:
    /// Brown, Huber Absent: None"), the rest is that list's, with its role.
    static func lists(in text: String, role: PersonRole) -> [(PersonRole, String)] {
        var result: [(PersonRole, String)] = []
        var currentRole = role
        var current = ""
        var words = text.split(separator: " ", omittingEmptySubsequences: false)[...]
        while let word = words.first {
            // A label: one to four words at a word start, ending with ":" or followed by " -", or
            // "Members of the Public" / "Apologies" / "Absent" before a capital.
            var matched: (PersonRole, Int)?
            for length in stride(from: 4, through: 1, by: -1) where words.count >= length {
                let phrase = words.prefix(length).joined(separator: " ")
                let bare = phrase.trimming(characters: ":-–")
                guard let labelRole = AttendanceLabelPattern.role(of: bare), bare.first?.isUppercaseQuick == true else { continue }
                let next = words.dropFirst(length).first
                let isLabel = phrase.hasSuffix(":") || next == "-" || next == "–" || next?.hasPrefix(":") == true
                    || AttendanceLabelPattern.bareOpeners.contains(HeadingVocabulary.normalize(bare))
                if isLabel {
                    matched = (labelRole, length)
                    break
                }
            }
            if let (labelRole, length) = matched {
                if !current.trimmingSpaces().isEmpty { result.append((currentRole, current)) }
                current = ""
                currentRole = labelRole
                words = words.dropFirst(length)
                while let dash = words.first, dash == "-" || dash == "–" || dash == ":" { words = words.dropFirst() }
                continue
            }
            current += (current.isEmpty ? "" : " ") + word
            words = words.dropFirst()
        }
        if !current.trimmingSpaces().isEmpty { result.append((currentRole, current)) }
        return result
    }

    /// The lists after "apologies were received from", "reported apologies from", … up to the full stop.
    static func reportedApologies(_ text: String) -> [String] {
        var lists: [String] = []
        var rest = Substring(text)
        while let range = rest.utf8Range(of: "apologies", caseInsensitive: true) {
            rest = rest[range.upperBound...]
            guard let from = rest.utf8Range(of: " from "), rest.distance(from: rest.startIndex, to: from.lowerBound) <= 40 else { continue }
            let after = rest[from.upperBound...]
            let end = after.firstIndex { $0 == "." || $0 == "\n" } ?? after.endIndex
            lists.append(String(after[..<end]))
            rest = after[end...]
        }
        return lists
    }
}
