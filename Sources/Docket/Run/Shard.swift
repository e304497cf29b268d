import Foundation

/// One shard of a run split over many processes or machines: the papers whose stable hash of
/// the relative path (NFC-normalised, 64-bit FNV-1a — the same on every machine and run, unlike
/// Swift's per-process `hashValue`) leaves remainder `index` when divided by `count`.
public struct Shard: Sendable, Equatable, CustomStringConvertible {
    public var index: Int
    public var count: Int

    public init(index: Int, count: Int) throws {
        guard count >= 1, index >= 0, index < count else {
            throw RunError.input("a shard is I/N with 0 ≤ I < N (got \(index)/\(count))")
        }
        self.index = index
        self.count = count
    }

    /// "2/5" as given on the command line.
    public init(parsing text: String) throws {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else {
            throw RunError.input("--shard takes I/N, such as 0/4 (got \(text))")
        }
        try self.init(index: index, count: count)
    }

    /// The shard index from the environment of an array job: Kubernetes Indexed Jobs set
    /// `JOB_COMPLETION_INDEX`, AWS Batch array jobs `AWS_BATCH_JOB_ARRAY_INDEX`.
    public static func indexFromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Int? {
        for key in ["JOB_COMPLETION_INDEX", "AWS_BATCH_JOB_ARRAY_INDEX"] {
            if let value = environment[key], let index = Int(value) { return index }
        }
        return nil
    }

    public var description: String { "\(index)/\(count)" }

    /// The folder this shard writes under the shared output folder.
    public var folderName: String { "\(index)-of-\(count)" }

    public func contains(_ relativePath: String) -> Bool {
        Int(Self.stableHash(relativePath) % UInt64(count)) == index
    }

    /// 64-bit FNV-1a over the UTF-8 of the NFC form of the path.
    public static func stableHash(_ path: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in path.precomposedStringWithCanonicalMapping.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}
