import Docket
import Foundation
import Testing

/// `docket run` end to end on temporary folders: incremental, parallel, atomic, resumable.
@Suite(.serialized)
struct RunnerTests {
    /// A fresh input folder holding copies of the fixture papers (text and HTML, and the PDF when
    /// pdftotext is installed), each made unique so they are different papers.
    static func makeInput(copies: Int = 1) throws -> URL {
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("docket-in-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: input.appendingPathComponent("sub"), withIntermediateDirectories: true)
        for file in try TestPaths.paperFiles() {
            if file.pathExtension == "pdf" && TestPaths.tool("pdftotext") == nil { continue }
            for copy in 0..<copies {
                var data = try Data(contentsOf: file)
                if copy > 0, file.pathExtension == "txt" { data += Data("\nCopy \(copy).\n".utf8) }
                if copy > 0, file.pathExtension != "txt" { continue }
                let folder = copy % 2 == 0 ? input : input.appendingPathComponent("sub")
                try data.write(to: folder.appendingPathComponent("\(copy)-\(file.lastPathComponent)"))
            }
        }
        return input
    }

    static func output() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("docket-out-\(UUID().uuidString)")
    }

    /// Every output file (relative path → bytes), temporary files included, so that leftovers
    /// show; the output lock is not an output (it holds the pid of a killed writer).
    static func snapshot(_ folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let relative = enumerator?.nextObject() as? String {
            if (relative as NSString).lastPathComponent == OutputLock.fileName { continue }
            var isDirectory: ObjCBool = false
            let path = folder.appendingPathComponent(relative).path
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                result[relative] = try Data(contentsOf: URL(fileURLWithPath: path))
            }
        }
        return result
    }

    /// The files that are missing, extra or different between two snapshots (names only).
    static func differences(_ actual: [String: Data], _ expected: [String: Data]) -> [String] {
        let names = Set(actual.keys).union(expected.keys).sorted()
        return names.compactMap { name in
            switch (actual[name], expected[name]) {
            case (nil, _): return "missing \(name)"
            case (_, nil): return "extra \(name)"
            case let (a?, b?) where a != b: return "different \(name)"
            default: return nil
            }
        }
    }

    static func run(_ input: URL, _ output: URL, jobs: Int = 2, configure: (inout RunOptions) -> Void = { _ in }) throws -> RunSummary {
        var options = RunOptions(input: input.path, output: output.path, jobs: jobs)
        configure(&options)
        return try Runner(options: options).run()
    }

    /// A run that records nothing leaves a compact ledger file as it is (not rewritten: the same
    /// inode); one that finds the file not compact — a line appended again, as a run killed
    /// after committing a group leaves it — rewrites it to the same bytes as before.
    @Test func theLedgerIsRewrittenOnlyWhenItIsNotCompact() throws {
        let input = try Self.makeInput()
        let output = Self.output()
        _ = try Self.run(input, output)
        let ledger = output.appendingPathComponent("ledger.jsonl").path
        let compact = try Data(contentsOf: URL(fileURLWithPath: ledger))
        func inode() throws -> Int { try FileManager.default.attributesOfItem(atPath: ledger)[.systemFileNumber] as! Int }
        let before = try inode()

        _ = try Self.run(input, output)
        #expect(try inode() == before, "a run that changed nothing rewrote the ledger")
        #expect(try Data(contentsOf: URL(fileURLWithPath: ledger)) == compact)

        var appended = compact
        appended.append(Data(compact.prefix { $0 != UInt8(ascii: "\n") }))
        appended.append(UInt8(ascii: "\n"))
        try appended.write(to: URL(fileURLWithPath: ledger))
        let rerun = try Self.run(input, output)
        #expect(rerun.new == 0 && rerun.changed == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: ledger)) == compact, "the repeated line is compacted away")
    }

    @Test func secondRunRedoesNothingAndAChangedPaperIsRedoneAlone() throws {
        let input = try Self.makeInput()
        let output = Self.output()
        let first = try Self.run(input, output)
        #expect(first.new == first.discovered && first.discovered >= 9 && first.failed == 0)
        #expect(first.indexSeconds > 0 && first.indexSeconds <= first.elapsedSeconds, "the index finish is timed within the run")
        let second = try Self.run(input, output)
        #expect(second.unchanged == first.discovered && second.new == 0 && second.changed == 0)
        #expect(second.indexSeconds == 0, "nothing changed, so the finished index is left as it is")

        let target = input.appendingPathComponent("0-cabinet-report.txt")
        try (try Data(contentsOf: target) + Data("\nAn added line.\n".utf8)).write(to: target)
        let third = try Self.run(input, output)
        #expect(third.changed == 1 && third.unchanged == first.discovered - 1)
        let papers = try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("papers").path)
        #expect(papers.count == first.discovered, "the old record of the changed paper was withdrawn")

        // Touching without changing content re-hashes once, then the fast path holds again.
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: target.path)
        #expect(try Self.run(input, output).unchanged == first.discovered)
    }

    @Test func jobsDoNotChangeTheOutputs() throws {
        let input = try Self.makeInput(copies: 3)
        let one = Self.output(), two = Self.output()
        _ = try Self.run(input, one, jobs: 1)
        _ = try Self.run(input, two, jobs: 2)
        #expect(Self.differences(try Self.snapshot(one), try Self.snapshot(two)).isEmpty)
    }

    @Test func aCorruptPaperFailsAloneWithItsReason() throws {
        let input = try Self.makeInput()
        try Data("%PDF-1.4\nthis is not really a pdf".utf8).write(to: input.appendingPathComponent("broken.pdf"))
        let output = Self.output()
        let summary = try Self.run(input, output)
        #expect(summary.failed == 1 && summary.exitCode == 1)
        #expect(summary.new == summary.discovered - 1)
        let errors = try String(contentsOf: output.appendingPathComponent("errors.jsonl"), encoding: .utf8)
        let record = try JSONSerialization.jsonObject(with: Data(errors.split(separator: "\n")[0].utf8)) as! [String: String]
        #expect(record["path"] == "broken.pdf")
        #expect(record["code"] == (TestPaths.tool("pdftotext") == nil ? "pdf.tool-missing" : "pdf.damaged"))
        #expect(record["sha256"]?.count == 64)
        // A failure is never recorded as done: the next run still reports it, and --retry-failed retries only it.
        let again = try Self.run(input, output)
        #expect(again.stillFailed == 1 && again.exitCode == 1 && again.new == 0)
        let retried = try Self.run(input, output) { $0.retryFailed = true }
        #expect(retried.failed == 1 && retried.unchanged == summary.discovered - 1)
    }

    @Test func removedPapersAreWithdrawnUnlessKept() throws {
        let input = try Self.makeInput()
        let output = Self.output()
        let first = try Self.run(input, output)
        try FileManager.default.removeItem(at: input.appendingPathComponent("0-cabinet-minutes.txt"))
        let kept = try Self.run(input, output) { $0.keepRemoved = true }
        #expect(kept.removed == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("papers").path).count == first.discovered)

        try FileManager.default.removeItem(at: input.appendingPathComponent("0-cabinet-report.txt"))
        let removed = try Self.run(input, output)
        #expect(removed.removed == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("papers").path).count == first.discovered - 1)
    }

    @Test func everyPaperFailingIsExitThreeAndAnUnwritableOutputIsARunError() throws {
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("docket-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try Data([0, 1, 2, 3]).write(to: input.appendingPathComponent("a.txt"))
        try Data().write(to: input.appendingPathComponent("b.txt"))
        #expect(try Self.run(input, Self.output()).exitCode == 3)

        let blocker = FileManager.default.temporaryDirectory.appendingPathComponent("docket-file-\(UUID().uuidString)")
        try Data("x".utf8).write(to: blocker)
        #expect(throws: RunError.self) { try Self.run(input, blocker.appendingPathComponent("out")) }
    }

    @Test func skipsHiddenFilesTheOutputFolderAndLinksOutsideTheRoot() throws {
        let input = try Self.makeInput()
        try Data("Summary\n\nHidden.\n".utf8).write(to: input.appendingPathComponent(".hidden.txt"))
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("docket-outside-\(UUID().uuidString).txt")
        try Data("Summary\n\nOutside.\n".utf8).write(to: outside)
        try FileManager.default.createSymbolicLink(atPath: input.appendingPathComponent("outside.txt").path, withDestinationPath: outside.path)
        try FileManager.default.createSymbolicLink(atPath: input.appendingPathComponent("loop").path, withDestinationPath: input.path)
        try FileManager.default.createDirectory(at: input.appendingPathComponent("x.pdf"), withIntermediateDirectories: true)
        let output = input.appendingPathComponent("out")
        let first = try Self.run(input, output)
        let second = try Self.run(input, output)
        let count = try TestPaths.paperFiles().filter { $0.pathExtension != "pdf" || TestPaths.tool("pdftotext") != nil }.count
        #expect(first.discovered == count)
        #expect(second.discovered == count && second.unchanged == count)
    }
}
