import Docket
import Foundation
import Testing

/// Shards, merge, verify and stream: the contract that runs unchanged on Kubernetes Indexed
/// Jobs, AWS Batch arrays and Spark `RDD.pipe`.
@Suite(.serialized)
struct ShardTests {
    @Test func shardsPartitionPathsStablyAndCompletely() throws {
        let paths = (0..<500).map { "folder \($0 % 7)/paper-\($0).pdf" }
        let shards = try (0..<3).map { try Shard(index: $0, count: 3) }
        for path in paths {
            #expect(shards.filter { $0.contains(path) }.count == 1)
        }
        // The hash is fixed (FNV-1a of the NFC form), so shards agree across machines and runs.
        #expect(Shard.stableHash("a/b.pdf") == 0xd051_0c38_3b0e_a93d)
        #expect(Shard.stableHash("caf\u{00E9}.txt") == Shard.stableHash("cafe\u{0301}.txt"))
        #expect(Shard.indexFromEnvironment(["JOB_COMPLETION_INDEX": "2"]) == 2)
        #expect(Shard.indexFromEnvironment(["AWS_BATCH_JOB_ARRAY_INDEX": "5"]) == 5)
        #expect(throws: RunError.self) { try Shard(parsing: "3/3") }
    }

    @Test(.enabled(if: CLITests.docketBinary != nil, "the docket executable was not built"))
    func threeShardsWithOneKilledThenMergedEqualOneRun() throws {
        let docket = CLITests.docketBinary!
        let input = try RunnerTests.makeInput(copies: 12)
        try Data("%PDF-1.4 broken".utf8).write(to: input.appendingPathComponent("broken.pdf"))
        let single = RunnerTests.output()
        _ = try TestPaths.run(docket, ["run", input.path, "--out", single.path, "--quiet"])

        let shared = RunnerTests.output()
        func shardProcess(_ index: Int) throws -> Process {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: docket)
            process.arguments = ["run", input.path, "--out", shared.path, "--shard-count", "3", "--quiet", "--jobs", "1"]
            var environment = ProcessInfo.processInfo.environment
            environment["JOB_COMPLETION_INDEX"] = "\(index)"
            process.environment = environment
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            return process
        }
        let processes = try (0..<3).map(shardProcess)
        Thread.sleep(forTimeInterval: 0.15)
        kill(processes[1].processIdentifier, SIGKILL)
        for process in processes { process.waitUntilExit() }
        let retried = try shardProcess(1)
        retried.waitUntilExit()

        let verify = try TestPaths.run(docket, ["verify", shared.path])
        #expect(verify.status == 0, "\(String(decoding: verify.stdout, as: UTF8.self))")
        let merged = try TestPaths.run(docket, ["merge", shared.path])
        #expect(merged.status == 1)  // one paper failed, as in the single run
        let again = try TestPaths.run(docket, ["merge", shared.path])
        #expect(again.status == 1)

        let expected = try RunnerTests.snapshot(single)
        let actual = try RunnerTests.snapshot(shared).filter { !$0.key.hasPrefix("shards/") }
        #expect(RunnerTests.differences(actual, expected).isEmpty, "\(RunnerTests.differences(actual, expected))")
    }

    @Test func verifyFindsMissingPapers() throws {
        let input = try RunnerTests.makeInput()
        let output = RunnerTests.output()
        for index in 0..<2 {  // shard 2 of 3 never ran
            var options = RunOptions(input: input.path, output: output.path, jobs: 1)
            options.shard = try Shard(index: index, count: 3)
            _ = try Runner(options: options).run()
        }
        let report = try Verify.verify(output: output.path, input: nil)
        let missing = try RunnerTests.snapshot(input).keys.filter { try! Shard(index: 2, count: 3).contains($0) }
        #expect(!report.isComplete)
        #expect(Set(report.missing) == Set(missing))
    }

    @Test func streamWritesOneLinePerInputInOrder() throws {
        let files = try TestPaths.paperFiles().filter { $0.pathExtension != "pdf" || TestPaths.tool("pdftotext") != nil }
        let paths = files.map(\.path) + ["", "/no/such/file.txt", TestPaths.hostile.appendingPathComponent("binary.txt").path] + files.prefix(2).map(\.path)
        let input = Pipe()
        let writer = input.fileHandleForWriting
        writer.write(Data(paths.joined(separator: "\n").utf8))
        try writer.close()
        var lines: [String] = []
        var processor = StreamProcessor(jobs: 2)
        processor.key = true
        processor.run(input: input.fileHandleForReading, separator: 0x0A) { lines.append($0) }
        #expect(lines.count == paths.count)
        for (path, line) in zip(paths, lines) {
            let parts = line.split(separator: "\t", maxSplits: 1)
            #expect(parts.count == 2)
            let record = try JSONSerialization.jsonObject(with: Data(parts[1].utf8)) as! [String: Any]
            if let source = record["source"] as? [String: Any] {
                #expect(source["path"] as? String == path)
                #expect(parts[0] == Substring(record["id"] as! String))
            } else {
                #expect(record["schema"] as? String == "docket.error/1" && record["path"] as? String == path)
                #expect(parts[0].hasPrefix("error-"))
            }
        }
    }

    @Test(.enabled(if: CLITests.docketBinary != nil, "the docket executable was not built"))
    func streamCommandHandlesNulSeparatedPaths() throws {
        let files = try TestPaths.paperFiles().filter { $0.pathExtension == "txt" }.map(\.path)
        let result = try TestPaths.run(CLITests.docketBinary!, ["stream", "--null"], stdin: Data(files.joined(separator: "\u{0}").utf8))
        #expect(result.status == 0)
        #expect(String(decoding: result.stdout, as: UTF8.self).split(separator: "\n").count == files.count)
    }
}
