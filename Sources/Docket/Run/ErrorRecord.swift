import Foundation

/// One line of `errors.jsonl`: a paper that could not be processed, and why.
public struct ErrorRecord: Codable, Equatable, Sendable {
    public var path: String
    public var sha256: String
    public var code: String
    public var message: String

    enum CodingKeys: String, CodingKey {
        case path, sha256, code, message
    }

    /// `errors.jsonl`: one line per failed entry, in the order given.
    static func lines(_ entries: [LedgerEntry]) throws -> Data {
        var data = Data()
        for entry in entries where entry.status == .failed {
            let record = ErrorRecord(path: entry.path, sha256: entry.sha256, code: entry.code ?? "internal", message: entry.message ?? "")
            data.append(try CanonicalJSON.encode(record, pretty: false))
            data.append(UInt8(ascii: "\n"))
        }
        return data
    }
}
