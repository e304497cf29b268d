import DocketModel

/// Numbered items that minutes run into the paragraph of the item before ("… costs will be
/// checked. All agreed. 13. PLAY AREA INSPECTIONS – Cllr Anderson has met …"), as web and
/// Markdown copies of parish minutes often print them. Each such item is split off into a unit
/// of its own, with the span of its own bytes, so the classifier reads its number and title as
/// it reads an item printed on a line of its own.
///
/// An item is split off only where all of these hold: it carries the next number of the paper's
/// top-level items (13 after 12), it follows the end of a sentence, and its title is printed in
/// capitals (`LineClassifier.capitalsRunIn`). One pass over the units; each unit's text is
/// searched once for each number it gives, and each candidate's title read from at most 200
/// characters.
enum RunOnItems {
    static func split(_ units: [Unit]) -> [Unit] {
        var result: [Unit] = []
        result.reserveCapacity(units.count)
        var last: Int?
        for (index, unit) in units.enumerated() {
            if index & 255 == 0, Deadline.expired { return result + units[index...] }
            guard unit.table == nil else {
                result.append(unit)
                continue
            }
            if let match = SectionLabelPattern.match(unit.text), match.label.style == .decimal, match.label.depth == 1 {
                last = match.label.components.first
            }
            var rest = unit
            while let number = last, let cut = itemStart(in: rest.text, number: number + 1) {
                let (before, after) = divided(rest, at: cut)
                result.append(before)
                rest = after
                last = number + 1
            }
            result.append(rest)
        }
        return result
    }

    /// Where item `number` starts inside `text`, after a sentence's end: the index of its
    /// number, or `nil`.
    static func itemStart(in text: String, number: Int) -> String.Index? {
        let marker = " \(number). "
        var searchFrom = text.startIndex
        while let found = text[searchFrom...].utf8Range(of: marker) {
            searchFrom = found.upperBound
            let before = text[..<found.lowerBound].last
            guard let before, ".!?".contains(before) else { continue }
            // A title is read from the next few words only, so that a line with many such
            // numbers is still read in time linear in its length.
            let title = String(text[found.upperBound...].prefix(200))
            guard let (heading, _) = LineClassifier.capitalsRunIn(title), heading.wordCount >= 2 else { continue }
            return text.index(after: found.lowerBound)
        }
        return nil
    }

    /// The unit cut in two at `index`: the text before it (without the space) and the item from
    /// it, each with the span of its own bytes on the same line.
    static func divided(_ unit: Unit, at index: String.Index) -> (Unit, Unit) {
        let text = unit.text
        let head = String(text[..<index]).trimmingSpaces()
        let tail = String(text[index...])
        let span = unit.line.span
        let tailStart = span.start + text.utf8.distance(from: text.startIndex, to: index)
        var first = unit
        first.line = Line(text: head, indent: unit.line.indent,
                          span: Span(page: span.page, line: span.line, start: span.start, end: span.start + head.utf8.count),
                          style: unit.line.style)
        var second = unit
        second.line = Line(text: tail, indent: unit.line.indent,
                           span: Span(page: span.page, line: span.line, start: tailStart, end: span.end), style: unit.line.style)
        second.startsBlock = true
        return (first, second)
    }
}
