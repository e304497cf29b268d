import Foundation

/// `shard.json`, written in each shard's folder: which input folder and which shard it holds,
/// so that `docket verify` can check a sharded output without being told the input again.
/// (An unsharded run writes none: its outputs stay free of machine paths.)
public struct RunManifest: Codable, Equatable, Sendable {
    public static let fileName = "shard.json"

    public var input: String
    public var shard: String

    static func load(folder: String) -> RunManifest? {
        guard let data = FileManager.default.contents(atPath: folder + "/" + fileName) else { return nil }
        return try? JSONDecoder().decode(RunManifest.self, from: data)
    }

    func write(folder: String) throws {
        try AtomicFile.write(try CanonicalJSON.encode(self), to: folder + "/" + Self.fileName)
    }
}
