import Foundation
import DocketModel

/// Reads a paper's front matter — the lines before its first section — into labelled fields,
/// the title, the meeting (body and date), the document type and the people named with a role.
///
/// Labelled lines are "Label: value" with a short label; a value continues on the lines that
/// follow it when they carry no label of their own (in `pdftotext -layout` output, lines
/// indented to the value's column; in plain text, a short stray line such as "Services" left by
/// a wrapped value). The title is the "Subject"/"Title" field, or else the first line of the
/// masthead that is neither the body, a date nor the council's name.
struct FrontMatterReader {
    struct Result {
        var fields: [FrontMatterField] = []
        var title: String?
        var meeting = Meeting()
        var docType: DocType = .other
        var people: [Person] = []
        /// The body named at the start of a heading line, for when nothing else names one.
        var bodyFromHeadings: String?
    }

    static let titleKeys = ["subject", "title", "report title", "subject matter / title of decision",
                            "title of decision", "title of report", "report subject", "item"]
    static let bodyKeys = ["committee", "report to", "to", "meeting", "decision to be taken by", "decision taken by",
                           "decision maker", "decision taker", "body"]
    /// Labels of the meeting's date, the meeting's own first ("COUNCIL AGENDA: 8/24/2021" above
    /// a memo's "DATE: August 18, 2021").
    static let dateKeys = ["date of meeting", "meeting date", "council agenda", "council meeting", "council meeting date",
                           "agenda date", "hearing date", "date of hearing", "for the meeting of", "meeting of", "date",
                           "date of decision", "decision date"]
    static let roleKeys: [String: PersonRole] = [
        "portfolio holder": .portfolioHolder, "cabinet member": .cabinetMember, "lead member": .cabinetMember,
        "cabinet portfolio holder": .portfolioHolder, "report from": .reportFrom, "from": .reportFrom,
        "report of": .reportFrom, "author": .author, "report author": .author, "lead officer": .author,
        "officer presenting the report": .presentingOfficer, "committee chair": .chair, "chair": .chair,
        "executive director lead": .executiveDirectorLead, "responsible officer": .responsibleOfficer,
        "decision maker": .decisionMaker, "decision taker": .decisionMaker,
        "prepared by": .author, "written by": .author, "staff contact": .author, "approved by": .reportFrom,
        "submitted by": .reportFrom, "reviewed by": .reportFrom, "presented by": .presentingOfficer,
    ]

    /// Whether the paper writes numeric dates month first (`DatePattern.prefersMonthFirst`).
    var monthFirst = false
    /// The whole text's `headLines`, when the caller has read them already.
    var headLines: [String]?

    func read(_ units: ArraySlice<Unit>, wholeText: [Unit]) -> Result {
        var result = Result()
        var free: [Line] = []
        /// Positions in `list` of the free lines.
        var freePositions: [Int] = []
        /// The free lines that are not items of a list: a web page's list of its documents
        /// ("Comments from the Audit Committee") names no meeting.
        var mastheadLines: [Line] = []
        var metadata: [FrontMatterField] = []
        var current: FrontMatterField?
        var valueIndent = 0
        let list = units.flatMap(Self.splittingFieldPairs)
        // The fields printed side by side on the latest labelled line, with their value columns:
        // a continuation line belongs to the one whose column it is under.
        var besides: [(field: Int, column: Int)] = []
        var index = 0
        while index < list.count {
            if index & 255 == 0, Deadline.expired { break }
            let unit = list[index]
            index += 1
            if unit.table != nil { continue }
            if unit.blockKind == .metadata {
                // Markdown front matter: read, but used only where the paper itself is silent.
                if let labelled = Self.labelled(unit, next: nil) {
                    metadata.append(FrontMatterField(label: labelled.label, key: HeadingVocabulary.normalize(labelled.label),
                                                     lines: labelled.value.isEmpty ? [] : [labelled.value], span: unit.line.span))
                }
                continue
            }
            // A line under the value of a field printed beside the open one continues that value:
            // within three columns of it, or eight when the value runs on ("SUBJECT: Biennial
            // Peer Review of the" over "City Auditor's Office", set in bolder type).
            if let open = current, !open.lines.isEmpty, let nearest = besides.min(by: { abs($0.column - unit.line.indent) < abs($1.column - unit.line.indent) }),
               abs(nearest.column - unit.line.indent) <= (LineClassifier.runsOn(result.fields[nearest.field].value) ? 8 : 3),
               abs(valueIndent - unit.line.indent) > 3, Self.labelled(unit, next: nil) == nil {
                result.fields[nearest.field].lines.append(unit.text)
                continue
            }
            if index >= 2, list[index - 2].line.span != unit.line.span, Self.labelled(unit, next: nil) != nil { besides = [] }
            if current == nil || !(current!.lines.isEmpty),
               Self.titleKeys.contains(HeadingVocabulary.normalize(unit.text))
                || (AttendanceLabelPattern.role(of: unit.text) != nil || AttendanceLabelPattern.isMembership(unit.text)) && !unit.text.containsASCII(":") {
                // "Subject Matter / Title of Decision" or "Present" printed alone, its value on the next lines.
                if let field = current { result.fields.append(field) }
                current = FrontMatterField(label: unit.text, key: HeadingVocabulary.normalize(unit.text), lines: [], span: unit.line.span)
                valueIndent = 0
                continue
            }
            if let labelled = Self.labelled(unit, next: index < list.count ? list[index] : nil) {
                if let field = current {
                    result.fields.append(field)
                    // The field before this one on the same printed line stays open beside it.
                    if field.span == unit.line.span { besides.append((result.fields.count - 1, valueIndent)) }
                }
                if labelled.usesNextLine { index += 1 }
                current = FrontMatterField(label: labelled.label, key: HeadingVocabulary.normalize(labelled.label),
                                           lines: labelled.value.isEmpty ? [] : [labelled.value], span: unit.line.span)
                valueIndent = labelled.column
                continue
            }
            if current != nil, Self.continues(unit, valueIndent: valueIndent, field: current!) {
                // Changed in place (no copy of the field is held): a copy would make each line
                // cost the whole value so far.
                current!.lines.append(unit.text)
                current!.span = current!.span.union(unit.line.span)
                continue
            }
            if let field = current { result.fields.append(field); current = nil }
            free.append(unit.line)
            freePositions.append(index - 1)
            if unit.blockKind != .listItem { mastheadLines.append(unit.line) }
        }
        if let field = current { result.fields.append(field) }
        result.docType = Self.docType(free: free, fields: result.fields + metadata, lines: headLines ?? Self.headLines(wholeText), all: wholeText)
        if result.docType == .minutes || result.docType == .agenda {
            // Minutes and agendas name the meeting in their masthead; where it names nothing, an
            // archive's front matter does better than a line further down.
            result.title = TitleReader.mastheadTitle(list[...]) ?? title(fields: result.fields + metadata, units: [], free: [])
        }
        result.title = result.title ?? title(fields: result.fields, units: list, free: freePositions) ?? title(fields: metadata, units: [], free: [])
        result.meeting = meeting(fields: result.fields, free: mastheadLines, all: wholeText, docType: result.docType)
        if result.meeting.body == nil, let field = Self.bodyKeys.lazy.compactMap({ key in metadata.first { $0.key == key } }).first {
            result.meeting.body = MeetingBody.fromFieldValue(field.value)
        }
        if result.meeting.date == nil, let field = Self.dateKeys.lazy.compactMap({ key in metadata.first { $0.key == key } }).first {
            result.meeting.date = DatePattern.first(in: field.value, monthFirst: monthFirst)?.iso
        }
        result.fields += metadata.filter { field in !result.fields.contains { $0.key == field.key } }
        result.bodyFromHeadings = MeetingBody.fromHeadingLines(mastheadLines.prefix(8).map(\.text))
        result.people = FrontMatterPeople.people(from: result.fields)
        return result
    }

    /// A line that prints two labelled fields side by side ("TO: CITY COUNCIL      FROM: Mayor
    /// Sam Liccardo", as memos set their heading block) as one unit per field; other lines as
    /// they are. A field starts after a gap of three spaces or more with a capitalised label of
    /// at most four words and a colon.
    static func splittingFieldPairs(_ unit: Unit) -> [Unit] {
        // "Minutes of … held Wednesday 11th March 2015, in the Community Centre Those attending:
        // Cllr D Clements (Chair), …": an attendance list run on after the masthead on one line.
        if let split = splittingAttendance(unit) { return split }
        let text = unit.text
        guard unit.table == nil, text.utf8.count <= 300, text.utf8Contains("   "), text.containsASCII(":") else { return [unit] }
        var cuts: [String.Index] = []
        var search = text.startIndex
        while let gap = text[search...].utf8Range(of: "   ") {
            let start = text[gap.upperBound...].firstIndex { $0 != " " } ?? text.endIndex
            guard start < text.endIndex else { break }
            let piece = text[start...]
            if let colon = piece.firstIndex(ofASCII: ":", withinCharacters: 40), piece.first?.isUppercaseQuick == true,
               piece[..<colon].split(separator: " ").count <= 4, !piece[..<colon].contains(where: \.isNumberQuick),
               text[..<gap.lowerBound].containsASCII(":") || !cuts.isEmpty {
                cuts.append(start)
            }
            search = start
        }
        // A contact label in a right-hand column that abuts the left one ("… at 10.00 am Ask for:").
        let lower = text.asciiLowercased()
        for label in Self.columnLabels {
            guard let range = lower.utf8Range(of: " " + label), range.lowerBound > lower.startIndex else { continue }
            let offset = lower.utf8.distance(from: lower.startIndex, to: range.lowerBound) + 1
            let cut = text.utf8.index(text.startIndex, offsetBy: offset)
            if !cuts.contains(where: { abs(text.distance(from: $0, to: cut)) < 3 }) { cuts.append(cut) }
        }
        cuts.sort()
        guard !cuts.isEmpty else { return [unit] }
        var units: [Unit] = []
        var from = text.startIndex
        for cut in cuts + [text.endIndex] {
            var piece = unit
            let part = String(text[from..<cut]).trimmingSpaces()
            piece.line.text = part
            piece.line.indent = unit.line.indent + text.distance(from: text.startIndex, to: from)
            piece.startsBlock = unit.startsBlock && units.isEmpty
            if !part.isEmpty { units.append(piece) }
            from = cut
        }
        return units
    }

    /// The unit cut before an attendance label that stands inside it after words of its own
    /// ("… All Saints Academy Those attending: Cllr …"), or `nil`.
    static func splittingAttendance(_ unit: Unit) -> [Unit]? {
        let text = unit.text
        guard unit.table == nil, text.utf8.count <= 2_000, text.wordCount >= 6 else { return nil }
        for label in ["Those attending:", "Those Attending:", "Present:", "PRESENT:", "Members present:", "Members Present:", "In attendance:"] {
            guard let range = text.utf8Range(of: " " + label), text[..<range.lowerBound].wordCount >= 4 else { continue }
            var head = unit
            head.line.text = String(text[..<range.lowerBound]).trimmingSpaces()
            var tail = unit
            tail.line.text = String(text[range.lowerBound...]).trimmingSpaces()
            tail.startsBlock = false
            return [head, tail]
        }
        return nil
    }

    /// Labels of contact details that memos and front sheets print in a column of their own.
    static let columnLabels = ["ask for:", "telephone:", "tel:", "email:", "e-mail:", "direct line:", "direct dial:", "contact:"]

    /// A labelled line as read: the label without its colon, the value, the column where the
    /// value starts, and whether the label went on onto the next line.
    struct Labelled {
        var label: String
        var value: String
        var column: Int
        var usesNextLine = false
    }

    /// "Label: value" (or a label alone). A label printed over two lines ("REPORT   DELIVERY
    /// ASSURANCE" / "TITLE:") is joined, and `usesNextLine` says so.
    static func labelled(_ unit: Unit, next: Unit?) -> Labelled? {
        let text = unit.text
        if let next, !next.startsBlock, let nextColon = next.text.firstIndex(ofASCII: ":"),
           next.text[..<nextColon].allSatisfy({ $0.isUppercaseQuick }), next.text.distance(from: next.text.startIndex, to: nextColon) >= 3,
           let gap = text.utf8Range(of: "   "), text[..<gap.lowerBound].allSatisfy({ $0.isUppercaseQuick }) {
            let label = String(text[..<gap.lowerBound]) + " " + String(next.text[..<nextColon])
            let value = [String(text[gap.upperBound...]).trimmingSpaces(), String(next.text[next.text.index(after: nextColon)...]).trimmingSpaces()]
                .filter { !$0.isEmpty }.joined(separator: " ")
            return Labelled(label: label, value: value, column: unit.line.indent + text.distance(from: text.startIndex, to: gap.upperBound),
                            usesNextLine: true)
        }
        guard let colon = text.firstIndex(ofASCII: ":") else { return nil }
        let label = String(text[..<colon]).trimmingSpaces()
        let words = label.split(separator: " ")
        let known = titleKeys.contains(label.asciiLowercased()) || bodyKeys.contains(label.asciiLowercased()) || dateKeys.contains(label.asciiLowercased())
        guard !label.isEmpty, words.count <= 6, label.first?.isUppercaseQuick == true || known,
              !label.contains(where: { $0.isNumberQuick }), !label.asciiLowercased().hasPrefix("appendix"),
              !label.hasPrefix("http") else { return nil }
        let after = text[text.index(after: colon)...]
        let value = after.trimmingSpaces()
        if !value.isEmpty && HeadingVocabulary.exactKind(label) != nil && roleKeys[HeadingVocabulary.normalize(label)] == nil
            && !titleKeys.contains(HeadingVocabulary.normalize(label)) {
            return nil  // "Summary: This report…" starts the body
        }
        let column = unit.line.indent + text.distance(from: text.startIndex, to: after.endIndex) - value.count
        return Labelled(label: label, value: value, column: column)
    }

    /// Whether an unlabelled unit continues the open field's value.
    static func continues(_ unit: Unit, valueIndent: Int, field: FrontMatterField) -> Bool {
        if field.lines.isEmpty { return true }  // a label printed alone takes the next line
        if unit.line.indent > unit.pageMargin + 4 && unit.line.indent >= valueIndent - 2 { return true }
        if !unit.startsBlock && field.lines.count > 0 { return true }
        // A stray short line left by a wrapped value ("Services", "Manager").
        let words = unit.text.split(separator: " ")
        return words.count <= 2 && !field.lines.isEmpty && unit.text.first?.isUppercaseQuick == true
            && !unit.text.containsASCII(":") && DatePattern.first(in: unit.text) == nil
            && ClassifierText.isTitleCaseWord(words.first.map(String.init) ?? "")
    }

    /// Values that stand in for a subject printed elsewhere ("SUBJECT: SEE BELOW").
    static let placeholderValues: Set<String> = ["see below", "see attached", "as below", "n/a", "tbc", "various"]

    /// The title from a "Subject"/"Title" field, or else from the masthead's free lines (`free`:
    /// their positions in `units`): the line after the body's name when it is in capitals, or
    /// the first line that is neither a date, a masthead word nor the organisation's name, with
    /// the lines that continue it (`TitleReader.joinedTitle`).
    private func title(fields: [FrontMatterField], units: [Unit], free: [Int]) -> String? {
        for key in Self.titleKeys {
            if let field = fields.first(where: { $0.key == key && !$0.value.isEmpty && !Self.placeholderValues.contains(HeadingVocabulary.normalize($0.value)) }) {
                return field.value
            }
        }
        let candidates = free.filter { position in
            let text = units[position].text
            return text.utf8.count <= 600 && DatePattern.first(in: text) == nil && !Self.isMasthead(text) && text.contains(where: \.isLetterQuick)
                && !TitleReader.isLetterheadLine(text) && !Self.isNumberPlaceholder(text) && text.wordCount <= 30
                && !(text.dropLast().utf8Contains(". ") && text.wordCount > 8)
        }
        let texts = candidates.map { units[$0].text }
        if let bodyLine = texts.firstIndex(where: { MeetingBody.isBodyName($0) }), bodyLine + 1 < texts.count,
           !MeetingBody.isBodyName(texts[bodyLine + 1]), texts[bodyLine + 1].uppercased() == texts[bodyLine + 1] {
            return TitleReader.joinedTitle(units, from: candidates[bodyLine + 1])
        }
        guard let chosen = candidates.first(where: { !MeetingBody.isOrganisationName(units[$0].text) }) ?? candidates.first else { return nil }
        return TitleReader.joinedTitle(units, from: chosen)
    }

    /// Genre words a masthead prints above the title ("AGENDA", "CITY COUNCIL STAFF REPORT",
    /// "MEMORANDUM"): not the title.
    static func isMasthead(_ text: String) -> Bool {
        let lower = text.asciiLowercased().trimmingSpaces()
        if ["agenda", "committee report", "report", "minutes", "draft", "official", "unrestricted", "public", "memorandum", "memo"]
            .contains(lower) { return true }
        guard lower.wordCount <= 6 else { return false }
        return ["staff report", "agenda report", "agenda item report", "council report", "memorandum", "report to council"]
            .contains { lower.hasSuffix($0) }
    }

    /// "RESOLUTION NO. ______", "ORDINANCE NO. 2562": the number line above a resolution's title.
    static func isNumberPlaceholder(_ text: String) -> Bool {
        let lower = text.asciiLowercased()
        guard let range = lower.range(of: " no.") ?? lower.range(of: " no ") ?? lower.range(of: " number") else { return false }
        return lower[..<range.lowerBound].split(separator: " ").count <= 2 && lower[range.upperBound...].allSatisfy { !$0.isLetterQuick }
    }

    private func meeting(fields: [FrontMatterField], free: [Line], all: [Unit], docType: DocType) -> Meeting {
        var meeting = Meeting()
        for key in Self.bodyKeys {
            guard let field = fields.first(where: { $0.key == key }) else { continue }
            if let body = MeetingBody.fromFieldValue(field.value) {
                meeting.body = body
                if meeting.date == nil { meeting.date = DatePattern.first(in: field.value, monthFirst: monthFirst)?.iso }
                break
            }
        }
        let freeText = free.map(\.text)
        if meeting.body == nil {
            let phrase = MeetingBody.fromPhrases(TextJoiner.join(freeText))
            let masthead = MeetingBody.fromMasthead(freeText)
            // "WEREHAM PARISH COUNCIL" over "Minutes of the Parish Council meeting held …": the
            // masthead names in full the body the sentence names in short.
            if let phrase, let masthead, masthead.count > phrase.count, masthead.asciiLowercased().hasSuffix(phrase.asciiLowercased()) {
                meeting.body = masthead
            } else {
                meeting.body = phrase ?? masthead
            }
        }
        for key in Self.dateKeys where meeting.date == nil {
            if let field = fields.first(where: { $0.key == key }) { meeting.date = DatePattern.first(in: field.value, monthFirst: monthFirst)?.iso }
        }
        if meeting.date == nil, docType == .decisionRecord {
            // Signed and dated at its foot: the date of the decision, not one its text mentions.
            meeting.date = SignatureBlockPattern.signedDate(in: all.map(\.text), monthFirst: monthFirst)?.iso
        }
        if meeting.date == nil {
            // Up to the first recital: "WHEREAS, … as of February 1, 2012, …" and the recitals
            // after it tell the history, not the meeting.
            let heading = freeText.prefix { !$0.hasPrefix("WHEREAS") }.filter { !Self.opensReport($0) }
            meeting.date = heading.lazy.compactMap { DatePattern.first(in: $0, monthFirst: monthFirst)?.iso }.first
        }
        if meeting.date == nil {
            meeting.date = Self.unreported(all.prefix(40)).lazy.compactMap { DatePattern.first(in: $0.text, monthFirst: monthFirst)?.iso }.first
        }
        return meeting
    }

    /// The units less the paragraphs that report what happened elsewhere: a bulleted sentence
    /// ("■ January 1, 2025 the sites moved to …") and a recital ("WHEREAS, the Agency, as of
    /// February 1, 2012, has been dissolved …"), with their wrapped lines. A date they mention is
    /// the news they report, not the meeting's or the paper's own date.
    static func unreported(_ units: ArraySlice<Unit>) -> [Unit] {
        var kept: [Unit] = []
        var reporting = false
        for unit in units {
            // A blank line or a new bullet or recital ends the one before; wrapped lines carry on.
            let opens = opensReport(unit.text)
            if unit.startsBlock || opens { reporting = opens }
            if !reporting { kept.append(unit) }
        }
        return kept
    }

    /// "■ On 1 January the sites moved to four days a week …", "WHEREAS, …": a line that opens a
    /// bulleted sentence or a recital.
    static func opensReport(_ text: String) -> Bool {
        if text.hasPrefix("WHEREAS") { return true }
        guard let first = text.unicodeScalars.first, "■•▪●◦–*".unicodeScalars.contains(first) else { return false }
        return text.wordCount > 8
    }

    /// A head line (lower case) that only minutes print: "minutes of …", "draft minutes", a
    /// "minutes" title line, or the attendance opening the record ("present:", "members present").
    static func isMinutesLine(_ line: String) -> Bool {
        if line == "minutes" || line.hasPrefix("minutes of") || line.hasPrefix("draft minutes") {
            return true
        }

        for opening in ["present", "members present", "councillors present", "council members present", "council present"]
        where line == opening || line.hasPrefix(opening + ":") || line.hasPrefix(opening + " :") {
            return true
        }
        return false
    }

    /// A head line (lower case) that names the paper an agenda: "agenda", "agenda – 6 February",
    /// "city council agenda"; not "agenda item 5" above a report.
    static func isAgendaLine(_ rawLine: String) -> Bool {
        // Every line this accepts holds "agenda" (head lines come in lower case): test that first.
        guard rawLine.utf8Contains("agenda") else { return false }
        // "*** AGENDA ***", "– Agenda –": the word between ornaments.
        let line = rawLine.trimming { !$0.isLetterQuick && !$0.isNumberQuick }
        guard !line.utf8Contains("agenda item"), line.wordCount <= 12 else { return false }
        if line == "agenda" || line.hasPrefix("agenda ") || line.hasPrefix("agenda,") || line.hasSuffix(" agenda") { return true }
        // "city council agenda and notice", "council agenda – regular meeting".
        return line.wordCount <= 8 && (line.utf8Contains(" agenda and ") || line.utf8Contains(" agenda – ") || line.utf8Contains(" agenda - "))
            && !line.utf8Contains("agenda report")
    }

    /// The first 25 lines of a paper in lower case: where its type is printed. Each is cut at
    /// `headLineBytes`: what names a paper's type opens its line, and a paragraph of megabytes
    /// (one line of text with no breaks) is then not searched again for each rule.
    static func headLines(_ units: [Unit]) -> [String] {
        // A plain loop: a lazy filter's prefix, mapped, walked the units more than once.
        var lines: [String] = []
        for index in units.indices where units[index].blockKind != .metadata {
            let text = units[index].text
            lines.append((text.utf8.count > headLineBytes ? String(decoding: text.utf8.prefix(headLineBytes), as: UTF8.self) : text).asciiLowercased())
            if lines.count == 25 { break }
        }
        return lines
    }

    /// Whether a head line, or one of the columns a masthead sets it in ("CITY COUNCIL AGENDA
    /// AND NOTICE      VIDEO CONFERENCE …"), names the paper an agenda (`isAgendaLine`); not a
    /// line of labelled fields ("COUNCIL AGENDA:     8/24/2021" heads a memo for that agenda).
    static func namesAgenda(_ lines: [String]) -> Bool {
        lines.contains { line in
            // Both tests need "agenda": lines without it are searched once.
            guard line.utf8Contains("agenda") else { return false }
            return isAgendaLine(line) || !line.containsASCII(":") && line.utf8Contains("   ")
                && line.components(separatedBy: "   ").contains { isAgendaLine($0.trimmingSpaces()) }
        }
    }

    /// How much of a head line the type rules read.
    static let headLineBytes = 2_000

    /// A head line (lower case) that names the paper a record of decisions: a short line with
    /// "record of decision", "decision notice", … ("KENT COUNTY COUNCIL – RECORD OF DECISION"),
    /// or a resolution or ordinance heading ("RESOLUTION NO. ____", "A RESOLUTION OF THE COUNCIL
    /// OF …"); not a sentence that mentions one ("A number of officer decision notices have …").
    static func isDecisionRecordLine(_ line: String) -> Bool {
        if line.hasPrefix("resolution no") || line.hasPrefix("a resolution of") || line.hasPrefix("ordinance no")
            || line.hasPrefix("an ordinance of") {
            return true
        }
        guard line.wordCount <= 10 else { return false }
        return ["record of decision", "decision recording form", "decision notice", "decision details", "record of executive decision"]
            .contains { line.utf8Contains($0) }
    }

    /// A head line (lower case) that names the paper a report: "city council staff report",
    /// "agenda report", "memorandum", "council action request".
    static func isReportLine(_ line: String) -> Bool {
        guard line.wordCount <= 8 else { return false }
        return ["staff report", "agenda report", "agenda item report", "memorandum", "council action request", "report to council",
                "information report", "officer report", "report of the"].contains { line.utf8Contains($0) }
    }

    /// Whether the paper's masthead — its first lines — names it minutes inside a longer line
    /// ("STOKE FERRY PARISH COUNCIL DRAFT Minutes Subject to the Approval…", "Parish Council
    /// Meeting Minutes"); later lines that mention minutes ("Adopt the minutes of…") do not.
    static func mastheadNamesMinutes(_ lines: [String]) -> Bool {
        lines.prefix(3).contains { line in
            guard line.first?.isLetterQuick == true, !line.containsASCII(":") else { return false }
            return line.utf8Contains("draft minutes") || line.utf8Contains("meeting minutes") || line.utf8Contains("council minutes")
        }
    }

    /// The paper's type, from its head lines (`headLines(all)`), its fields and its units.
    static func docType(free: [Line], fields: [FrontMatterField], lines: [String], all: [Unit]) -> DocType {
        let head = lines.joined(separator: "\n")
        // Minutes quote the resolutions they adopt ("RESOLUTION NO. 12-24 – …"): a resolution
        // heading names the paper only when it comes before anything naming minutes.
        let minutesLine = mastheadNamesMinutes(lines) ? 0 : lines.firstIndex(where: Self.isMinutesLine)
        if let decisionLine = lines.firstIndex(where: isDecisionRecordLine), decisionLine < minutesLine ?? lines.count {
            return .decisionRecord
        }
        if minutesLine != nil {
            return .minutes
        }
        if namesAgenda(lines) {
            return .agenda
        }
        let keys = Set(fields.map(\.key))
        let reportKeys: Set<String> = ["from", "to", "subject", "portfolio holder", "report from", "report to", "report title",
                                       "author", "report author", "purpose", "title", "officer presenting the report"]
        if !keys.isDisjoint(with: reportKeys) || keys.contains("committee") && keys.contains("date") || head.utf8Contains("committee report")
            || head.utf8Contains("report to") || lines.contains(where: isReportLine) {
            return .report
        }
        if lines.contains(where: { $0 == "agenda" || $0.hasPrefix("agenda ") || $0.hasPrefix("agenda,") })
            || head.utf8Contains("notice of meeting") || printsAgendaHeading(all) {
            return .agenda
        }
        return .other
    }

    /// Whether an "AGENDA" heading stands on a line of its own among the first 150 lines, below a
    /// masthead and notices too long for the head lines (a browser's print of an agenda page
    /// heads its list of items "AGENDA" on the second page).
    static func printsAgendaHeading(_ units: [Unit]) -> Bool {
        units.prefix(150).contains { unit in
            unit.blockKind != .metadata && unit.text.utf8.count <= 40 && unit.text.wordCount <= 3 && (unit.startsBlock || unit.line.style.bold)
                && isAgendaLine(unit.text.asciiLowercased())
        }
    }
}

extension FrontMatterReader.Result {
    /// Labels that portals print after the body ("Date of decision:", "Decided at meeting:",
    /// "Publication date:"): kept as fields wherever they stand, and used for the meeting date
    /// when the front matter gave none.
    static let laterFieldKeys: Set<String> = [
        "date of decision", "decided at meeting", "publication date", "effective from", "decision status",
        "is key decision?", "is subject to call in?", "call-in deadline", "date of meeting", "meeting date",
    ]

    mutating func addLaterFields(from units: ArraySlice<Unit>, monthFirst: Bool) {
        for unit in units where unit.text.containsASCII(":") {
            // Only these labels are wanted: the text before the colon (the label `labelled` would
            // read) is tested first, and only a line that has one is read as a field.
            guard let colon = unit.text.firstIndex(ofASCII: ":"),
                  Self.laterFieldKeys.contains(String(unit.text[..<colon]).trimmingSpaces().asciiLowercased()),
                  let labelled = FrontMatterReader.labelled(unit, next: nil),
                  Self.laterFieldKeys.contains(labelled.label.asciiLowercased()), !labelled.value.isEmpty,
                  !fields.contains(where: { $0.key == labelled.label.asciiLowercased() }) else { continue }
            fields.append(FrontMatterField(label: labelled.label, key: labelled.label.asciiLowercased(), lines: [labelled.value], span: unit.line.span))
        }
        if meeting.date == nil || fields.contains(where: { $0.key == "date of decision" }) {
            for key in ["date of decision", "decided at meeting", "date of meeting", "meeting date"] {
                if let field = fields.first(where: { $0.key == key }), let date = DatePattern.first(in: field.value, monthFirst: monthFirst) {
                    meeting.date = date.iso
                    break
                }
            }
        }
    }
}
