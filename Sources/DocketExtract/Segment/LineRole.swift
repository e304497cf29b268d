import DocketModel

/// What the segmenter decided a unit is.
enum LineRole {
    /// A labelled heading or item. `heading` is set when it is a heading; `text` holds the words
    /// that follow the heading on its lines (a run-in heading) or, for an item, its text.
    /// `consumed` counts the continuation units that belong to the heading itself.
    case labelled(SectionLabel, heading: String?, text: String, consumed: Int)
    /// An unnumbered heading ("Summary", "Background:", "UNRESTRICTED ITEMS"), with run-in text;
    /// `consumed` counts the following units that continue the heading (a bold heading printed
    /// over two lines).
    case heading(String, runIn: String, consumed: Int = 0)
    /// Body text of whatever section is open.
    case text
    /// A table block.
    case table
    /// A unit that belongs to no section: a label printed apart from the title it numbers
    /// (`DetachedLabels`, which gives the title the label), or the masthead above such labels.
    case omitted
}

extension LineRole {
    /// A short description for `docket layout --roles`: `H heading`, `L 2.1 heading`, `L 2.1`
    /// (a numbered paragraph), `text`, `table` or `omitted`.
    var summary: String {
        switch self {
        case .labelled(let label, let heading, _, _):
            return heading.map { "L \(label.printed) | \($0)" } ?? "L \(label.printed)"
        case .heading(let heading, let runIn, _):
            return runIn.isEmpty ? "H \(heading)" : "H \(heading) | run-in"
        case .text: return "text"
        case .table: return "table"
        case .omitted: return "omitted"
        }
    }
}
