import DocketModel

/// Item numbers printed apart from their titles: text taken from a PDF whose numbers stand in a
/// margin column of their own comes out with each page's numbers first, one per line ("1.1.",
/// "1.2.", …, "2.3."), and the titles they belong to below, unnumbered.
///
/// Each run of such bare labels (in order, two or more of them in parts, "2.3") is given, in
/// order, to the item titles of the page that follows it (up to the next run): lines after a
/// blank line or a finished sentence that open with a title — in
/// capitals ("SUPPLEMENTAL APPROPRIATION NO. 2021-ASD-006"), or in title case before a dash
/// ("Call to Order – Mayor X called …"). Where the numbering moves to a new division (`1.5`
/// to `2.1`, whose `2` was never printed), the titles up to and including the division's own
/// short heading in capitals ("CONSENT AGENDA", "REGULAR AGENDA") stay unnumbered, as the paper
/// prints them; a whole number (`8`) takes the division heading itself. The first run's page
/// opens with the paper's masthead, which is front matter and no item. The bare labels become
/// `.omitted`. Linear in the number of units.
struct DetachedLabels {
    /// A division heading: a few words in capitals ("CONSENT AGENDA", "PUBLIC HEARINGS — None").
    static let divisionWords = 5
    /// How many titles ahead a new division's heading is looked for.
    static let divisionReach = 8

    private struct Candidate {
        var index: Int
        var heading: String
        var runIn: String
        var consumed: Int
        var isDivision: Bool
        /// Nothing printed under the title in its paragraph, or only "None".
        var isEmpty: Bool { runIn.isEmpty || runIn == "None" }
    }

    /// Gives the bare labels their titles; returns the first unit given a label, where the
    /// paper's body begins.
    @discardableResult
    static func attach(_ roles: inout [LineRole], units: [Unit]) -> Int? {
        var first: Int?
        var runs: [(start: Int, end: Int, labels: [SectionLabel])] = []
        var index = 0
        while index < units.count {
            var labels: [SectionLabel] = []
            var end = index
            // A column of plain numbers ("1", "2", … a table's line or ward numbers) is no
            // item numbering: the labels are punctuated ("2.") or in parts ("2.3").
            while end < units.count, let label = bareLabel(units[end], role: roles[end]), label.punctuated || label.components.count >= 2 {
                labels.append(label)
                end += 1
            }
            // A margin column of item numbers runs in order, mostly in parts ("1.1.", "2.3."):
            // whole numbers alone ("1.", "2.") are as likely a list that lost its lines, figures
            // out of order ("7.53", "6.04") a table's rates, and two figures alone ("4.40",
            // "8.30") times, unless printed as labels ("2.3.").
            let inOrder = zip(labels, labels.dropFirst()).allSatisfy { $0.components.lexicographicallyPrecedes($1.components) }
            let printedAsLabels = labels.count >= 3 || labels.allSatisfy(\.punctuated)
            if inOrder, printedAsLabels, labels.filter({ $0.components.count >= 2 }).count >= 2 { runs.append((index, end, labels)) }
            index = max(end, index + 1)
        }
        guard !runs.isEmpty else { return nil }
        var previous: SectionLabel?
        for (position, run) in runs.enumerated() {
            var from = run.end
            let pageEnd = position + 1 < runs.count ? runs[position + 1].start : units.count
            if position == 0 {
                from = mastheadEnd(units: units, from: from, to: pageEnd)
                for masthead in run.end..<from { roles[masthead] = .omitted }
            }
            // The page may go on with the last sentence of the page before ("… adopt the
            // following ordinance:"), printed above the page's numbers.
            var before = run.start - 1
            while before >= 0, isPageFooter(units[before].text) { before -= 1 }
            let continues = before >= 0 && units[before].text.hasSuffix(":")
            let candidates = self.candidates(units: units, roles: roles, from: from, to: pageEnd, continuesSentence: continues)
            var next = 0
            for label in run.labels {
                defer { previous = label }
                let opensDivision = previous.map { $0.components.first != label.components.first } ?? false
                // The division's heading stands among the next few titles; looking no further
                // keeps the whole pass linear however many divisions a page opens.
                if opensDivision, let division = candidates[next..<min(candidates.count, next + Self.divisionReach)].firstIndex(where: \.isDivision) {
                    next = division
                    if label.components.count >= 2 {
                        // Past the division's heading, and past the empty divisions after it
                        // ("PUBLIC HEARINGS — None", "REGULAR AGENDA" over its first item);
                        // each stays an unnumbered heading.
                        repeat {
                            let heading = candidates[next]
                            roles[heading.index] = .heading(heading.heading, runIn: heading.runIn, consumed: heading.consumed)
                            next += 1
                        } while next < candidates.count && candidates[next].isDivision && candidates[next].isEmpty
                    }
                }
                guard next < candidates.count else { break }
                let candidate = candidates[next]
                roles[candidate.index] = .labelled(label, heading: candidate.heading, text: candidate.runIn, consumed: candidate.consumed)
                first = min(first ?? candidate.index, candidate.index)
                next += 1
            }
            for bare in run.start..<run.end { roles[bare] = .omitted }
        }
        return first
    }

    /// A page's footer line: "Page 6 of 9", or a line closing on a page word and number
    /// however the conversion misread the space between them ("… Minutes Page|6").
    static func isPageFooter(_ text: String) -> Bool {
        if PageFurniture.hasPageCounter(text) || PageFurniture.isPageNumber(text) { return true }
        guard text.wordCount <= 12, let last = Words(text).last else { return false }
        return last.asciiLowercased().hasPrefix("page") && last.count <= 9
    }

    /// The label of a unit that holds nothing else ("2.3."), also when text conversion misread
    /// its final stop ("1.4,", "3.3;").
    private static func bareLabel(_ unit: Unit, role: LineRole) -> SectionLabel? {
        if case .labelled(let label, nil, let text, 0) = role, text.isEmpty { return label }
        guard case .text = role, unit.text.lastCharacter(isOneOf: ",;") == true, unit.text.utf8.count <= 12,
              unit.text.dropLast().allSatisfy({ $0.isNumberQuick || $0 == "." }), unit.text.dropLast().containsASCII(".") else { return nil }
        guard let match = SectionLabelPattern.match(unit.text.dropLast() + "."), match.rest.isEmpty else { return nil }
        return match.label
    }

    /// One past the masthead that opens the first page: its lines up to the one that names the
    /// paper ("Minutes", "Agenda") when that stands among its first four lines.
    private static func mastheadEnd(units: [Unit], from: Int, to end: Int) -> Int {
        for index in from..<min(end, from + 4) {
            let line = units[index].text.asciiLowercased()
            if FrontMatterReader.isMinutesLine(line) || FrontMatterReader.isAgendaLine(line) { return index + 1 }
        }
        return from
    }

    /// The page's item titles, in order.
    private static func candidates(units: [Unit], roles: [LineRole], from: Int, to end: Int, continuesSentence: Bool) -> [Candidate] {
        var found: [Candidate] = []
        var index = from
        while index < end {
            defer { index += 1 }
            let unit = units[index]
            // Not what a sentence introduces ("… to adopt the following resolution:").
            let introduced = index == from ? continuesSentence : index > 0 && units[index - 1].text.hasSuffix(":")
            guard unit.table == nil, !introduced else { continue }
            switch roles[index] {
            case .labelled, .table, .omitted: continue
            case .heading, .text: break
            }
            // A title opens a paragraph, or follows a finished sentence when it is in capitals.
            let afterSentence = index > 0 && (units[index - 1].text.hasSuffix(".") || units[index - 1].text.hasSuffix(")"))
            guard unit.startsBlock || index == from || afterSentence else { continue }
            if let capitals = capitalsTitle(units: units, at: index, end: end), unit.startsBlock || index == from || capitals.heading.wordCount >= 3 {
                found.append(capitals)
                index += capitals.consumed
            } else if !(unit.startsBlock || index == from) {
                continue
            } else if let titled = dashTitle(unit.text) {
                found.append(Candidate(index: index, heading: titled.heading, runIn: titled.runIn, consumed: 0, isDivision: false))
            } else if case .heading(let heading, let runIn, let consumed) = roles[index] {
                found.append(Candidate(index: index, heading: heading, runIn: runIn, consumed: consumed, isDivision: false))
            }
        }
        return found
    }

    /// A title in capitals, wrapped over the lines of its paragraph, and the text run into it
    /// ("ORDINANCE NO. 2562 – … (DA 18-01) – Final reading and adoption …").
    private static func capitalsTitle(units: [Unit], at index: Int, end: Int) -> Candidate? {
        var words: [Substring] = []
        var rest: [Substring] = []
        var consumed = 0
        var line = index
        // At most a title's worth of words is read, so each line is looked at a bounded number
        // of times however long a paragraph in capitals runs.
        while line < end, line == index || !units[line].startsBlock, rest.isEmpty, words.count <= 45 {
            for word in units[line].text.split(separator: " ") {
                // "6:00 p.m." belongs to a title in capitals.
                let isTime = word == "p.m." || word == "a.m."
                if !rest.isEmpty || word.contains(where: \.isLowercaseQuick) && !isTime { rest.append(word) } else { words.append(word) }
            }
            if line > index { consumed += 1 }
            line += 1
        }
        guard words.filter({ $0.letterCount >= 2 }).count >= 2 || words.first.map({ $0.letterCount >= 5 }) == true,
              words.count <= 45, !words.contains(where: { $0.hasSuffix(":") }) else { return nil }  // "AYES: …" is a field
        let heading = words.joined(separator: " ").trimming { " .–—-,".contains($0) }
        let runIn = rest.joined(separator: " ")
        let isDivision = words.filter { $0.contains(where: \.isLetterQuick) }.count <= divisionWords
        return Candidate(index: index, heading: heading, runIn: runIn, consumed: consumed, isDivision: isDivision)
    }

    /// A title in title case before a dash ("Call to Order – Mayor X called …", "Invocation —
    /// Police Chaplain Y") or standing alone ("Pledge of Allegiance to the Flag").
    private static func dashTitle(_ text: String) -> (heading: String, runIn: String)? {
        for dash in [" - ", " — ", " – "] {
            if let range = text.utf8Range(of: dash) {
                let heading = String(text[..<range.lowerBound])
                guard LineClassifier.isTitleCaseHeading(heading) else { return nil }
                return (heading, String(text[range.upperBound...]).trimmingSpaces())
            }
        }
        return LineClassifier.isTitleCaseHeading(text) ? (text, "") : nil
    }
}
