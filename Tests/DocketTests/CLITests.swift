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

    /// libxml2 must be set up once before two workers open their first parsers: without that,
    /// 4 of 200 fresh `docket run --jobs 2` over two HTML pages deadlocked inside libxml2. Each
    /// try is a new process (the race is at a process's first parse), given 30 s; at that rate
    /// 60 tries catch the fault about seven times in ten.
    @Test(.enabled(if: CLITests.docketBinary != nil, "the docket executable was not built"))
    func twoWorkersStartingOnHTMLNeverHang() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("docket-html-start-\(UUID().uuidString)")
        let input = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["cabinet-report.html", "moderngov-decision-details.html"] {
            try FileManager.default.copyItem(at: TestPaths.papers.appendingPathComponent(name), to: input.appendingPathComponent(name))
        }
        for attempt in 0..<60 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Self.docketBinary!)
            process.arguments = ["run", input.path, "--out", folder.appendingPathComponent("out-\(attempt)").path, "--jobs", "2", "--quiet"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            let deadline = Date(timeIntervalSinceNow: 30)
            while process.isRunning && Date() < deadline { usleep(10_000) }
            let hung = process.isRunning
            if hung { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
            #expect(!hung, "run \(attempt) over two HTML pages did not end within 30 s")
            #expect(hung || process.terminationStatus == 0)
            if hung { break }
        }
    }

    @Test(.enabled(if: CLITests.docketBinary != nil, "the docket executable was not built"))
    func usageErrorsExit2() throws {
        #expect(try TestPaths.run(Self.docketBinary!, ["extract"]).status == 2)
        #expect(try TestPaths.run(Self.docketBinary!, ["no-such-command"]).status == 2)
        let help = try TestPaths.run(Self.docketBinary!, ["extract", "--help"])
        #expect(help.status == 0 && String(decoding: help.stdout, as: UTF8.self).contains("USAGE"))
    }

    /// `export --output` writes the same lines as stdout, through a temporary file moved into
    /// place; a failed export leaves neither the file nor the temporary one.
    @Test(.enabled(if: CLITests.docketBinary != nil, "the docket executable was not built"))
    func exportWritesItsFileWholeOrNotAtAll() throws {
        let (_, output) = try IndexTests.builtIndex()
        defer { try? FileManager.default.removeItem(at: output) }
        let database = output.appendingPathComponent("docket.db").path
        let feed = output.appendingPathComponent("feed.ndjson").path
        for format in ["opensearch-bulk", "jsonl"] {
            let printed = try TestPaths.run(Self.docketBinary!, ["export", "--db", database, "--format", format])
            #expect(printed.status == 0)
            #expect(String(decoding: printed.stdout, as: UTF8.self).split(separator: "\n").count >= 2)
            let written = try TestPaths.run(Self.docketBinary!, ["export", "--db", database, "--format", format, "--output", feed])
            #expect(written.status == 0 && written.stdout.isEmpty)
            #expect(FileManager.default.contents(atPath: feed) == printed.stdout, "\(format): the file differs from stdout")
        }
        let missing = output.appendingPathComponent("none.db").path
        let failed = output.appendingPathComponent("failed.ndjson").path
        let result = try TestPaths.run(Self.docketBinary!, ["export", "--db", missing, "--format", "jsonl", "--output", failed])
        #expect(result.status != 0)
        let left = try FileManager.default.contentsOfDirectory(atPath: output.path).filter { $0.hasPrefix("failed.ndjson") }
        #expect(left.isEmpty, "a failed export left \(left)")
    }
}
