/// One line of `errors.jsonl`: a paper that could not be processed, and why.
public struct ErrorRecord: Codable, Equatable, Sendable {
    public var path: String
    public var sha256: String
    public var code: String
    public var message: String

    enum CodingKeys: String, CodingKey {
        case path, sha256, code, message
    }
}
