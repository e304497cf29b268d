import DocketModel

/// The state machine that nests classified units into the section tree.
///
/// An open-section stack decides where each new heading or item goes: a decimal label nests
/// under the label it extends (`2.1` under `2`); lettered and bracketed items nest under the
/// item above them; numbered paragraphs nest under the unnumbered heading above them (so
/// numbering that restarts under each sub-heading stays where it is printed); a numbered
/// heading (`3. Background`) or an unnumbered heading starts a new top-level section. A decimal
/// paragraph that fits nowhere (Kent's "8.1" under "9") stays under the open numbered section
/// and is reported as `segment.numbering-slip`. A section's text keeps its paragraphs apart
/// with `\n` (wrapped lines within a paragraph are joined with spaces).
struct SectionTreeBuilder {
    private struct Draft {
        var label: SectionLabel?
        var heading: String?
        /// Paragraphs of wrapped lines; a blank line in the source starts a new paragraph.
        var paragraphs: [[String]]
        var span: Span
        var children: [Int] = []
    }

    private var drafts: [Draft] = []
    private var roots: [Int] = []
    private var stack: [Int] = []
    /// Text that comes before any section (front matter).
    private(set) var preamble: [Line] = []
    private(set) var diagnostics: [Diagnostic] = []

    mutating func build(units: [Unit], roles: [LineRole], from start: Int, docType: DocType) -> [Section] {
        var index = start
        while index < units.count {
            let unit = units[index]
            switch roles[index] {
            case .labelled(let label, let heading, let text, let consumed):
                open(label: label, heading: heading, text: text, span: unit.line.span)
                for offset in 0..<consumed { extend(span: units[index + 1 + offset].line.span) }
                index += consumed
            case .heading(let heading, let runIn):
                open(label: nil, heading: heading, text: runIn, span: unit.line.span)
            case .table:
                let rows = unit.table?.rows.map { $0.joined(separator: "\t") } ?? [unit.text]
                for row in rows { append(row, span: unit.table?.span ?? unit.line.span, line: unit.line, newParagraph: true) }
            case .text:
                append(unit.text, span: unit.line.span, line: unit.line, newParagraph: unit.startsBlock)
            }
            index += 1
        }
        var counter = 0
        return roots.map { assemble($0, docType: docType, parentKind: nil, counter: &counter) }
    }

    private mutating func open(label: SectionLabel?, heading: String?, text: String, span: Span) {
        let draft = Draft(label: label, heading: heading, paragraphs: text.isEmpty ? [] : [[text]], span: span)
        let parentDepth = parentPosition(for: draft)
        stack.removeSubrange(parentDepth...)
        drafts.append(draft)
        let id = drafts.count - 1
        if let parent = stack.last { drafts[parent].children.append(id) } else { roots.append(id) }
        stack.append(id)
    }

    /// The stack position the new draft goes after (everything from there on is closed).
    private mutating func parentPosition(for new: Draft) -> Int {
        // An item written like an open one ("(a)" after "(d)") is that one's sibling.
        if let label = new.label, label.style != .decimal,
           let same = stack.lastIndex(where: { drafts[$0].label?.format == label.format }) {
            return same
        }
        for position in stack.indices.reversed() where canParent(drafts[stack[position]], new) {
            return position + 1
        }
        if let label = new.label, label.style == .decimal, label.depth >= 2,
           let position = stack.lastIndex(where: { drafts[$0].label?.style == .decimal }) {
            let parent = drafts[stack[position]]
            diagnostics.append(Diagnostic(.warning, code: "segment.numbering-slip",
                                          message: "paragraph \(label.printed) does not continue the numbering of section \(parent.label?.printed ?? "?"); kept where it is printed",
                                          span: new.span))
            return position + 1
        }
        return 0
    }

    private func canParent(_ parent: Draft, _ child: Draft) -> Bool {
        guard let childLabel = child.label else { return false }
        guard let parentLabel = parent.label else {
            // An unnumbered heading holds anything but a numbered heading.
            return !(childLabel.style == .decimal && childLabel.depth == 1 && child.heading != nil)
        }
        switch (parentLabel.style, childLabel.style) {
        case (.decimal, .decimal):
            if childLabel.depth > parentLabel.depth, Array(childLabel.components.prefix(parentLabel.depth)) == parentLabel.components {
                return true
            }
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

    private mutating func append(_ text: String, span: Span, line: Line, newParagraph: Bool) {
        guard let top = stack.last else {
            preamble.append(line)
            return
        }
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
            if kind == .other, docType == .minutes, draft.label?.style == .decimal, draft.label?.depth == 1 {
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
