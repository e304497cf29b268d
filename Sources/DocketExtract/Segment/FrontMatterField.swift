import DocketModel

/// A labelled line of front matter ("Portfolio Holder: Councillor Mike O'Brien, …"), with the
/// value's lines (the first line's text after the label, then continuation lines).
struct FrontMatterField {
    /// The label as printed, without the colon.
    var label: String
    /// Lower case, spaces collapsed: the key used to look the label up.
    var key: String
    var lines: [String]
    var span: Span

    /// The value's lines joined, with the column gaps of `pdftotext -layout` closed up.
    var value: String { TextJoiner.join(lines).collapsingSpaces() }
}
