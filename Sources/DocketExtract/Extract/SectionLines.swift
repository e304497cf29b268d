import DocketModel

/// The printed lines of a section, block by block, read back from the paper's layout through the
/// section's span: what extractors use when a section's joined text has lost its line breaks.
enum SectionLines {
    /// The blocks (each a list of lines) whose lines fall inside `section`'s span, the heading
    /// line included. Table blocks are left out.
    static func blocks(of section: Section, in layout: Layout) -> [[Line]] {
        layout.blocks.filter { $0.kind != .table }.compactMap { block in
            let inside = block.lines.filter { $0.span.start >= section.span.start && $0.span.end <= section.span.end }
            return inside.isEmpty ? nil : inside
        }
    }

    /// `text` without a leading heading ("Background Documents: Appendix A…" → "Appendix A…").
    static func strippingHeading(_ text: String, heading: String?) -> String {
        guard let heading, !heading.isEmpty else { return text }
        var rest = Substring(text)
        if let label = SectionLabelPattern.match(text) { rest = label.rest }
        guard rest.asciiLowercased().hasPrefix(heading.asciiLowercased()) else { return text }
        return rest.dropFirst(heading.count).drop { $0 == ":" || $0 == " " || $0 == "-" || $0 == "–" }.trimmingSpaces()
    }

    /// "None", "N/A", "Nil": a section that says it has nothing.
    static func isNone(_ text: String) -> Bool {
        let lower = text.asciiLowercased().trimming(characters: " .")
        return ["none", "n/a", "nil", "not applicable", "none.", "there are none"].contains(lower)
    }
}
