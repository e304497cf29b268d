import Foundation
import Testing

/// The `docket` executable as a user runs it: exit codes, stdout and stderr.
struct CLITests {
    /// The built `docket` next to the test bundle, if `swift build`/`swift test` made it.
    static var docketBinary: String? {
        let candidates = [".build/debug/docket", ".build/release/docket"].map { TestPaths.root.appendingPathComponent($0).path }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    @Test(.enabled(if: CLITests.docketBinary != nil, "the docket executable was not built"))
    func extractPrintsGoodFilesAndReportsBadOnesWithExit1() throws {
        let good = TestPaths.papers.appendingPathComponent("cabinet-report.txt").path
        let bad = TestPaths.hostile.appendingPathComponent("binary.txt").path
        let result = try TestPaths.run(Self.docketBinary!, ["extract", "--compact", good, bad])
        #expect(result.status == 1)
        let lines = String(decoding: result.stdout, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 1)
        let record = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as! [String: Any]
        #expect(record["title"] as? String == "LIBRARY OPENING HOURS REVIEW")
        let stderr = String(decoding: result.stderr, as: UTF8.self)
        #expect(stderr.contains("binary.txt") && stderr.contains("input.binary"))
    }

    @Test(.enabled(if: CLITests.docketBinary != nil, "the docket executable was not built"))
    func usageErrorsExit2() throws {
        #expect(try TestPaths.run(Self.docketBinary!, ["extract"]).status == 2)
        #expect(try TestPaths.run(Self.docketBinary!, ["no-such-command"]).status == 2)
        let help = try TestPaths.run(Self.docketBinary!, ["extract", "--help"])
        #expect(help.status == 0 && String(decoding: help.stdout, as: UTF8.self).contains("USAGE"))
    }
}
