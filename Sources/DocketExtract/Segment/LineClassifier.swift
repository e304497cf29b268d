import Foundation
import DocketModel

/// Decides, unit by unit, which lines start headings, numbered paragraphs or items, and which
/// are body text. The rules, in order:
///
/// - a label (`SectionLabelPattern`) starts an item; the item is a *heading* when its text is
///   short and title-like and something belongs under it (a child label or a new paragraph),
///   or when it is a run-in heading ("1. Finance Advice: The report…", "(a) Subject: …");
/// - a line that is a known heading (`HeadingVocabulary`), alone or run-in ("Summary: This
///   report…"), is an unnumbered heading;
/// - at the start of a block, a short title-like line ending with a colon at the page margin
///   ("Challenges:") or a short all-capitals line standing alone ("UNRESTRICTED ITEMS") is an
///   unnumbered heading — the latter only once the front matter's fields have begun;
/// - after the front matter, a short title-like line on its own at the page margin, between a
///   blank line or finished sentence and a blank line or numbered item ("Key Considerations"),
///   is an unnumbered heading — unless it is prose, a person's name under a label, or an entry
///   of an appendix list;
/// - once the front matter's fields have begun, a short line the reader saw set apart — wholly
///   bold, or in a font larger than the body text — that starts a block or follows a finished
///   sentence is a heading (joined with a bold line that continues it), and so is a short bold
///   label run into its text ("**Present:** Mayor …"); not a person's name, a decision marker
///   ("Carried", "Resolved"), a table row or a sentence. Typography counts only where it is
///   distinctive: in a paper with bold on more than a third of its lines, it is ignored.
///
/// The rules for plain lines depend on where the front matter ends, so `Segmenter` classifies
/// once (`classifyMarkingPlainLines`) and re-checks only the plain lines (`refine`).
struct LineClassifier {
    let units: [Unit]
    /// Units before this index are front matter: all-capitals lines there are titles, not headings.
    var capsHeadingsFrom: Int
    /// Units before this index cannot be standalone title-like headings (the masthead and the
    /// wrapped values of front-matter fields come before it).
    var titlesFrom: Int = 0
    /// In an agenda every numbered item is a heading, with or without text under it.
    var isAgenda = false
    /// In minutes an item's title may run into its text ("124/17 Apologies and Welcome There were…").
    var isMinutes = false
    /// Whether bold and larger type set lines apart in this paper (false where most lines are bold).
    let typographyIsDistinctive: Bool
    /// Short lines (normalized) printed three times or more: the labels of a form or of a table's
    /// rows ("Stated reason for change", "Attachment(s)"), which a paper's headings are not.
    let repeatedLabels: Set<String>
    /// Whether a text paper marks its headings up (Markdown `#` or whole-line `**bold**`) three
    /// times or more: its author marked every heading, so a plain line that only looks like one
    /// (a payment line, "Meeting closed 9.30pm") is text. Set by `Segmenter` (`marksHeadings(_:)`);
    /// HTML pages mark some headings and print others as plain paragraphs, so not for them.
    var marksHeadings = false

    init(units: [Unit], capsHeadingsFrom: Int) {
        self.units = units
        self.capsHeadingsFrom = capsHeadingsFrom
        var bold = 0
        var lines = 0
        var counts: [String: Int] = [:]
        for unit in units where unit.table == nil {
            lines += 1
            let style = unit.line.style
            if style.bold || style.isLarger {
                bold += style.bold ? 1 : 0
                if unit.text.utf8.count <= 60 { counts[HeadingVocabulary.normalize(unit.text), default: 0] += 1 }
            } else if style.boldLead > 0, let colon = unit.text.firstUTF8Index(ofASCII: ":", within: 60) {
                // A bold label run into its value ("Stated reason for change: …").
                counts[HeadingVocabulary.normalize(String(unit.text[..<colon])), default: 0] += 1
            }
        }
        typographyIsDistinctive = bold * 3 <= lines
        repeatedLabels = Set(counts.filter { $0.value >= 3 }.map(\.key))
        labels = units.map { SectionLabelPattern.match($0.text) }
        inHeadingList = Self.headingLists(units, labels: labels)
        inNamedSeries = Self.namedSeries(units)
    }

    /// Each unit's label as `SectionLabelPattern` reads its text (`nil` for none): read once,
    /// for the many rules that ask about a line and its neighbours.
    let labels: [SectionLabelPattern.Match?]

    /// Units that belong to a list of short bold headings printed one under another without
    /// blank lines ("AGENDA" / "FLAG SALUTE" / "ROLL CALL"): each is its own heading, not a line
    /// of a bold paragraph. A run of bold lines of one block is such a list when there are two or
    /// more, each reads as a heading (`isStyledHeadingText`), carries no label, and each but the
    /// last ends well short of the block's width or with a colon, so its line break was the
    /// author's.
    let inHeadingList: [Bool]

    /// Units that title one of a series the paper numbers in words ("Risk 1 – Delivery of the
    /// Savings Plans", "Risk 2 - Impact of Forecast Overspend", "Option 3: Do Nothing"): each is
    /// a heading, though set as plain text without space around it.
    let inNamedSeries: Set<Int>

    /// Words that number what is no section of the paper: its appendices, figures, tables, pages and items.
    static let seriesNonHeadings: Set<String> = [
        "appendix", "annex", "attachment", "exhibit", "enclosure", "table", "figure", "fig", "chart", "graph", "map", "page",
        "item", "no", "number", "minute", "resolution", "section", "paragraph", "ward", "phase", "year", "week", "day",
    ]

    /// The units of each named series (see `inNamedSeries`): lines at the page margin that read
    /// "<Word> <n> – <title>" (or ":" for the dash), ten words or fewer, not ending in a full
    /// stop, where one word numbers two or more such lines and two of them carry consecutive
    /// numbers (n and n + 1). One pass over the units and one over the matches.
    static func namedSeries(_ units: [Unit]) -> Set<Int> {
        var byWord: [String: [(index: Int, number: Int)]] = [:]
        for (index, unit) in units.enumerated() where unit.table == nil && unit.line.indent <= unit.pageMargin + 2 {
            let text = unit.text
            guard text.utf8.count <= 120, secondWordMayBeNumber(text), text.last != ".", let first = text.first, first.isUppercaseQuick else { continue }
            let words = text.split(separator: " ", maxSplits: 2)
            guard words.count == 3, words[0].allSatisfy(\.isLetterQuick), !seriesNonHeadings.contains(words[0].asciiLowercased()) else { continue }
            // "1 – Title", "1: Title", "6– Title", "2 - Title".
            var numberPart = Substring(words[1])
            var rest = Substring(words[2])
            if let last = numberPart.last, ":–-".contains(last) {
                numberPart = numberPart.dropLast()
            } else if let dash = rest.first, "–-".contains(dash), rest.dropFirst().first == " " {
                rest = rest.dropFirst(2)
            } else { continue }
            guard let number = Int(numberPart), number < 100, rest.first?.isUppercaseQuick == true, (1...10).contains(rest.wordCount),
                  isTitleLike(String(rest), maxWords: 10) else { continue }
            byWord[words[0].asciiLowercased(), default: []].append((index, number))
        }
        var found = Set<Int>()
        for (_, series) in byWord where series.count >= 2 {
            let numbers = Set(series.map(\.number))
            if series.contains(where: { numbers.contains($0.number + 1) }) { found.formUnion(series.map(\.index)) }
        }
        return found
    }

    /// Whether the second space-separated word starts as `Int` may parse it (a digit or a sign):
    /// read from the bytes, so that most lines are passed over without being split.
    private static func secondWordMayBeNumber(_ text: String) -> Bool {
        func read<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
            guard var index = bytes.firstIndex(of: 0x20) else { return false }
            while index < bytes.endIndex, bytes[index] == 0x20 { index = bytes.index(after: index) }
            guard index < bytes.endIndex else { return false }
            let byte = bytes[index]
            return byte &- 0x30 < 10 || byte == 0x2B || byte == 0x2D
        }
        return text.utf8.withContiguousStorageIfAvailable(read) ?? read(text.utf8)
    }

    static func headingLists(_ units: [Unit], labels: [SectionLabelPattern.Match?]) -> [Bool] {
        var marks = [Bool](repeating: false, count: units.count)
        var start = 0
        while start < units.count {
            // The run of bold lines of one block from `start`.
            var end = start
            while end < units.count, units[end].table == nil, units[end].line.style.bold, end == start || !units[end].startsBlock {
                end += 1
            }
            if end == start { start += 1; continue }
            let run = start..<end
            let isList = run.count >= 2 && run.allSatisfy { index in
                let text = units[index].text
                return labels[index] == nil && isStyledHeadingText(text, maxWords: 14)
                    && (index == end - 1 || units[index].endsWellShort(before: units[index + 1]) || text.hasSuffix(":"))
            }
            if isList { for index in run { marks[index] = true } }
            start = end
        }
        return marks
    }

    /// Whether the units of a text paper mark its headings up (see `marksHeadings`).
    static func marksHeadings(_ units: [Unit], format: SourceFormat) -> Bool {
        guard format == .text else { return false }
        // One pass that stops at the third heading (a lazy filter's prefix walked the units
        // several times over).
        var headings = 0
        for index in units.indices where units[index].blockKind == .heading {
            headings += 1
            if headings == 3 { return true }
        }
        return false
    }

    /// Field labels that end with a colon but are not headings.
    static let fieldLabels: Set<String> = [
        "from", "to", "subject", "date", "title", "author", "report from", "portfolio holder", "key decision",
        "classification", "decision no", "decision number", "committee", "report to", "report title", "ward",
        "wards", "present", "in attendance", "also present", "officers", "purpose", "tel", "telephone", "email",
        "e-mail", "phone", "name", "job title", "ask for", "venue", "time", "meeting", "decision maker",
        "electoral division", "electoral divisions", "cc", "responsible officer", "lead member",
        "resolved", "agreed", "noted", "proposed", "seconded",
    ]

    func classify() -> [LineRole] {
        classifyMarkingPlainLines().roles
    }

    /// Re-checks, with this classifier's thresholds, the plain lines of an earlier pass by
    /// `first`, a classifier of the same units and kind of paper (labels and marked-up headings
    /// do not depend on the thresholds). Only lines between the lowest and the highest of the
    /// two classifiers' thresholds can read otherwise: every threshold test of a line outside
    /// them comes out as it did before, and so does the line.
    func refine(_ earlier: (roles: [LineRole], plain: [Bool]), after first: LineClassifier) -> [LineRole] {
        var roles = earlier.roles
        let thresholds = [first.capsHeadingsFrom, first.titlesFrom, capsHeadingsFrom, titlesFrom]
        let changed = max(0, min(thresholds.min()!, roles.count))..<min(thresholds.max()!, roles.count)
        for index in changed where earlier.plain[index] {
            if index & 255 == 0, Deadline.expired { break }
            if case .text = roles[index], let heading = unnumberedHeading(at: index) { roles[index] = heading }
        }
        return roles
    }

    /// The roles, and which units were plain lines checked only by the unnumbered-heading rules.
    func classifyMarkingPlainLines() -> (roles: [LineRole], plain: [Bool]) {
        var roles = [LineRole](repeating: .text, count: units.count)
        var plain = [Bool](repeating: false, count: units.count)
        var index = 0
        var lastLabel: SectionLabel?
        // The number of the last top-level decimal label ("6" of "6. Finance").
        var lastTop: Int?
        // The indentation of the last agenda item: a list printed well to its right is the
        // item's own ("Recommendation(s): 1. Approve …" / "2. Appropriate …").
        var itemIndent: Int?
        while index < units.count {
            if index & 255 == 0, Deadline.expired { break }
            let unit = units[index]
            if unit.table != nil {
                roles[index] = .table
                index += 1
                continue
            }
            if unit.blockKind == .metadata {
                index += 1  // Markdown front matter: never a heading
                continue
            }
            if unit.blockKind == .heading {
                // A marked-up heading may still carry a number ("## 2. Background").
                if let match = labels[index], match.label.style == .decimal, !match.rest.isEmpty {
                    roles[index] = .labelled(match.label, heading: Self.stripColon(String(match.rest)), text: "", consumed: 0)
                } else if !Self.namesNoSection(unit.text) {
                    roles[index] = .heading(Self.stripColon(unit.text), runIn: "")
                }
                index += 1
                continue
            }
            if let match = labels[index], unit.blockKind != .table, !Self.isFootnote(unit, match),
               !Self.citesCode(match, lastTop: lastTop, lastLabel: lastLabel),
               lastLabel.map({ Self.follows(match.label, after: $0) }) == true || !continuesSentence(at: index) {
                lastLabel = match.label
                if match.label.style == .decimal, match.label.depth == 1 { lastTop = match.label.components.first }
                let nested = itemIndent.map { unit.line.indent >= $0 + 6 } ?? false
                var role = labelled(match, at: index, nestedInItem: nested)
                // "5. Please note:", "3. Questions should be addressed to the Chair …": an
                // instruction or a sentence is no heading.
                // Outside agendas (whose items print a file number in a column of its own), a
                // row of table cells ("12  Tom Swithinbank      Bristol Business Improvement
                // Districts") is no title either.
                if case .labelled(let label, let heading?, _, _) = role,
                   Self.isNoItemTitle(heading) || !isAgenda && PageFurniture.columnGaps(heading) > 0 {
                    role = .labelled(label, heading: nil, text: String(match.rest), consumed: 0)
                }
                if case .labelled(let label, let heading?, let text, let consumed) = role, let (title, value) = Self.splittingTrailingValue(heading) {
                    role = .labelled(label, heading: title, text: text.isEmpty ? value : value + " " + text, consumed: consumed)
                }
                if isAgenda, !nested, case .labelled(let label, let heading, _, _) = role, heading != nil {
                    // A lettered division ("I. Management Reports") opens a new list of items.
                    itemIndent = label.style == .letter ? nil : unit.line.indent
                }
                roles[index] = role
                if case .labelled(_, let heading, _, let consumed) = role, heading != nil {
                    index += consumed
                }
                index += 1
                continue
            }
            plain[index] = true
            if let heading = unnumberedHeading(at: index) {
                roles[index] = heading
            }
            index += 1
        }
        return (roles, plain)
    }

    // MARK: Labelled items

    /// Whether a label behind a bullet cites a code from another document rather than numbering
    /// this one ("- 6.1.2. Increase engagement in activities …", a strategy's outcome listed
    /// under "the following outcomes:"): in a paper numbered at the top level, a decimal label of
    /// two parts or more that neither continues the current top-level number nor follows the
    /// label before it.
    static func citesCode(_ match: SectionLabelPattern.Match, lastTop: Int?, lastLabel: SectionLabel?) -> Bool {
        guard match.bulleted, match.label.style == .decimal, match.label.depth >= 2, let lastTop else { return false }
        if let lastLabel, follows(match.label, after: lastLabel) { return false }
        return match.label.components.first != lastTop
    }

    /// Whether a numbered line is a footnote: set smaller than the body text, its number bare
    /// ("1 Regulation 19 of the … Regulations 2012 (as"), the note a sentence of five words or
    /// more. A footnote is text, wherever on the page it was printed.
    static func isFootnote(_ unit: Unit, _ match: SectionLabelPattern.Match) -> Bool {
        guard let size = unit.line.style.relativeSize, size < 0.9, match.rest.wordCount >= 5 else { return false }
        let digits = unit.text.prefix { $0.isNumberQuick }
        return !digits.isEmpty && unit.text.dropFirst(digits.count).first == " "
    }

    /// Whether a numbered item's would-be title is really an instruction ("5. Please note: …")
    /// or a sentence: eight words or more with a modal verb ("3. Questions should be addressed
    /// to the Chair …"). A title that asks ("How can residents …") and passive titles ("… to be
    /// approved") stay titles.
    static func isNoItemTitle(_ heading: String) -> Bool {
        if heading.hasPrefix("Please ") { return true }
        guard heading.wordCount >= 8 else { return false }
        let asks = ["How ", "What ", "Why ", "When ", "Where ", "Who ", "Which "].contains { heading.hasPrefix($0) }
        return !asks && modalVerbs.occurs(in: heading, padded: true)
    }

    /// Whether `label` is the next of a list after `previous`, written the same way ("(3)" after
    /// "(2)", "b)" after "a)", "4." after "3.").
    static func follows(_ label: SectionLabel, after previous: SectionLabel) -> Bool {
        label.format == previous.format && label.components.count == previous.components.count
            && label.components.last == (previous.components.last ?? 0) + 1 && label.components.dropLast() == previous.components.dropLast()
    }

    /// Whether the line at `index` carries on the sentence of the line above it, so that a
    /// number opening it is a word of that sentence ("… AT&T Uverse Channel" / "99. YouTube
    /// Live Streaming …"), not an item's label: the line is in the middle of a block, and the
    /// line above is a line of prose (not an item, a heading or a title in bold or title case),
    /// printed no further right than this one, that runs to the block's edge without closing its
    /// sentence or clause.
    func continuesSentence(at index: Int) -> Bool {
        guard index > 0, !units[index].startsBlock, units[index - 1].table == nil else { return false }
        let previous = units[index - 1]
        // A label printed left of the line above (an outdented item) or set in bold starts a
        // new item, and so does the number after one the line above prints ("Attachments: 1. …"
        // over "2. …").
        let unit = units[index]
        if unit.line.style.bold || unit.line.style.boldLead > 0 { return false }
        if let label = labels[index]?.label, label.style == .decimal, label.components.count == 1,
           let number = label.components.first, number > 1, previous.text.utf8Contains("\(number - 1). ") {
            return false
        }
        guard unit.line.indent + 2 > previous.line.indent,
              let last = previous.text.last, last.isLetterQuick || last.isNumberQuick || last == ",",
              !previous.line.style.bold, previous.text.wordCount >= 6, labels[index - 1] == nil,
              !Self.isTitleCaseHeading(previous.text) else { return false }
        return !previous.endsWellShort(before: units[index])
    }

    private func labelled(_ match: SectionLabelPattern.Match, at index: Int, nestedInItem: Bool = false) -> LineRole {
        let rest = String(match.rest)
        // "A. CONSENT CALENDAR" divides an agenda as its numbers do.
        let isAgendaDivision = match.label.style == .letter && match.label.letters.count == 1 && match.label.letters.first!.isUppercaseQuick
            && match.label.punctuated && !match.label.printed.hasPrefix("(")
        // An agenda numbers its items "5", "4.2" or "C-1".
        let isAgendaItem = match.label.isItemLevel || match.label.style == .decimal && match.label.depth == 2
        if isAgenda, isAgendaItem && !nestedInItem || isAgendaDivision, let title = agendaItemTitle(rest, at: index) {
            return .labelled(match.label, heading: title.heading, text: title.text, consumed: title.consumed)
        }
        if let (heading, text) = Self.runIn(rest, maxWords: 7), !Self.isProse(heading) {
            return .labelled(match.label, heading: heading, text: text, consumed: 0)
        }
        // A labelled line set wholly in bold is a heading when it is short ("3. Background").
        let style = units[index].line.style
        if typographyIsDistinctive, style.bold, rest.wordCount <= 14, !rest.hasSuffix(","), !rest.hasSuffix(";"),
           !rest.hasSuffix(".") || rest.wordCount <= 6, rest.contains(where: \.isLetterQuick), !Self.isProse(rest),
           units.indices.contains(index + 1) ? !units[index + 1].line.style.bold || units[index + 1].startsBlock : true {
            return .labelled(match.label, heading: Self.stripColon(rest), text: "", consumed: 0)
        }
        // An item code over a short line that introduces what follows ("R2023-069 D. Yemm, T.
        // Butler:", the mover and seconder of the resolution below).
        if match.label.style == .code, rest.hasSuffix(":"), rest.wordCount <= 10 {
            return .labelled(match.label, heading: Self.stripColon(rest), text: "", consumed: 0)
        }
        if rest.hasSuffix(":"), Self.isTitleLike(String(rest.dropLast()), maxWords: 10), !Self.endsWithFunctionWord(rest),
           !Self.isProse(rest) {
            return .labelled(match.label, heading: Self.stripColon(rest), text: "", consumed: 0)
        }
        // Gather the heading's continuation lines (a heading split over two lines).
        var parts = [rest]
        var consumed = 0
        var next = index + 1
        var closedByItemMarker = false
        while next < units.count, !units[next].startsBlock, units[next].table == nil,
              labels[next] == nil, !isVocabularyHeading(units[next].text),
              !SectionTreeBuilder.opensLabelledParagraph(units[next].text) {
            if Self.isItemMarker(units[next].text) {
                consumed += 1
                next += 1
                closedByItemMarker = true
                break
            }
            parts.append(units[next].text)
            consumed += 1
            next += 1
        }
        // "18.05.1 Election of Chair" with the item's text on the lines below it.
        if parts.count > 1, Self.isTitleCaseHeading(rest), let next = parts[1].first, next.isUppercaseQuick {
            return .labelled(match.label, heading: Self.stripColon(rest), text: "", consumed: 0)
        }
        let maxWords = match.label.isItemLevel ? 25 : 12
        // Joining closes up at most one pair of words per line break, and only a closing
        // bracket lets a page reference be cut off the end: without one, lines holding this
        // many words cannot join into a title (most labelled paragraphs end here, unjoined).
        let trimmedParts = parts.map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
        if trimmedParts.last?.utf8.last != UInt8(ascii: ")"),
           trimmedParts.reduce(0, { $0 + $1.wordCount }) - (trimmedParts.count - 1) > maxWords {
            return paragraphOrRunIn(match.label, rest)
        }
        let words = Self.withoutPageReference(TextJoiner.join(parts))
        guard Self.isTitleLike(words, maxWords: maxWords) else {
            return paragraphOrRunIn(match.label, rest)
        }
        let endsWithPeriod = words.hasSuffix(".")
        let follower = closedByItemMarker && next < units.count && !units[next].startsBlock ? FollowerKind.content : follower(at: next, after: match.label)
        let isHeading: Bool
        switch follower {
        case _ where Self.isProse(words) || Self.endsWithFunctionWord(words): isHeading = false
        // A lead-in sentence ("The Committee is asked to consider the following:"), unless it is
        // an item's title in title case ("To Receive from the Public Any Information or Reports …:").
        case _ where words.hasSuffix(":") && words.wordCount > 8 && !(match.label.isItemLevel && Self.isTitleCaseItem(words)):
            isHeading = false
        case _ where closedByItemMarker: isHeading = true
        case _ where isAgenda && match.label.isItemLevel: isHeading = !endsWithPeriod
        case .child: isHeading = !endsWithPeriod || match.label.style == .decimal
        case .content: isHeading = !endsWithPeriod && (match.label.depth == 1 || match.label.style != .decimal || words.wordCount <= 12)
        case .none: isHeading = false
        }
        if isHeading {
            return .labelled(match.label, heading: Self.stripColon(words), text: "", consumed: consumed)
        }
        return paragraphOrRunIn(match.label, rest)
    }

    /// An agenda item's title: the item's whole text when it is one short sentence or phrase
    /// ("Resolution: Adopt the minutes of the meeting held January 16, 2023.", a title wrapped
    /// over two lines), without its final full stop or page reference; `nil` for prose.
    private func agendaItemTitle(_ rest: String, at index: Int) -> (heading: String, text: String, consumed: Int)? {
        var parts = [rest]
        var next = index + 1
        // A title wraps onto the next line when its line is full or breaks mid-phrase; a short
        // line ends it ("ADJOURNMENT" over "The Commission will adjourn…"). A title in capitals
        // may run to ten lines ("CONSIDERATION OF A RESOLUTION OF THE PLANNING COMMISSION …
        // APPROVING TENTATIVE" / "PARCEL MAP NO. 83479, …"), over a page break too.
        let inCapitals = TitleReader.isCapitals(rest)
        func continuesOverBreak(_ unit: Unit) -> Bool {
            inCapitals && TitleReader.isCapitals(unit.text) && unit.line.span.page != units[next - 1].line.span.page
        }
        while next < units.count, parts.count < 4 || inCapitals && parts.count < 10 && TitleReader.isCapitals(units[next].text),
              !units[next].startsBlock || continuesOverBreak(units[next]),
              units[next].table == nil,
              labels[next] == nil, !isVocabularyHeading(units[next].text),
              !SectionTreeBuilder.opensLabelledParagraph(units[next].text),
              let last = parts.last, last.count >= 45 || Self.endsWithFunctionWord(last) || last.hasSuffix(",") || last.hasSuffix("-") {
            parts.append(units[next].text)
            next += 1
        }
        // A title and the sentence that describes the item, run together ("Aquatic Program
        // Annual Report Report on annual Aquatic Section operations."), or set apart by a gap.
        let joined = TextJoiner.join(parts)
        // "Approval of Minutes   Approval of October 13, 2022 Minutes.": one gap between them.
        if PageFurniture.columnGaps(rest) == 1, let gap = rest.utf8Range(of: "   "), rest[..<gap.lowerBound].wordCount >= 2,
           Self.isTitleCaseHeading(String(rest[..<gap.lowerBound])), rest[gap.upperBound...].first(where: { $0 != " " })?.isUppercaseQuick == true {
            let title = String(rest[..<gap.lowerBound])
            let heading = title.trimmingScalars(in: " -–—:")
            return (heading, String(joined.dropFirst(title.count)).trimmingSpaces(), parts.count - 1)
        }
        if let title = Self.titleBeforeDescription(joined) {
            return (title, String(joined.dropFirst(title.count)).trimmingSpaces(), parts.count - 1)
        }
        var title = Self.withoutPageReference(TextJoiner.join(parts))
        if title.hasSuffix(".") { title.removeLast() }
        // "… TENTATIVE PARCEL MAP NO. 83479, …": a number's abbreviation is no sentence's end.
        let stops = title.utf8Contains(". ") && (!inCapitals || title.split(separator: " ").dropLast().contains {
            $0.hasSuffix(".") && $0.letterCount > 2
        })
        guard !title.isEmpty, title.wordCount <= (inCapitals ? 90 : 40), !stops, let first = title.first,
              first.isUppercaseQuick || first.isNumberQuick || "*\"“(".contains(first), !Self.isProse(title), !Self.isSentence(title),
              !title.hasSuffix(","), !title.hasSuffix(";") else { return nil }
        return (Self.stripColon(title), "", parts.count - 1)
    }

    /// An agenda item's title in title case followed by the sentence that describes the item
    /// ("City Council Agenda Items Update Recent or upcoming City Council items pertaining to …",
    /// "Aquatic Program Annual Report Report on annual Aquatic Section operations …"): the title
    /// ends before a capitalised word that opens the sentence — one followed, after at most two
    /// small words, by a word in lower case, or one of the words sentences open with ("The Board
    /// will receive …"). The title has two words or more, every longer word capitalised, and
    /// does not end on a small word; the description runs on for three words or more.
    /// Words in lower case that titles keep ("Presentation regarding …", "Agreement between …").
    static let titleWords: Set<String> = [
        "regarding", "between", "through", "including", "concerning", "pursuant", "within", "without", "upon", "via", "per",
        "versus", "over", "after", "before", "during", "about", "against", "toward", "towards", "across", "amongst", "among",
    ]

    static func titleBeforeDescription(_ text: String) -> String? {
        // The rules below read at most the first 28 words, and only ask of the rest whether it
        // is there: 29 words decide as the whole line would.
        let words = Array(Words(text).prefix(29))
        guard words.count >= 5 else { return nil }
        // "CONSIDERATION OF MINUTES - Consideration of Minutes of the Planning Commission regular
        // meeting of …": a title in capitals or title case, a dash, and a sentence.
        for (index, word) in words.enumerated().prefix(16) where index >= 1 && (word == "-" || word == "–") {
            let title = words[..<index].joined(separator: " ")
            let after = words[(index + 1)...]
            guard after.count >= 3, after.first?.first?.isUppercaseQuick == true,
                  TitleReader.isCapitals(title) || isTitleCaseHeading(title), title.first?.isLetterQuick == true,
                  after.prefix(8).contains(where: { word in
                      word.first?.isLowercaseQuick == true && word.letterCount >= 4 && !titleWords.contains(word.asciiLowercased())
                  }) else { break }
            return title
        }
        var titleCase = true
        for cut in 1..<min(words.count - 2, 25) {
            let previous = words[cut - 1]
            if previous.letterCount >= 4, previous.first?.isUppercaseQuick != true, !titleWords.contains(previous.asciiLowercased()) { titleCase = false }
            if previous.lastCharacter(isOneOf: ".;:!?") == true { return nil }
            guard titleCase else { return nil }
            let word = words[cut]
            guard cut >= 2, word.first?.isUppercaseQuick == true, !titleConnectors.contains(previous.asciiLowercased()) else { continue }
            var next = cut + 1
            while next < words.count, next <= cut + 2, titleConnectors.contains(words[next].asciiLowercased()), words[next] != "to" { next += 1 }
            guard next < words.count else { return nil }
            let following = words[next]
            if titleWords.contains(following.asciiLowercased()) { continue }
            let opensSentence = sentenceOpeners.contains(word.asciiLowercased())
                && following.first?.isUppercaseQuick == true && next + 1 < words.count && words[next + 1].first?.isLowercaseQuick == true
            let lowerWord = following.first?.isLowercaseQuick == true && following.letterCount >= 3
            guard opensSentence || lowerWord, words.count - cut >= 3 else { continue }
            let title = words[..<cut].joined(separator: " ")
            guard !isProse(title), DecisionVerbPattern.table[words[0].asciiLowercased()] == nil else { return nil }
            return title
        }
        return nil
    }

    /// A labelled line that is not a heading by itself: a numbered paragraph, unless a title in
    /// capitals runs into its text (`capitalsRunIn`) or, for a minute or agenda item, a title in
    /// title case does (`titleCaseRunIn`).
    private func paragraphOrRunIn(_ label: SectionLabel, _ rest: String) -> LineRole {
        if let (heading, text) = Self.capitalsRunIn(rest) {
            return .labelled(label, heading: heading, text: text, consumed: 0)
        }
        if label.isItemLevel, isMinutes || isAgenda, let (heading, text) = Self.titleCaseRunIn(rest) {
            return .labelled(label, heading: heading, text: text, consumed: 0)
        }
        if let (heading, text) = Self.periodTitleRunIn(rest) {
            return .labelled(label, heading: heading, text: text, consumed: 0)
        }
        // Numbered themes ("2. Economy and skills – the scheme will …"); lettered parts under a
        // sentence that leads in ("one that is: a) Justified – the plan is …") finish it.
        if label.style == .decimal, label.depth == 1, let (heading, text) = Self.dashTitleRunIn(rest) {
            return .labelled(label, heading: heading, text: text, consumed: 0)
        }
        return .labelled(label, heading: nil, text: rest, consumed: 0)
    }

    private enum FollowerKind { case child, content, none }

    /// What comes after a labelled item's lines: a child item, other content, or nothing of its own.
    private func follower(at index: Int, after label: SectionLabel) -> FollowerKind {
        guard index < units.count else { return .none }
        let unit = units[index]
        if unit.table != nil { return .content }
        if let match = labels[index] {
            let child = match.label
            switch (label.style, child.style) {
            case (.decimal, .decimal):
                // "9. Recommendation(s)" followed by a slipped "8.1" still has a paragraph under it.
                return child.components.count > label.components.count ? .child : .none
            case (.decimal, .letter), (.decimal, .parenNumber), (.parenNumber, .letter), (.code, .letter), (.code, .decimal),
                 (.code, .parenNumber):
                return .child
            case (.letter, .decimal), (.letter, .parenNumber):
                // "(d) Decision taken" then "1. …": a new list starts under a short item.
                return child.components == [1] && label.format.hasPrefix("(") ? .child : .none
            case (.letter, .letter):
                return child.roman != nil && label.roman == nil ? .child : .none
            default:
                return .none
            }
        }
        if unit.blockKind == .heading || isVocabularyHeading(unit.text) { return .none }
        return unit.startsBlock ? .content : .none
    }

    // MARK: Unnumbered headings

    /// The unnumbered heading a plain line starts, if any (see the type's rules), unless it only
    /// looks like one (`namesNoSection`).
    private func unnumberedHeading(at index: Int) -> LineRole? {
        guard let role = unnumberedHeadingShape(at: index) else { return nil }
        if case .heading(let heading, let runIn, let consumed) = role {
            if Self.namesNoSection(heading) { return nil }
            if let (title, value) = Self.splittingTrailingValue(heading) {
                return .heading(title, runIn: runIn.isEmpty ? value : value + " " + runIn, consumed: consumed)
            }
        }
        return role
    }

    /// A heading with its item's outcome printed after a dash ("Apologies - None", "Date and
    /// Time of Next Meeting - Wednesday 11 September 2013 at 7.00pm", "ADJOURNMENT - Adjourned
    /// at 9:05"): the heading before the dash and the value after it. A date without a time
    /// ("Budget Monitoring Report – November 2024-25") is part of a title.
    static func splittingTrailingValue(_ heading: String) -> (String, String)? {
        guard let dash = heading.utf8Range(of: " - ") ?? heading.utf8Range(of: " – ") else { return nil }
        let title = heading[..<dash.lowerBound].trimmingSpaces()
        let value = heading[dash.upperBound...].trimmingSpaces()
        guard title.contains(where: \.isLetterQuick), !value.isEmpty else { return nil }
        let lower = value.asciiLowercased()
        let none = ["none", "nil", "n/a", "none received", "no apologies"].contains(lower.trimmingScalars(in: "."))
        let when = TitleReader.hasTime(value) && TitleReader.isDateTimeLine(value)
        // "Adjourned at 9:05": what happened, and when.
        let done = value.wordCount <= 6 && value.contains(where: \.isNumberQuick)
            && Words(value).first.map { $0.count > 3 && $0.asciiLowercased().hasSuffix("ed") } == true
        return none || when || done ? (title, value) : nil
    }

    /// Officers' posts that label a contact block or a sign-off ("Report Author", "Lead
    /// Director", "Legal Team Leader"): the name below them is a person, not a section.
    static let postWords: Set<String> = [
        "author", "authors", "director", "officer", "leader", "manager", "partner", "adviser", "advisor", "clerk",
    ]

    /// Whether an unnumbered heading-shaped line names no section of the paper: a post that
    /// labels a contact block or a sign-off (at most four words ending in a post, with no
    /// "of" or "by" to say whose report follows), a signature line ("Signed ______ Dated
    /// ____", "CHAIR ______"), or the sentence that closes the meeting ("There being no
    /// further business the meeting closed at 9.30pm", "Meeting ended at 8.00 pm").
    static func namesNoSection(_ heading: String) -> Bool {
        if heading.utf8Contains("___") { return true }
        let words = heading.split { $0 == " " || $0 == "-" || $0 == "/" }.map { stripColon(String($0)).asciiLowercased() }
        if let last = words.last, words.count <= 4, postWords.contains(last),
           !words.contains(where: { ["of", "by", "from", "for", "to", "and"].contains($0) }) {
            return true
        }
        let lower = " " + heading.asciiLowercased()
        return heading.contains(where: \.isNumberQuick)
            && [" meeting closed", " meeting ended", " meeting to a close", " meeting concluded", " meeting was closed"].contains { lower.utf8Contains($0) }
    }

    private func unnumberedHeadingShape(at index: Int) -> LineRole? {
        let unit = units[index]
        let text = unit.text
        if isVocabularyHeading(text) || inNamedSeries.contains(index) {
            return .heading(Self.stripColon(text), runIn: "")
        }
        if index >= capsHeadingsFrom, typographyIsDistinctive, let styled = styledHeading(at: index) {
            return styled
        }
        if !marksHeadings, index >= max(capsHeadingsFrom, titlesFrom), isStandaloneTitle(at: index) {
            return .heading(text, runIn: "")
        }
        guard unit.startsBlock else { return nil }
        if let (heading, runIn) = Self.runIn(text, maxWords: 6), let kind = HeadingVocabulary.exactKind(heading),
           !(heading.uppercased() == heading && runIn.wordCount <= 6) {  // "PURPOSE: Final Decision Report" is a field
            // Under an agenda's item, "Recommendation: Note and file." is the item's recommended
            // action, not a section of the agenda.
            // Nor is "Attachments: Staff Report" the agenda's own list of appendices.
            if isAgenda, kind == .recommendations || kind == .appendices { return nil }
            return .heading(heading, runIn: runIn)
        }
        // "CONSENT CALENDAR - All matters listed under the Consent Calendar are considered
        // routine …": a title in capitals run into the notice it heads, after a dash.
        // The title opens with the line's first word: one with a small letter is no title in capitals.
        if index >= max(capsHeadingsFrom, titlesFrom), !Self.firstWordHasSmallLetter(text), let title = Self.titleBeforeDescription(text),
           TitleReader.isCapitals(title),
           (2...8).contains(title.wordCount), let dash = text.utf8Range(of: title),
           text[dash.upperBound...].trimmingSpaces().hasPrefix("-") || text[dash.upperBound...].trimmingSpaces().hasPrefix("–") {
            let runIn = String(text[dash.upperBound...].drop { " -–".contains($0) })
            // The notice is a sentence: several words in lower case.
            if Words(runIn).lazy.filter({ $0.first?.isLowercaseQuick == true && $0.count >= 3 }).count >= 3 {
                return .heading(title, runIn: runIn)
            }
        }
        if text.hasSuffix(":"), unit.line.indent <= unit.pageMargin + 2, text.wordCount <= 8,
           Self.isTitleLike(String(text.dropLast()), maxWords: 8), !Self.endsWithFunctionWord(text),
           !Self.fieldLabels.contains(HeadingVocabulary.normalize(text)),
           let firstWord = Words(text).first,
           !["the", "that", "it", "this", "cabinet", "council"].contains(Self.stripColon(String(firstWord)).asciiLowercased()) {
            return .heading(Self.stripColon(text), runIn: "")
        }
        if !marksHeadings, index >= capsHeadingsFrom, Self.isCapitalsHeading(text),
           index + 1 >= units.count || units[index + 1].startsBlock || units[index + 1].text.hasPrefix("(") {
            return .heading(text, runIn: "")
        }
        return nil
    }

    /// A short title-like line on its own at the page margin ("Key Considerations", "Voting
    /// arrangements"): after a blank line or a finished sentence, and before a blank line or a
    /// numbered paragraph.
    private func isStandaloneTitle(at index: Int) -> Bool {
        let unit = units[index]
        let text = unit.text
        // The cheap byte tests first: most lines are prose that ends with punctuation.
        guard text.utf8.count <= 270, let lastByte = text.utf8.last, lastByte != UInt8(ascii: "."),
              lastByte != UInt8(ascii: ","), lastByte != UInt8(ascii: ";"), !text.containsASCII(":"),
              unit.line.indent <= unit.pageMargin + 2, text.wordCount <= 10 else { return false }
        // Then the lines around it, before the tests of the line's own words.
        if !unit.startsBlock {
            guard index > 0, units[index - 1].text.lastCharacter(isOneOf: ".:;") == true else { return false }
        }
        guard index + 1 < units.count else { return false }
        let next = units[index + 1]
        guard next.startsBlock || labels[index + 1] != nil else { return false }
        // Entries of an appendix list ("Appendix 2 – Constitution Changes") are not headings.
        let neighbours = [units[index - (index > 0 ? 1 : 0)].text, text, next.text]
        if neighbours.contains(where: { $0.hasPrefix("Appendix ") || $0.hasPrefix("APPENDIX ") }) { return false }
        let words = text.split(separator: " ")
        guard words.filter({ $0.count >= 3 && $0.allSatisfy(\.isLetterQuick) }).count >= 2,
              text.count <= 90,
              !((index == 0 || units[index - 1].text.hasSuffix(":")) && Self.isPersonName(text)),  // "Report author:" / "Helen Marsh"
              !Self.isProse(text), !Self.isSentence(text),
              // "Village hall hire £108.00": a line of a payments list.
              !text.utf8Contains("£") && !text.containsASCII("$") || MoneyPattern.all(in: text).isEmpty,
              Self.isTitleLike(text, maxWords: 10), !Self.endsWithFunctionWord(text),
              PageFurniture.columnGaps(text) == 0, text.contains(where: \.isLowercaseQuick),
              words.filter({ $0.first?.isNumberQuick == true }).count <= 1 else { return false }
        return true
    }

    /// Labels set in bold that name a value or an outcome, not what follows.
    static let styledNonHeadings: Set<String> = [
        "carried", "motion carried", "defeated", "lost", "motion lost", "motion defeated", "withdrawn", "tabled", "deferred",
        "resolved", "agreed", "noted", "approved", "moved", "seconded", "moved by", "seconded by", "signed", "chair", "chairman",
        "date", "yes", "no", "none", "n/a", "draft", "for", "against", "abstain", "abstained", "page",
    ]
    /// Words that open a caption ("Figure 4: …", "Table 2 …", "Source: …"), which names a
    /// figure or a table, not a section.
    static let captionWords: Set<String> = ["figure", "fig", "table", "chart", "graph", "source", "sources", "note", "notes", "map", "image", "diagram"]

    /// A heading the reader saw set apart by typography (see the type's rules), or `nil`.
    private func styledHeading(at index: Int) -> LineRole? {
        let unit = units[index]
        let style = unit.line.style
        let text = unit.text
        guard index >= titlesFrom, unit.table == nil, text.utf8.count <= 200 else { return nil }
        let previousEnds = unit.startsBlock || index == 0 || units[index - 1].text.lastCharacter(isOneOf: ".:;?!)") ?? true
            || inHeadingList[index]
        guard previousEnds else { return nil }
        if style.bold || style.isLarger && style.boldLead > 0 {
            // At the margin (a bold cell far across the page is a table's), unless set larger,
            // centred on the page or heading a list of headings.
            guard unit.line.indent <= unit.pageMargin + 8 || style.isLarger || unit.isCentred || inHeadingList[index] else { return nil }
            // The heading, and the bold lines of the same block that continue it.
            var parts = [text]
            var consumed = 0
            var next = index + 1
            // In a list of bold headings, each line is a heading of its own.
            while next < units.count, consumed < 2, !inHeadingList[index], !units[next].startsBlock, units[next].table == nil,
                  units[next].line.style.bold, labels[next] == nil, !(parts.last?.hasSuffix(":") ?? false) {
                parts.append(units[next].text)
                consumed += 1
                next += 1
            }
            let heading = TextJoiner.join(parts)
            guard Self.isStyledHeadingText(heading, maxWords: 14),
                  consumed > 0 || !repeatedLabels.contains(HeadingVocabulary.normalize(text)) || HeadingVocabulary.exactKind(text) != nil
            else { return nil }
            // A bold paragraph (several lines, or a line whose sentence runs on) is emphasis.
            if next < units.count, !units[next].startsBlock, units[next].line.style.bold, !inHeadingList[index] { return nil }
            return .heading(Self.stripColon(heading), runIn: "", consumed: consumed)
        }
        // "Apologies: Mr …" with the label in bold, in the body (labels before it are fields).
        guard index >= titlesFrom, style.boldLead > 0, let (head, rest) = Self.runIn(text, maxWords: 6),
              !Self.fieldLabels.contains(HeadingVocabulary.normalize(head)), !repeatedLabels.contains(HeadingVocabulary.normalize(head)),
              head.filter({ !$0.isWhitespaceQuick }).count <= style.boldLead + 1,
              Self.isStyledHeadingText(head, maxWords: 6) else { return nil }
        return .heading(head, runIn: rest)
    }

    /// Whether text set in bold reads as a heading: short and title-like, not a sentence, a
    /// person's name, a decision marker, a date or a number, and not a row of table cells.
    static func isStyledHeadingText(_ text: String, maxWords: Int) -> Bool {
        let words = text.wordCount
        let first = text.prefix { $0.isLetterQuick }.asciiLowercased()
        guard words >= 1, words <= maxWords, text.contains(where: \.isLetterQuick), isTitleLike(text, maxWords: maxWords),
              !captionWords.contains(first), !stripColon(text).containsASCII(":"),
              !styledNonHeadings.contains(HeadingVocabulary.normalize(text)), PageFurniture.columnGaps(text) == 0,
              !isProse(text), !endsWithFunctionWord(text), DatePattern.first(in: text)?.range.count ?? 0 < text.count - 4 else { return false }
        if text.hasSuffix(".") && words > 6 { return false }
        // "TUESDAY, November 1, 2022", "7:00 P.M.": when, not what follows.
        if TitleReader.isDateTimeLine(text) { return false }
        // A name ("Helen Marsh", "Cllr Jo Reed, Chair"); five title-case words are a title.
        if let name = PersonNamePattern.match(stripColon(text)), name.name.wordCount <= 4,
           name.rest.isEmpty || name.name.wordCount >= 2 && HeadingVocabulary.exactKind(text) == nil {
            return false
        }
        return true
    }

    func isVocabularyHeading(_ text: String) -> Bool {
        text.utf8.count <= 120 && text.startsWithCapital && HeadingVocabulary.exactKind(text) != nil
    }

    // MARK: Text tests

    /// Whether the first word (the first run of bytes other than spaces) holds a letter `a`–`z`.
    static func firstWordHasSmallLetter(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count, bytes[index] == 0x20 { index += 1 }
            while index < bytes.count, bytes[index] != 0x20 {
                if bytes[index] &- 0x61 < 26 { return true }
                index += 1
            }
            return false
        }
    }

    /// "Label: text" where the label is short and title-like: returns the label and the text.
    static func runIn(_ text: String, maxWords: Int) -> (String, String)? {
        // A run-in label is short: look for its colon near the start only.
        guard let byte = text.firstUTF8Index(ofASCII: ":", within: 160) else { return nil }
        let colon = byte
        let head = String(text[..<colon]).trimmingSpaces()
        let tail = String(text[text.index(after: colon)...]).trimmingSpaces()
        guard !tail.isEmpty, !head.isEmpty, head.wordCount <= maxWords,
              isTitleLike(head, maxWords: maxWords), !head.containsASCII("."), !endsWithFunctionWord(head),
              !tail.hasPrefix("//") else { return nil }
        return (head, tail)
    }

    /// Starts with a capital (or an opening bracket or quote), has at most `maxWords` words, is one
    /// sentence at most, and does not end like a clause that continues.
    static func isTitleLike(_ text: String, maxWords: Int) -> Bool {
        guard text.utf8.count <= 660, let first = text.first, first.isUppercaseQuick || first.isNumberQuick || "(‘'\"“".contains(first) else { return false }
        let words = text.wordCount
        guard words > 0, words <= maxWords, text.utf8.count <= 220 || text.count <= 220 else { return false }
        if text.lastCharacter(isOneOf: ",;") == true { return false }
        let body = text.hasSuffix(".") ? String(text.dropLast()) : text
        if body.utf8Contains(". ") { return false }
        return true
    }

    /// Whether a long item line ending in a colon is an item's title in title case ("To Receive
    /// from the Public Any Information or Reports …:"): half or more of its words of four
    /// letters or more start with a capital, and it neither opens as a sentence ("In
    /// October the Committee made …", "The Board …") nor leads in to "the following".
    static func isTitleCaseItem(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard let first = words.first?.asciiLowercased(), !sentenceOpeners.contains(first),
              !["in", "on", "at", "as", "for", "following", "with", "after", "during", "since"].contains(first),
              !text.asciiLowercased().utf8Contains("the following") else { return false }
        let long = words.filter { $0.letterCount >= 4 }
        let capitalised = long.filter { $0.first?.isUppercaseQuick == true || $0.first?.isNumberQuick == true }
        return !long.isEmpty && capitalised.count * 2 >= long.count
    }

    /// A short item title in title case on its own line ("Election of Chair", "Update Standing
    /// Order - Tenders", "DATA Protection Policy"): at most eight words and no comma (a longer
    /// line is more likely the first line of a wrapped sentence), every word of four letters or
    /// more starting with a capital, not ending like a sentence or a clause that goes on.
    static func isTitleCaseHeading(_ text: String) -> Bool {
        // The cheap tests first: most lines fail one of them. One to eight words (counted up to
        // nine, as `split(separator: " ")` cuts them).
        guard text.utf8.count <= 100, (1...8).contains(Words(text).prefix(9).reduce(0) { count, _ in count + 1 }), let last = text.last, !".,;".contains(last),
              !text.containsASCII(","),
              text.first?.isUppercaseQuick == true, !isProse(text), !endsWithFunctionWord(text), !text.utf8Contains(". ") else { return false }
        return Words(text).allSatisfy { word in
            word.first?.isUppercaseQuick == true || word.first?.isLetterQuick == false || word.letterCount < 4
        }
    }

    /// A minute item's title in capitals run into its text on one line ("PUBLIC FORUM Mr Lavender
    /// asked …", "ACCEPTANCE OF APOLOGIES FOR ABSENCE There were none."): the capitals and the
    /// text after them. Two capital words at least, or one of six letters or more (shorter
    /// ones are acronyms that open sentences: "NCC has …").
    static func capitalsRunIn(_ text: String) -> (String, String)? {
        var words: [Substring] = []
        var lettered = 0
        for word in Words(text) {
            let letters = word.letterCase
            if letters.letters == 0 { words.append(word); continue }
            guard letters.capitals else { break }
            // "RISK ASSESSMENT REPORT – J Breheny to look at …": an initial after a dash opens the text.
            if letters.letters == 1, let previous = words.last, ["-", "–", "—"].contains(previous) { break }
            words.append(word)
            lettered += 1
        }
        while let last = words.last, last.letterCount == 0 { words.removeLast() }
        // "A WPL Scoping Study was …": an article and an acronym open a sentence.
        // The capitals are not the whole line: a word follows them.
        guard let lastWord = words.last, text[lastWord.endIndex...].utf8.contains(where: { $0 != 0x20 }),
              lettered >= 2 || (words.first?.letterCount ?? 0) >= 6,
              words.contains(where: { $0.letterCount >= 4 }),
              words.count <= 20 else { return nil }
        let end = words.last!.endIndex
        let heading = String(text[..<end]).trimmingScalars(in: " .:-–,")
        // Only the separator after the title goes; the text keeps its own final stop.
        let after = String(text[end...].drop { " .:-–".contains($0) })
        guard let first = after.first, first.isUppercaseQuick || first.isNumberQuick || first == "(" || SectionLabelPattern.match(after) != nil else { return nil }
        guard !endsWithFunctionWord(heading.asciiLowercased()) else { return nil }
        return (heading, after)
    }

    /// A title in title case closed by a full stop and run into the paragraph's first sentence
    /// ("1. Rapid Rehousing for Homeless Persons and Households. The City has been …"): the
    /// title (two to eight words, `isTitleCaseHeading`) and the text after it.
    static func periodTitleRunIn(_ text: String) -> (String, String)? {
        guard let stop = text.utf8Range(of: ". ") else { return nil }
        let title = String(text[..<stop.lowerBound])
        let after = String(text[stop.upperBound...])
        // Not a name cut at an initial ("Melena and Michael C. Smith"), nor cells of a table row.
        guard title.wordCount >= 2, after.first?.isUppercaseQuick == true, isTitleCaseHeading(title), !isPersonName(title),
              !title.contains(where: \.isNumberQuick), (Words(title).last?.count ?? 0) >= 3,
              !title.utf8Contains("  ") else { return nil }
        return (title, after)
    }

    /// A short title closed by a dash and run into a clause that goes on in lower case ("2.
    /// Economy and skills – the scheme will help tackle congestion …"): the title (one to six
    /// words, title-like, not opening as a sentence does) and the clause.
    static func dashTitleRunIn(_ text: String) -> (String, String)? {
        let dashes = [text.utf8Range(of: " - "), text.utf8Range(of: " – ")].compactMap { $0 }
        guard let dash = dashes.min(by: { $0.lowerBound < $1.lowerBound }),
              text.utf8.distance(from: text.startIndex, to: dash.lowerBound) <= 70 else { return nil }
        let title = String(text[..<dash.lowerBound]).trimmingSpaces()
        let after = String(text[dash.upperBound...]).trimmingSpaces()
        guard (1...6).contains(title.wordCount), after.first?.isLowercaseQuick == true, after.wordCount >= 4,
              isTitleLike(title, maxWords: 6), !endsWithFunctionWord(title), !isProse(title), !isSentence(title),
              let first = Words(title).first, !sentenceOpeners.contains(first.asciiLowercased()),
              !title.contains(where: \.isNumberQuick) else { return nil }
        return (title, after)
    }

    /// Words that open a sentence of minutes after an item's title run into it: articles and
    /// pronouns, the people who speak, and the words minutes open with.
    static let sentenceOpeners: Set<String> = [
        "the", "there", "it", "this", "these", "those", "that", "a", "an", "cllr", "cllrs", "councillor", "councillors",
        "mr", "mrs", "ms", "miss", "dr", "members", "member", "following", "after", "he", "she", "they", "we", "i", "all",
        "no", "none", "nothing", "as", "in", "at", "on", "proposed", "resolved", "agreed", "one", "two",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "due", "since",
    ]
    /// Small words a title keeps in lower case.
    static let titleConnectors: Set<String> = ["and", "of", "the", "for", "to", "in", "on", "a", "an", "&", "with", "at", "by", "from", "or", "as", "under", "into"]

    /// A minute item's title in title case run into its text on one line ("Apologies and
    /// Welcome There were apologies…", "Update on the Website - The Clerk advised…",
    /// "2Agriculture Update • 2Agriculture, the…"): the title and the text after it. The title
    /// ends at a dash, a bullet or a list label, or before a word that opens a sentence
    /// (`sentenceOpeners`); it starts with a capital or a digit, has one to fifteen words, most
    /// of its longer words capitalised, and does not end on a small word.
    static func titleCaseRunIn(_ text: String) -> (String, String)? {
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count >= 2, let first = words[0].first, first.isUppercaseQuick || first.isNumberQuick else { return nil }
        for cut in 1..<min(words.count, 16) {
            let word = words[cut]
            let lower = word.asciiLowercased().trimmingPunctuation()
            let isBreak = word == "-" || word == "–" || word == "•" || SectionLabelPattern.match(String(word) + " X")?.label.style == .letter
                && (word.hasSuffix(")") || word.hasPrefix("("))
            let opensSentence = word.first?.isUppercaseQuick == true && sentenceOpeners.contains(lower)
            guard isBreak || opensSentence else {
                if word.lastCharacter(isOneOf: ".,;:!?") == true { return nil }  // a sentence before any opener
                continue
            }
            let title = words[..<cut]
            guard let last = title.last, !titleConnectors.contains(last.asciiLowercased()) else { continue }
            // "Noted the membership of the Committee …" is a resolution, not a title.
            let joined = title.joined(separator: " ")
            if isProse(joined) || DecisionVerbPattern.table[words[0].asciiLowercased()] != nil { return nil }
            let long = title.filter { $0.letterCount >= 4 }
            let capitalised = long.filter { $0.first?.isUppercaseQuick == true || $0.first?.isNumberQuick == true || $0.first == "(" }
            guard capitalised.count * 5 >= long.count * 3 else { return nil }
            let after = words[(isBreak && !word.hasSuffix(")") ? cut + 1 : cut)...].joined(separator: " ")
            guard after.wordCount >= 2 else { return nil }
            return (joined, after)
        }
        return nil
    }

    /// "Helen Marsh", "Cllr Jo Reed": a name (title-case headings read as names too, so callers
    /// also look at the context).
    static func isPersonName(_ text: String) -> Bool {
        guard let match = PersonNamePattern.match(text) else { return false }
        return match.honorific != nil || match.rest.isEmpty
    }

    /// Words that mark a line as a clause of minutes or prose rather than a heading.
    static func isProse(_ text: String) -> Bool {
        let lower = text.asciiLowercased()
        // "NOTE the forecast…", "AGREE the changes": an instruction, not a heading; a title set
        // wholly in capitals ("APPROVE THE MINUTES OF MAY 2, 2024") is an agenda item's name.
        if let first = Words(text).first, first.count >= 4, first.uppercased() == first,
           DecisionVerbPattern.table[first.asciiLowercased()] != nil, text.wordCount > 2, text.contains(where: \.isLowercaseQuick) {
            return true
        }
        if ["resolved", "agreed", "that ", "it was", "members "].contains(where: { lower.hasPrefix($0) }) { return true }
        return reportingVerbSet.occurs(in: lower)
    }

    /// The verbs minutes report in ("Cllr Smith proposed …", "… was noted"), with their spaces.
    static let reportingVerbSet = PhraseSet([" proposed", " seconded", " moved ", " was ", " were ", " had ", " provided ", " advised ",
                                             " noted", " emphasised", " reported", " explained", " asked ", " confirmed ",
                                             " introduced ", " said "])

    /// Auxiliary verbs, whose presence makes a line a sentence ("Any member of the public can
    /// submit …", "Questions should be addressed …") rather than an item's title.
    static let auxiliaryVerbs = PhraseSet(modalVerbs.phrases + [" will ", " is ", " are ", " be ", " has ", " have "])
    /// The auxiliaries that ask or allow ("should", "may"): a numbered line that uses one is an
    /// instruction or a sentence, while "to be approved" stays a title (`isNoItemTitle`).
    static let modalVerbs = PhraseSet([" can ", " may ", " should ", " must ", " would ", " shall "])

    static func isSentence(_ text: String) -> Bool {
        // In lower case as sentences print them: "May 21" and "MAY" are not the verb.
        return auxiliaryVerbs.occurs(in: text, padded: true)
    }

    /// Whether a line's words run on onto the next line: it ends on a small word, a comma or a
    /// hyphen.
    static func runsOn(_ text: String) -> Bool {
        endsWithFunctionWord(text) || text.hasSuffix(",") || text.hasSuffix("-") || text.hasSuffix("–")
    }

    static func endsWithFunctionWord(_ text: String) -> Bool {
        let last = Words(stripColon(text)).last.map { $0.asciiLowercased() } ?? ""
        return ["to", "that", "the", "and", "of", "will", "following", "follows", "is", "are", "be", "a", "an", "for", "by", "with", "in", "on"].contains(last)
    }

    static func isCapitalsHeading(_ text: String) -> Bool {
        guard text.utf8.count <= 200, !text.containsASCII(":") else { return false }
        if text.everyUTF8Byte({ $0 < 0x80 }) {
            // ASCII, decided on its bytes: no digit, no small letter, at least four capitals.
            var capitals = 0
            for byte in text.utf8 {
                if byte &- 0x30 < 10 || byte &- 0x61 < 26 { return false }
                if byte &- 0x41 < 26 { capitals += 1 }
            }
            guard capitals >= 4 else { return false }
        } else {
            if text.contains(where: \.isNumberQuick) { return false }
            let letters = text.letterCase
            guard letters.letters >= 4, letters.capitals else { return false }
        }
        // "CITY OF" over the city's name; "EXHIBIT A" ends with a letter, not the article;
        // "MINUTES OF NORTHWOLD PARISH COUNCIL MEETING HELD" names the paper, not a section.
        guard text.wordCount <= 10, !endsWithFunctionWord(text) || text.hasSuffix(" A") else { return false }
        if ["MINUTES OF ", "MINUTES OF THE ", "AGENDA FOR ", "NOTICE OF "].contains(where: { text.hasPrefix($0) }) { return false }
        if PageFurniture.columnGaps(text) > 0 { return false }
        return !["DRAFT", "OFFICIAL", "YES", "NO", "NONE"].contains(text)
    }

    /// An agenda item's title without its trailing "(Pages 11 - 84)" or "(Page 3)".
    static func withoutPageReference(_ text: String) -> String {
        guard text.hasSuffix(")"), let open = text.utf8Range(of: "(Page", backwards: true) else { return text }
        return text[..<open.lowerBound].trimmingSpaces()
    }

    /// "(Item 3)" under a minute heading.
    static func isItemMarker(_ text: String) -> Bool {
        guard text.utf8.first == UInt8(ascii: "(") else { return false }
        let lower = text.asciiLowercased()
        return lower.hasPrefix("(item") && lower.hasSuffix(")") && lower.count <= 14
    }

    static func stripColon(_ text: String) -> String {
        var text = text
        while let last = text.last, last == ":" || last == " " { text.removeLast() }
        return text
    }
}
