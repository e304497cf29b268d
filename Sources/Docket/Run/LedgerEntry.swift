/// What the ledger knows about one source path.
public struct LedgerEntry: Codable, Equatable, Sendable {
    public enum Status: String, Codable, Sendable {
        /// Processed; its record is in `papers/<id>.json`.
        case done
        /// Could not be processed; listed in `errors.jsonl`. Never counted as done.
        case failed
        /// The source disappeared; its outputs were withdrawn (or kept with `--keep-removed`).
        case removed
    }

    public var path: String
    public var status: Status
    public var size: Int64
    /// Modification time in nanoseconds, for the fast path that skips hashing.
    public var modified: Int64
    public var sha256: String
    /// The paper id (for done entries).
    public var id: String?
    /// The Docket version and pipeline hash the entry was made with.
    public var version: String
    public var pipeline: String
    /// Error code and message (for failed entries).
    public var code: String?
    public var message: String?

    enum CodingKeys: String, CodingKey {
        case path, status, size, modified, sha256, id, version, pipeline, code, message
    }
}
