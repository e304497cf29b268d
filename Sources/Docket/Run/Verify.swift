import Foundation

/// `docket verify OUT`: checks that every paper of the input is accounted for exactly once —
/// done or failed — across the shards (or the single run) written under OUT, and that no
/// ledger names a paper the input does not have.
public enum Verify {
    public struct Report: Codable, Equatable, Sendable {
        public var inputs = 0
        public var done = 0
        public var failed = 0
        /// Inputs no ledger accounts for.
        public var missing: [String] = []
        /// Inputs more than one shard accounts for.
        public var duplicated: [String] = []
        /// Ledger paths that are not in the input.
        public var unknown: [String] = []

        public var isComplete: Bool { missing.isEmpty && duplicated.isEmpty && unknown.isEmpty }
    }

    public static func verify(output: String, input: String?) throws -> Report {
        var folders: [String] = []
        var recordedInput = input
        let shardsFolder = output + "/shards"
        for name in ((try? FileManager.default.contentsOfDirectory(atPath: shardsFolder)) ?? []).sorted() where !name.hasPrefix(".") {
            folders.append(shardsFolder + "/" + name)
            if recordedInput == nil { recordedInput = RunManifest.load(folder: shardsFolder + "/" + name)?.input }
        }
        if folders.isEmpty { folders = [output] }
        if recordedInput == nil { recordedInput = RunManifest.load(folder: output)?.input }
        guard let inputFolder = recordedInput else { throw RunError.input("give --input: \(output) does not say which folder it was made from") }
        let files = try Discovery(root: inputFolder, excluded: [output]).files().map(\.relativePath)
        var counts: [PathKey: Int] = [:]
        var report = Report()
        for folder in folders {
            for entry in try Ledger.load(directory: folder).values where entry.status != .removed {
                counts[PathKey(entry.path), default: 0] += 1
                if entry.status == .done { report.done += 1 } else { report.failed += 1 }
            }
        }
        let inputs = Set(files.map(PathKey.init))
        report.inputs = files.count
        report.missing = files.filter { counts[PathKey($0)] == nil }
        report.duplicated = files.filter { (counts[PathKey($0)] ?? 0) > 1 }
        report.unknown = counts.keys.filter { !inputs.contains($0) }.sorted().map { String(decoding: $0.bytes, as: UTF8.self) }
        return report
    }
}
