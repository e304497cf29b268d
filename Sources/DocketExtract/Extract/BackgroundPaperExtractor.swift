import DocketModel

/// Finds the documents listed under "Background papers" / "Background documents": one item per
/// numbered paragraph or per line (a wrapped title or URL continues its item), each with its
/// title and URL (a URL wrapped over lines is joined). "None" gives an empty list.
///
/// Requires: a `SegmentedPaper` (its sections and layout). Produces: `background_papers`. Emits no
/// diagnostics.
public struct BackgroundPaperExtractor: PaperExtractor {
    public init() {}

    public func extract(from segmented: SegmentedPaper) -> Contribution {
        let paper = segmented.paper, layout = segmented.layout
        var contribution = Contribution()
        for section in paper.allSections where section.kind == .backgroundPapers && section.heading != nil {
            var items: [(lines: [String], indent: Int, span: Span)] = []
            var stop = false
            for block in SectionLines.blocks(of: section, in: layout) where !stop {
                var fresh = true
                for line in block {
                    var text = SectionLines.strippingHeading(line.text, heading: section.heading)
                    if line.span.start == section.span.start && text == line.text && !text.containsASCII(":") { continue }  // the heading itself
                    if PageFurniture.columnGaps(text) >= 2 { stop = true; break }  // a table follows
                    if let label = SectionLabelPattern.match(text) { text = String(label.rest); fresh = true }
                    if let first = text.first, "•-*".contains(first), text.dropFirst().first == " " {
                        text = text.dropFirst().trimmingSpaces()  // a bullet
                    }
                    guard !text.isEmpty else { continue }
                    if SectionLines.isNone(text) { continue }
                    if !fresh, var last = items.last, Self.continues(text, indent: line.indent, item: last) {
                        last.lines.append(text)
                        items[items.count - 1] = last
                    } else {
                        items.append(([text], line.indent, line.span))
                    }
                    fresh = false
                }
            }
            for item in items {
                let (title, url) = Self.titleAndURL(item.lines)
                guard title != nil || url != nil else { continue }
                contribution.backgroundPapers.append(BackgroundPaper(title: title, url: url, span: item.span))
            }
        }
        return contribution
    }

    /// A line continues the item above when it is a URL, carries on a URL, starts in lower case,
    /// is indented further, or the item above ends mid-phrase.
    static func continues(_ text: String, indent: Int, item: (lines: [String], indent: Int, span: Span)) -> Bool {
        guard let previous = item.lines.last else { return false }
        if text.hasPrefix("http") || text.hasPrefix("www.") { return true }
        if (previous.utf8Contains("http") || previous.hasPrefix("www.")) && !text.containsASCII(" ") { return true }
        if text.first?.isLowercaseQuick == true || indent > item.indent { return true }
        return previous.hasSuffix(" and") || previous.hasSuffix(",") || previous.hasSuffix("-")
    }

    /// The item's title (text without the URL and phrases like "can be viewed at") and URL.
    static func titleAndURL(_ lines: [String]) -> (String?, String?) {
        var words: [String] = []
        var url: String?
        var inURL = false
        for line in lines {
            for token in line.split(separator: " ").map(String.init) {
                if token.hasPrefix("http://") || token.hasPrefix("https://") || token.hasPrefix("www.") {
                    url = token
                    inURL = true
                } else if inURL, url != nil, line.wordCount == 1, url!.hasSuffix("-") || url!.hasSuffix("/") || url!.hasSuffix("_") || !token.containsASCII(" ") && token.contains(where: { "/.-_".contains($0) }) {
                    url! += token
                } else {
                    inURL = false
                    words.append(token)
                }
            }
        }
        var title = words.joined(separator: " ")
        for phrase in ["can be viewed at:", "can be viewed at", "is available at:", "is available at", "available at:", "available at", "at:"] {
            if title.asciiLowercased().hasSuffix(phrase) { title = String(title.dropLast(phrase.count)) }
        }
        title = title.trimming(characters: " :-–,")
        url = url?.trimming(characters: ".,;)")
        return (title.isEmpty ? nil : title, url)
    }
}
