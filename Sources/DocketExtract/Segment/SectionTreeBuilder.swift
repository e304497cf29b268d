import DocketModel

/// The state machine that nests classified units into the section tree.
///
/// An open-section stack decides where each new heading or item goes: a decimal label nests
/// under the label it extends (`2.1` under `2`) and beside an open label of its own depth when
/// the label it extends was never printed (`1.1, 1.2` without `1`; minute numbers `18.05.1,
/// 18.05.2`), never under its previous sibling; lettered and bracketed items nest under the
/// item above them; item codes (`124/17`, `R2023-069`) are siblings of one another and hold
/// what follows them; numbered paragraphs nest under the unnumbered heading above them (so
/// numbering that restarts under each sub-heading stays where it is printed); a numbered
/// heading (`3. Background`) or an unnumbered heading starts a new top-level section. A decimal
/// paragraph that continues nothing inside a numbered heading ("8.1" printed under "9.") stays
/// there and is reported as `segment.numbering-slip`. The stack never grows past
/// `maximumDepth`, so each unit costs a bounded amount of work and building is linear. Text
/// before any heading (a paper that prints none) is one section with neither number nor heading. A
/// section's text keeps its paragraphs apart with `\n` (wrapped lines within a paragraph are
/// joined with spaces).
struct SectionTreeBuilder {
    private struct Draft {
        var label: SectionLabel?
        var heading: String?
        /// Paragraphs of wrapped lines; a blank line in the source starts a new paragraph.
        var paragraphs: [[String]]
        var span: Span
        var children: [Int] = []
        /// An unnumbered heading run into its text ("Staff Recommendation: It is …"): a label
        /// over a paragraph, which holds no headed item after it.
        var isRunIn = false
        /// The indentation of the line that opened it.
        var indent = 0
    }

    private var drafts: [Draft] = []
    private var roots: [Int] = []
    private var stack: [Int] = []
    /// The components of every decimal label opened so far.
    private var printedDecimals: Set<[Int]> = []
    /// The decimal label of the latest top-level section, to keep a run of numbering together.
    private var lastTopLevelDecimal: SectionLabel?
    /// How deep sections may nest; real papers stay within five or six levels.
    static let maximumDepth = 12
    private(set) var diagnostics: [Diagnostic] = []

    /// A line that opens with a known heading's label ("Recommendation:  (a) Adopt …" under an
    /// agenda item's title, in the same block): a paragraph of its own, whatever the lines
    /// above it.
    static func opensLabelledParagraph(_ text: String) -> Bool {
        guard let colon = text.firstUTF8Index(ofASCII: ":", within: 40) else { return false }
        let label = text[..<colon]
        return label.wordCount <= 3 && label.first?.isUppercaseQuick == true && HeadingVocabulary.exactKind(String(label)) != nil
    }

    mutating func build(units: [Unit], roles: [LineRole], from start: Int, docType: DocType) -> [Section] {
        var index = start
        while index < units.count {
            if index & 255 == 0, Deadline.expired { break }
            let unit = units[index]
            switch roles[index] {
            case .labelled(let label, let heading, let text, let consumed):
                open(label: label, heading: heading, text: text, span: unit.line.span, indent: unit.line.indent)
                for offset in 0..<consumed { extend(span: units[index + 1 + offset].line.span) }
                index += consumed
            case .heading(let heading, let runIn, let consumed):
                open(label: nil, heading: heading, text: runIn, span: unit.line.span, indent: unit.line.indent)
                for offset in 0..<consumed { extend(span: units[index + 1 + offset].line.span) }
                index += consumed
            case .table:
                let rows = unit.table?.rows.map { $0.joined(separator: "\t") } ?? [unit.text]
                for row in rows { append(row, span: unit.table?.span ?? unit.line.span, newParagraph: true) }
            case .text:
                append(unit.text, span: unit.line.span, newParagraph: unit.startsBlock || Self.opensLabelledParagraph(unit.text))
            case .omitted:
                break
            }
            index += 1
        }
        var counter = 0
        return roots.map { assemble($0, docType: docType, parentKind: nil, counter: &counter) }
    }

    private mutating func open(label: SectionLabel?, heading: String?, text: String, span: Span, indent: Int = 0) {
        var draft = Draft(label: label, heading: heading, paragraphs: text.isEmpty ? [] : [[text]], span: span)
        draft.indent = indent
        draft.isRunIn = label == nil && !text.isEmpty
        let parentDepth = parentPosition(for: draft)
        if let label, label.style == .decimal { printedDecimals.insert(label.components) }
        stack.removeSubrange(parentDepth...)
        drafts.append(draft)
        let id = drafts.count - 1
        if let parent = stack.last {
            drafts[parent].children.append(id)
        } else {
            roots.append(id)
            if let label, label.style == .decimal { lastTopLevelDecimal = label }
        }
        stack.append(id)
    }

    /// The stack position the new draft goes after (everything from there on is closed).
    ///
    /// Runs in time bounded by the stack's depth, which never passes `maximumDepth`, so building
    /// a paper's tree is linear in its lines whatever their numbering.
    private mutating func parentPosition(for new: Draft) -> Int {
        if stack.count >= Self.maximumDepth {
            // Deeper than any paper nests: the new item becomes a sibling of the innermost one.
            return stack.count - 1
        }
        guard let label = new.label else { return 0 }
        if label.style == .decimal { return decimalParentPosition(for: new, label: label) }
        // An item written like an open one ("(a)" after "(d)") is that one's sibling.
        if let same = stack.lastIndex(where: { drafts[$0].label?.format == label.format }) {
            return same
        }
        for position in stack.indices.reversed() where canParent(drafts[stack[position]], new) {
            return position + 1
        }
        return 0
    }

    /// Where a decimal label goes: under the open label it continues (`2.3` under `2`, `4.1.2`
    /// under `4.1`, or under `4` when no `4.1` was printed). When no label it continues was
    /// ever printed (`1.1, 1.2` with no `1`; minute numbers `18.05.1, 18.05.2`) it goes beside
    /// the outermost open numbered section, never under its previous sibling, or under the
    /// lettered item or unnumbered heading that holds that run. A label whose parent was printed
    /// but is closed ("8.1" printed under "9.") is a numbering slip: it stays under the numbered
    /// heading where it is printed, with `segment.numbering-slip`.
    private mutating func decimalParentPosition(for new: Draft, label: SectionLabel) -> Int {
        var holder: Int?
        var outermostDecimal: Int?
        var slipHolder: Int?
        for position in stack.indices.reversed() {
            let open = drafts[stack[position]]
            guard let openLabel = open.label, openLabel.style == .decimal else {
                if holder == nil, canParent(open, new) { holder = position + 1 }
                continue
            }
            if canParent(open, new) { return position + 1 }
            outermostDecimal = position
            if slipHolder == nil, holder == nil, openLabel.depth < label.depth, open.heading != nil { slipHolder = position + 1 }
        }
        let parentWasPrinted = (1..<label.depth).contains { printedDecimals.contains(Array(label.components.prefix($0))) }
        if parentWasPrinted, let slipHolder {
            diagnostics.append(Diagnostic(.warning, code: .numberingSlip,
                                          message: "paragraph \(label.printed) does not continue the numbering of section \(drafts[stack[slipHolder - 1]].label?.printed ?? "?"); kept where it is printed",
                                          span: new.span))
            return slipHolder
        }
        if let outermostDecimal { return outermostDecimal }
        if let holder {
            // Numbering that carries on at the top after an unnumbered heading ("18.05.11",
            // a sub-heading, "18.05.12") stays at the top with the rest of its run.
            if label.depth >= 2, let previous = lastTopLevelDecimal, previous.depth == label.depth,
               previous.components.dropLast() == label.components.dropLast(),
               holder == 1, drafts[stack[0]].label == nil {
                return 0
            }
            return holder
        }
        return 0
    }

    private func canParent(_ parent: Draft, _ child: Draft) -> Bool {
        guard let childLabel = child.label else { return false }
        guard let parentLabel = parent.label else {
            // An unnumbered heading holds anything but a numbered heading; one run into its
            // text holds no headed item at all.
            return !(childLabel.isItemLevel && child.heading != nil) && !(parent.isRunIn && child.heading != nil)
        }
        switch (parentLabel.style, childLabel.style) {
        case (.code, .code):
            return false
        case (.code, _):
            return true
        case (.decimal, .decimal):
            if childLabel.depth > parentLabel.depth, Array(childLabel.components.prefix(parentLabel.depth)) == parentLabel.components {
                return true
            }
            // Paragraphs numbered afresh under a numbered heading ("3. Background", "1 …", "2 …"),
            // or a list printed well to the right of an item's number ("4.2 Rengstorff Park …"
            // over "2. Approve the Urban Forestry Board's …").
            if childLabel.depth == 1, child.indent >= parent.indent + 6, parent.heading != nil { return true }
            return parentLabel.depth == 1 && parent.heading != nil && childLabel.depth == 1 && child.heading == nil
                && childLabel.components[0] != parentLabel.components[0] + 1
        case (.decimal, _):
            return true
        case (.parenNumber, .letter):
            return true
        case (.letter, .letter):
            return childLabel.roman != nil && parentLabel.roman == nil
        case (.letter, _):
            return parent.heading != nil
        default:
            return false
        }
    }

    private mutating func extend(span: Span) {
        guard let top = stack.last else { return }
        drafts[top].span = drafts[top].span.union(span)
    }

    private mutating func append(_ text: String, span: Span, newParagraph: Bool) {
        if stack.isEmpty {
            // Text before any heading — a paper that prints none — is one section with neither
            // label nor heading, so its body is read and indexed like any other.
            open(label: nil, heading: nil, text: "", span: span)
        }
        let top = stack[stack.count - 1]
        if newParagraph || drafts[top].paragraphs.isEmpty {
            drafts[top].paragraphs.append([text])
        } else {
            drafts[top].paragraphs[drafts[top].paragraphs.count - 1].append(text)
        }
        drafts[top].span = drafts[top].span.union(span)
    }

    private func assemble(_ id: Int, docType: DocType, parentKind: SectionKind?, counter: inout Int) -> Section {
        let draft = drafts[id]
        counter += 1
        let sectionID = "s" + String(repeating: "0", count: max(0, 4 - String(counter).count)) + String(counter)
        var kind: SectionKind
        if let heading = draft.heading {
            kind = HeadingVocabulary.kind(of: heading)
            if kind == .other, docType == .minutes, draft.label?.isItemLevel == true {
                kind = .minuteItem
            }
        } else {
            kind = parentKind ?? .other
        }
        let number = draft.label.map { $0.printed }
        var section = Section(id: sectionID, number: number, heading: draft.heading, kind: kind,
                              text: draft.paragraphs.map { TextJoiner.join($0) }.joined(separator: "\n"), span: draft.span)
        section.children = draft.children.map { assemble($0, docType: docType, parentKind: kind, counter: &counter) }
        if let last = section.children.last { section.span = section.span.union(last.span) }
        return section
    }
}
