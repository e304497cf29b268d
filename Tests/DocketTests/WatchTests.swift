import Foundation
import Testing

/// `docket run --watch` picks up a paper dropped in later and stops cleanly on Ctrl-C.
struct WatchTests {
    @Test(.enabled(if: CLITests.docketBinary != nil, "the docket executable was not built"))
    func picksUpNewPapersAndStopsOnInterrupt() throws {
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("docket-watch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        let output = RunnerTests.output()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLITests.docketBinary!)
        process.arguments = ["run", input.path, "--out", output.path, "--watch", "--interval", "0.2", "--quiet"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: 0.5)
        try FileManager.default.copyItem(at: TestPaths.papers.appendingPathComponent("cabinet-minutes.txt"),
                                         to: input.appendingPathComponent("minutes.txt"))
        let papers = output.appendingPathComponent("papers")
        var found = false
        for _ in 0..<100 where !found {
            Thread.sleep(forTimeInterval: 0.1)
            found = ((try? FileManager.default.contentsOfDirectory(atPath: papers.path)) ?? []).contains { $0.hasSuffix(".json") }
        }
        #expect(found, "the dropped paper was not processed")
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationStatus == 130, "a watch stopped by SIGINT exits 130")
        let ledger = try String(contentsOf: output.appendingPathComponent("ledger.jsonl"), encoding: .utf8)
        #expect(ledger.contains("\"path\":\"minutes.txt\""))
    }
}
