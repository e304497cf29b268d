/// A paper found in the input folder.
public struct DiscoveredFile: Sendable, Hashable {
    /// Relative to the input root, with `/` separators: what records and the ledger name.
    public var relativePath: String
    /// The path to open.
    public var absolutePath: String
    public var size: Int64
    /// Modification time in nanoseconds since 1970.
    public var modified: Int64
    /// The file's name is not valid UTF-8, so it cannot be opened; `relativePath` shows its
    /// bytes escaped. Such a file is reported as failed, never silently skipped.
    public var unreadableName = false
}
