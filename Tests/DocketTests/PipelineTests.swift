import Docket
import Foundation
import Testing

struct PipelineTests {
    @Test func theShippedDefaultIsTheBuiltInOne() throws {
        let shipped = try Pipeline.load(path: TestPaths.root.appendingPathComponent("Pipelines/default.yml").path)
        #expect(shipped.hash == Pipeline.standard.hash)
        #expect(shipped.stageNames == Pipeline.standard.stageNames)
    }

    @Test(arguments: ["default.yml", "quick.yml", "minutes.yml"])
    func everyShippedPipelineLoads(name: String) throws {
        let pipeline = try Pipeline.load(path: TestPaths.root.appendingPathComponent("Pipelines/\(name)").path)
        #expect(pipeline.stageNames.contains("segment.numbered@1"))
    }

    @Test(arguments: [
        ("name: x\nstages:\n  - read.text@1\n  - extract.riskz@1\n", 4, "unknown stage `extract.riskz@1`"),
        ("name: x\nstages:\n  - read.pdf@1:\n      timeout_seconds: soon\n", 4, "must be a positive number"),
        ("name: x\nstages:\n  - read.pdf@1:\n      speed: 3\n", 4, "has no option `speed`"),
        ("name: x\nstages:\n  - read.text@1\n  - extract.risks@1\n  - normalize@1\n", 4, "needs a paper, which no earlier stage produces"),
        ("name: x\nstages:\n  - read.text@1\n  - normalize@1\n", 2, "never segments a paper"),
        ("name: x\ncolour: blue\nstages:\n  - read.text@1\n", 2, "unknown field `colour`"),
        ("name: x\nstages:\n\t- read.text@1\n", 3, "tabs are not allowed"),
        ("stages:\n  - read.text@1\n", 1, "needs a `name:`"),
    ])
    func rejectsBadDefinitionsWithTheirLine(text: String, line: Int, message: String) {
        do {
            _ = try Pipeline.parse(text, file: "bad.yml")
            Issue.record("accepted a bad pipeline")
        } catch let error as PipelineError {
            #expect(error.line == line)
            #expect(error.message.contains(message), "\(error)")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func eachRegisteredStageBuildsFromItsEntryAlone() throws {
        let base = "name: x\nstages:\n  - read.text@1\n  - normalize@1\n  - segment.numbered@1\n"
        let minimal = try Pipeline.parse(base, file: "x.yml")
        #expect(minimal.extractors.stages.isEmpty)
        #expect(minimal.html == nil && minimal.pdf == nil && minimal.text != nil)
        let extractors = StageRegistry.entries.filter { $0.requires == .paper }
        #expect(extractors.count == 8)
        for entry in extractors {
            let pipeline = try Pipeline.parse(base + "  - \(entry.id)\n", file: "x.yml")
            #expect(pipeline.extractors.stages.count == 1, "\(entry.id)")
            #expect(pipeline.stageNames.last == entry.id)
        }
        // Every id is unique and versioned, and options reach the stage they belong to.
        #expect(Set(StageRegistry.entries.map(\.id)).count == StageRegistry.entries.count)
        #expect(StageRegistry.entries.allSatisfy { $0.id.hasSuffix("@\($0.version)") })
        let pdf = try Pipeline.parse("name: x\nstages:\n  - read.pdf@1:\n      timeout_seconds: 7\n      typography: false\n  - normalize@1\n  - segment.numbered@1\n", file: "x.yml")
        #expect(pdf.pdf?.timeoutSeconds == 7 && pdf.pdf?.typography == false && pdf.text == nil)
    }

    @Test func theHashFollowsStagesAndOptionsNotLayout() throws {
        let a = try Pipeline.parse("name: a\nstages:\n  - read.text@1\n  - normalize@1\n  - segment.numbered@1\n", file: "a")
        let b = try Pipeline.parse("# comment\nname: b\nstages:\n    - read.text@1   # reader\n    - normalize@1\n    - segment.numbered@1\n", file: "b")
        let c = try Pipeline.parse("name: c\nstages:\n  - read.text@1\n  - normalize@1:\n      remove_furniture: false\n  - segment.numbered@1\n", file: "c")
        #expect(a.hash == b.hash)
        #expect(a.hash != c.hash)
    }

    @Test(.enabled(if: CLITests.docketBinary != nil, "the docket executable was not built"))
    func aBadPipelineIsExitTwoWithTheLine() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID().uuidString).yml")
        try "name: x\nstages:\n  - read.text@1\n  - extract.nothing@1\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try TestPaths.run(CLITests.docketBinary!, ["run", TestPaths.papers.path, "--out", RunnerTests.output().path, "--pipeline", file.path])
        #expect(result.status == 2)
        #expect(String(decoding: result.stderr, as: UTF8.self).contains("\(file.path):4: unknown stage `extract.nothing@1`"))
        let list = try TestPaths.run(CLITests.docketBinary!, ["pipelines"])
        #expect(String(decoding: list.stdout, as: UTF8.self).contains("extract.risks@1"))
    }
}
