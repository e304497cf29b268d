@testable import Docket
import DocketModel
import Foundation
import Testing

/// The run ledger on its own: groups are committed on the ledger's own queue while workers go
/// on recording, and nothing recorded is lost, torn or reordered.
struct LedgerTests {
    static func entry(_ path: String) -> LedgerEntry {
        LedgerEntry(path: path, status: .done, size: 1, modified: 2, sha256: String(repeating: "a", count: 64), id: "p-\(path)",
                    version: "test", pipeline: "test", code: nil, message: nil)
    }

    /// Two threads record 600 entries at once, many groups' worth: after `commit()` the file
    /// holds every line whole, each thread's lines in the order it recorded them; after
    /// `compact()`, one line per path in path order.
    @Test func backgroundGroupsKeepEveryLineInOrder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("docket-ledger-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let ledger = try Ledger(directory: folder.path)
        let failures = Locked(0)
        DispatchQueue.concurrentPerform(iterations: 2) { thread in
            for number in 0..<300 {
                do { try ledger.record(Self.entry("t\(thread)/\(String(format: "%03d", number))")) } catch { failures.withLock { $0 += 1 } }
            }
        }
        #expect(failures.current == 0)
        try ledger.commit()

        let written = try String(contentsOf: folder.appendingPathComponent(Ledger.fileName), encoding: .utf8)
        let paths = try written.split(separator: "\n").map { try JSONDecoder().decode(LedgerEntry.self, from: Data($0.utf8)).path }
        #expect(paths.count == 600)
        for thread in 0..<2 {
            let own = paths.filter { $0.hasPrefix("t\(thread)/") }
            #expect(own == (0..<300).map { "t\(thread)/\(String(format: "%03d", $0))" }, "thread \(thread)'s lines lost or out of order")
        }
        #expect(try Ledger.load(directory: folder.path).count == 600)

        try ledger.compact()
        let compacted = try String(contentsOf: folder.appendingPathComponent(Ledger.fileName), encoding: .utf8)
        let sorted = try compacted.split(separator: "\n").map { try JSONDecoder().decode(LedgerEntry.self, from: Data($0.utf8)).path }
        #expect(sorted == paths.sorted { $0.precedesByBytes($1) })
    }

    /// Loading reads every whole line, whether or not some line is torn or is not an entry (the
    /// lines are then read one by one), and the last line for a path wins.
    @Test func loadingSkipsTornLinesAndKeepsTheLastLinePerPath() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("docket-ledger-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        func line(_ entry: LedgerEntry) throws -> String { String(decoding: try CanonicalJSON.encode(entry, pretty: false), as: UTF8.self) }
        var changed = Self.entry("b")
        changed.sha256 = String(repeating: "b", count: 64)
        let whole = [try line(Self.entry("a")), try line(Self.entry("b")), try line(changed)]
        let file = folder.appendingPathComponent(Ledger.fileName)

        try (whole.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        let clean = try Ledger.load(directory: folder.path)
        #expect(clean.count == 2 && clean[PathKey("b")]?.sha256 == changed.sha256)

        for damage in ["{\"id\":\"x\",\"pa", "42", "", "{}"] {
            let lines = [whole[0], damage, whole[1], whole[2]]
            try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
            let loaded = try Ledger.load(directory: folder.path)
            #expect(loaded.count == 2, "damaged line \(damage.debugDescription)")
            #expect(loaded[PathKey("a")] == Self.entry("a") && loaded[PathKey("b")]?.sha256 == changed.sha256)
        }
    }
}
