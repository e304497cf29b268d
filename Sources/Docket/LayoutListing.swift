import DocketModel

/// What `docket layout` prints: a paper's normalized lines as the segmenter reads them, one per
/// row — page, line number, block kind, indentation, style and text — for reading why a line
/// was (or was not) taken as a heading.
public enum LayoutListing {
    /// The listing of one layout. Styles print as `B` (the whole line bold), `b3` (its first
    /// three characters bold) and `x1.4` (its font 1.4 times the body size), and for a PDF `?`
    /// on a line whose typography could not be matched; tables as their rows.
    /// With `roles` (line number → role, from `Extraction.lineRoles`), each row ends with how
    /// the segmenter read the line: `front` (front matter), `H …` (a heading), `L 2.1 …` (a
    /// numbered item, with its heading if it has one), `text`, `table` or `omitted`.
    public static func text(of layout: Layout, roles: [Int: String]? = nil) -> String {
        let sized = layout.source.format == .pdf
        var out = ""
        for page in layout.pages {
            out += "--- page \(page.number)\n"
            for block in page.blocks {
                let kind = block.kind == .paragraph ? "" : block.kind.rawValue
                for (index, line) in block.lines.enumerated() {
                    var marks: [String] = []
                    if line.style.bold { marks.append("B") } else if line.style.boldLead > 0 { marks.append("b\(line.style.boldLead)") }
                    if let size = line.style.relativeSize, size != 1 { marks.append("x\(size)") }
                    if sized, line.style.relativeSize == nil, block.kind != .table { marks.append("?") }
                    let head = "\(line.span.line)".leftPadded(to: 5) + " " + (index == 0 ? kind : "").padded(to: 9)
                        + "\(line.indent)".leftPadded(to: 3) + " " + marks.joined(separator: ",").padded(to: 9)
                    out += head + "| " + line.text
                    if let roles, let role = roles[line.span.line] { out += "   ⟨" + role + "⟩" }
                    out += "\n"
                }
            }
        }
        return out
    }
}

private extension String {
    func padded(to width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
    func leftPadded(to width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
