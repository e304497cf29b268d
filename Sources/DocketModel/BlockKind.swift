/// What kind of block a reader found.
public enum BlockKind: String, Codable, Sendable, CaseIterable {
    /// A heading the source marked as such (Markdown `#`, HTML `h1`–`h6`).
    case heading
    /// A run of lines without a blank line between them.
    case paragraph
    /// A bulleted item the source marked as such (Markdown `-`, HTML `li`).
    case listItem = "list_item"
    /// A table with rows of cells (tab-separated text, pipe tables, HTML tables).
    case table
    /// Metadata about the document rather than its text: Markdown front matter between `---`
    /// lines ("title: …", "date: …"), which archives add when they export a page.
    case metadata
}
