import DocketIndex
import DocketModel
import Foundation

/// `docket merge OUT`: folds the shards written under `OUT/shards/` into one output set in OUT —
/// `papers/`, `docket.db`, `errors.jsonl` and `ledger.jsonl` — exactly as one unsharded run over
/// the same input would have written them. It rebuilds from the shards every time, so merging
/// again (after a shard re-ran) gives the same result.
public enum Merge {
    public struct Summary: Codable, Equatable, Sendable {
        public var shards = 0
        public var papers = 0
        public var failed = 0
    }

    /// Merges under `output`'s `OutputLock` (`waitForLock`: wait for another writer to finish).
    public static func merge(output: String, waitForLock: Bool = false) throws -> Summary {
        let lock = try OutputLock(folder: output, wait: waitForLock)
        defer { withExtendedLifetime(lock) {} }
        let shardsFolder = output + "/shards"
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: shardsFolder)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        guard !names.isEmpty else { throw RunError.input("no shards under \(shardsFolder) (run with --shard first)") }
        var summary = Summary()
        summary.shards = names.count
        var entries: [PathKey: LedgerEntry] = [:]
        var recordFolders: [String: String] = [:]  // paper id → the shard folder holding its record
        for name in names {
            let folder = shardsFolder + "/" + name
            for entry in try Ledger.load(directory: folder).values where entry.status != .removed {
                guard entries[PathKey(entry.path)] == nil else {
                    throw RunError.input("\(entry.path) is in more than one shard (shards of different counts under \(shardsFolder)?)")
                }
                entries[PathKey(entry.path)] = entry
                if entry.status == .done, let id = entry.id { recordFolders[id] = folder + "/papers" }
            }
        }
        let papers = output + "/papers"
        try FileManager.default.createDirectory(atPath: papers, withIntermediateDirectories: true)
        AtomicFile.removeLeftovers(in: output)
        AtomicFile.removeLeftovers(in: papers)
        // Records: copy each shard's records in, and drop any that no shard has any more.
        let wanted = Set(recordFolders.keys.map { $0 + ".json" })
        for name in (try? FileManager.default.contentsOfDirectory(atPath: papers)) ?? [] where !wanted.contains(name) {
            try? FileManager.default.removeItem(atPath: papers + "/" + name)
        }
        let temporaryIndex = output + "/" + AtomicFile.temporaryPrefix + "merge.db"
        try? FileManager.default.removeItem(atPath: temporaryIndex)
        let index = try RunError.indexing { try SearchIndex(path: temporaryIndex) }
        for (id, folder) in recordFolders.sorted(by: { $0.key < $1.key }) {
            guard let data = FileManager.default.contents(atPath: "\(folder)/\(id).json") else {
                throw RunError.io("the record \(id).json named by a shard's ledger is missing in \(folder)")
            }
            if FileManager.default.contents(atPath: "\(papers)/\(id).json") != data {
                try AtomicFile.write(data, to: "\(papers)/\(id).json", durable: false)
            }
            let paper = try JSONDecoder().decode(Paper.self, from: data)
            try RunError.indexing { try index.replace(paper) }
            summary.papers += 1
        }
        try RunError.indexing { try index.finish() }
        guard rename(temporaryIndex, output + "/" + SearchIndex.fileName) == 0 else { throw RunError.io("cannot move the merged index into place") }
        let sorted = entries.values.sorted { $0.path.precedesByBytes($1.path) }
        summary.failed = sorted.filter { $0.status == .failed }.count
        try AtomicFile.write(try Ledger.lines(sorted), to: output + "/" + Ledger.fileName)
        try AtomicFile.write(try ErrorRecord.lines(sorted), to: output + "/errors.jsonl")
        return summary
    }
}
