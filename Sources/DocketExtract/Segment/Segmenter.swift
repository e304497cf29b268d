import DocketModel

/// The segmenting stage: a normalized `Layout` in, a `Paper` with front matter and the section
/// tree out.
///
/// Requires: a layout from `Normalizer` (spans filled). Produces: `title`, `meeting`,
/// `doc_type`, front-matter `people` and `fields`, `summary`, and `sections` with numbers,
/// headings, kinds, text and spans (a paper that prints no heading gets one section with neither,
/// holding its body). Diagnostics: `segment.numbering-slip` (a paragraph printed under a section
/// whose number it does not continue), `segment.no-sections` (nothing looked like a heading or a
/// numbered paragraph).
public struct Segmenter: Sendable {
    public struct Options: Codable, Sendable, Equatable {
        public init() {}
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    public func segment(_ layout: Layout) -> SegmentedPaper {
        read(layout).paper
    }

    /// How the segmenter read each line of `layout`: front matter, a heading, a numbered item,
    /// body text, a table or a line it left out (`docket layout --roles`), keyed by the line's
    /// number in the normalized text.
    public func lineRoles(_ layout: Layout) -> [Int: String] {
        let reading = read(layout)
        var roles: [Int: String] = [:]
        for (index, unit) in reading.units.enumerated() where roles[unit.line.span.line] == nil {
            roles[unit.line.span.line] = index < reading.frontMatterEnd ? "front" : reading.roles[index].summary
        }
        return roles
    }

    /// The paper as read, with the units, their roles and where the front matter ends.
    private func read(_ layout: Layout) -> (paper: SegmentedPaper, units: [Unit], roles: [LineRole], frontMatterEnd: Int) {
        let printed = Unit.units(of: layout)
        let headLines = FrontMatterReader.headLines(printed)
        let isMinutes = headLines.contains(where: FrontMatterReader.isMinutesLine) || FrontMatterReader.mastheadNamesMinutes(headLines)
        // Minutes' items run into the paragraph before them are split off first.
        let units = isMinutes ? RunOnItems.split(printed) : printed
        let isAgenda = !isMinutes && (FrontMatterReader.namesAgenda(headLines)
            || !headLines.contains(where: FrontMatterReader.isReportLine) && FrontMatterReader.printsAgendaHeading(units))
        // Labels and marked-up headings are read once; the threshold-dependent rules for plain
        // lines run again once the front matter's extent is known. Until then, headings set
        // apart only by their shape or type count after the first paragraph of prose.
        let firstProse = Self.proseStart(units: units, from: 0)
        var first = LineClassifier(units: units, capsHeadingsFrom: firstProse)
        first.titlesFrom = firstProse
        first.isAgenda = isAgenda
        first.isMinutes = isMinutes
        let marksHeadings = LineClassifier.marksHeadings(units, format: layout.source.format)
        first.marksHeadings = marksHeadings
        let earlier = first.classifyMarkingPlainLines()
        let provisional = earlier.roles
        // A page that opens with a marked-up heading (HTML, Markdown) names itself there: the
        // title is front matter, not a section.
        let titleUnits = Self.titleHeadingEnd(units)
        let bodyStart = max(titleUnits, Self.bodyStart(units: units, roles: provisional, from: titleUnits))
        let fieldsStart = units.prefix(bodyStart).firstIndex { $0.text.containsASCII(":") } ?? bodyStart
        // The same classifier with the new thresholds (what it learnt of the units is kept).
        var classifier = first
        classifier.capsHeadingsFrom = fieldsStart
        classifier.titlesFrom = bodyStart
        var roles = classifier.refine(earlier, after: first)
        let detached = DetachedLabels.attach(&roles, units: units)
        let start = min(bodyStart, Self.firstHeading(roles, from: max(fieldsStart, titleUnits)) ?? bodyStart, detached ?? units.count)
        var reader = FrontMatterReader()
        reader.monthFirst = DatePattern.prefersMonthFirst(in: layout.text)
        // Minutes' units may have been split since the head lines were read.
        reader.headLines = isMinutes ? nil : headLines
        var front = reader.read(units[..<start], wholeText: units)
        front.addLaterFields(from: units[start...], monthFirst: reader.monthFirst)
        if titleUnits > 0 {
            let title = units[titleUnits - 1].text
            // The page's heading names it, unless the masthead read around it says more
            // ("WEREHAM PARISH COUNCIL" over "Draft Minutes of the Parish Council meeting …").
            if !(front.title?.asciiLowercased().utf8Contains(title.asciiLowercased()) ?? false) { front.title = title }
            front.meeting.body = front.meeting.body ?? MeetingBody.fromFieldValue(title)
            front.meeting.date = DatePattern.first(in: title, monthFirst: reader.monthFirst)?.iso ?? front.meeting.date
        }
        if front.meeting.body == nil { front.meeting.body = front.bodyFromHeadings }
        // A meeting named only in a running footer ("Council Agenda: 08-31-2021").
        if front.meeting.date == nil {
            front.meeting.date = layout.furniture.lazy.compactMap { line -> String? in
                guard let colon = line.firstIndex(of: ":"),
                      FrontMatterReader.dateKeys.contains(HeadingVocabulary.normalize(String(line[..<colon]))) else { return nil }
                return DatePattern.first(in: String(line[line.index(after: colon)...]), monthFirst: reader.monthFirst)?.iso
            }.first
        }
        if front.meeting.body == nil, let title = front.title { front.meeting.body = MeetingBody.fromHeadingLines([title]) }

        var builder = SectionTreeBuilder()
        // Labels printed alone above the front matter (a label column moved to the top of the
        // page) are still the paper's numbering: the tree starts with them.
        let labelsAbove = roles.prefix(start).firstIndex { role in
            if case .labelled(_, nil, let text, _) = role { return text.isEmpty }
            return false
        }
        let sections = builder.build(units: units, roles: roles, from: labelsAbove ?? start, docType: front.docType)

        if front.meeting.body == nil, front.docType == .report,
           let recommendation = sections.lazy.flatMap(\.flattened).first(where: { $0.kind == .recommendations && $0.heading != nil }) {
            let text = recommendation.text.isEmpty ? recommendation.children.first?.text ?? "" : recommendation.text
            front.meeting.body = MeetingBody.fromRecommendation(text)
        }
        var paper = Paper(id: String(layout.source.sha256.prefix(20)), source: layout.source,
                          title: front.title, meeting: front.meeting, docType: front.docType)
        paper.sections = sections
        paper.people = front.people
        paper.fields = Dictionary(front.fields.filter { !$0.value.isEmpty }.map { ($0.label, $0.value) }, uniquingKeysWith: { first, _ in first })
        paper.summary = paper.allSections.first { $0.kind == .summary || $0.kind == .purpose }
            .map { section in TextJoiner.join([section.text] + section.children.map(\.text)) }
            .flatMap { $0.isEmpty ? nil : $0 }
        paper.diagnostics = layout.diagnostics + builder.diagnostics
        if sections.allSatisfy({ $0.number == nil && $0.heading == nil }) {
            paper.diagnostics.append(Diagnostic(.info, code: .noSections,
                                                message: "no headings or numbered paragraphs were found"))
        }
        paper.links = layout.links
        return (SegmentedPaper(paper: paper, layout: layout), units, roles, labelsAbove ?? start)
    }

    /// One past the marked-up heading that names the paper, when the paper opens with one
    /// (after Markdown front matter, if any); 0 when it does not.
    static func titleHeadingEnd(_ units: [Unit]) -> Int {
        guard var index = units.prefix(12).firstIndex(where: { $0.blockKind == .heading }),
              units[..<index].allSatisfy({ $0.blockKind == .metadata || $0.text.containsASCII(":") }) else { return 0 }
        // A portal's page heading ("Decision details") stands above the paper's own title.
        if pageHeadings.contains(units[index].text.asciiLowercased()), index + 1 < units.count, units[index + 1].blockKind == .heading {
            index += 1
        }
        guard HeadingVocabulary.exactKind(units[index].text) == nil, SectionLabelPattern.match(units[index].text) == nil else { return 0 }
        return index + 1
    }

    /// Headings that name a portal page rather than the paper.
    static let pageHeadings: Set<String> = [
        "decision details", "issue details", "meeting details", "agenda item", "agenda, decisions and minutes",
        "agenda, decisions and draft minutes", "agenda and minutes", "agenda and draft minutes", "agenda", "decision",
    ]

    /// The first unit that starts a section: a label or a heading.
    static func bodyStart(units: [Unit], roles: [LineRole], from first: Int) -> Int {
        // Labels printed alone above everything else ("1.1.", "1.2." — a label column that text
        // conversion moved to the top of the page) do not start the body.
        var leadingBareLabels = true
        for (index, role) in roles.enumerated() where index >= first {
            switch role {
            case .labelled(_, nil, let text, _) where text.isEmpty && leadingBareLabels: continue
            case .labelled, .heading: return index
            default: if units[index].text.contains(where: \.isLetterQuick) { leadingBareLabels = false }
            }
        }
        return proseStart(units: units, from: first)
    }

    /// Where the body of a paper that prints no heading begins: the first paragraph of prose
    /// after its title line and its attendance ("Present: …", which may follow the sentence
    /// that opens the meeting) — ten words or more, not a "Label: value" field. The whole
    /// paper when there is none.
    static func proseStart(units: [Unit], from first: Int) -> Int {
        guard let titleLine = units[first...].firstIndex(where: { $0.blockKind != .metadata && $0.text.contains(where: \.isLetterQuick) }) else {
            return units.count
        }
        let head = units[(titleLine + 1)...].prefix(30)
        let attendance = head.lastIndex { unit in
            guard let colon = unit.text.firstUTF8Index(ofASCII: ":") else { return false }
            return AttendanceLabelPattern.role(of: String(unit.text[..<colon])) != nil
        }
        return units[((attendance ?? titleLine) + 1)...].firstIndex { unit in
            guard unit.startsBlock || unit.text.first?.isUppercaseQuick == true, unit.text.wordCount >= 10 else { return false }
            return !Words(unit.text).prefix(4).contains { $0.hasSuffix(":") }
        } ?? units.count
    }

    static func firstHeading(_ roles: [LineRole], from start: Int) -> Int? {
        guard start < roles.count else { return nil }
        for index in start..<roles.count {
            if case .heading = roles[index] { return index }
        }
        return nil
    }
}
