import Docket
import DocketIndex
import DocketModel
import Foundation
import Testing

/// Whole-paper goldens: each fixture paper's canonical record is kept in `Fixtures/golden`.
/// Set `DOCKET_RECORD_GOLDENS=1` to re-record them on purpose; a recording run fails so that
/// it is never mistaken for a passing one.
struct GoldenTests {
    static let recording = ProcessInfo.processInfo.environment["DOCKET_RECORD_GOLDENS"] == "1"

    static func record(for file: URL) throws -> Paper {
        try Extraction().paper(for: DocumentSource(filePath: file.path, displayPath: "papers/\(file.lastPathComponent)"))
    }

    static func goldenURL(for file: URL) -> URL {
        TestPaths.goldens.appendingPathComponent(file.lastPathComponent + ".json")
    }

    @Test(arguments: try TestPaths.paperFiles())
    func matchesItsGolden(file: URL) throws {
        if file.pathExtension == "pdf", TestPaths.tool("pdftotext") == nil {
            print("skipped \(file.lastPathComponent): pdftotext (poppler-utils) is not installed")
            return
        }
        let json = try CanonicalJSON.encode(try Self.record(for: file))
        let golden = Self.goldenURL(for: file)
        if Self.recording {
            try json.write(to: golden)
            Issue.record("recorded \(golden.lastPathComponent); run again without DOCKET_RECORD_GOLDENS to check it")
            return
        }
        let expected = try Data(contentsOf: golden)
        #expect(String(decoding: json, as: UTF8.self) == String(decoding: expected, as: UTF8.self),
                "\(file.lastPathComponent) no longer matches its golden")
    }

    @Test(arguments: try TestPaths.paperFiles())
    func isDeterministicAndRoundTrips(file: URL) throws {
        if file.pathExtension == "pdf", TestPaths.tool("pdftotext") == nil { return }
        let first = try CanonicalJSON.encode(try Self.record(for: file))
        let second = try CanonicalJSON.encode(try Self.record(for: file))
        #expect(first == second)
        let decoded = try JSONDecoder().decode(Paper.self, from: first)
        #expect(try CanonicalJSON.encode(decoded) == first)
    }

    @Test(arguments: try TestPaths.paperFiles())
    func keepsEverySpanInsideTheTextAndIdsValid(file: URL) throws {
        if file.pathExtension == "pdf", TestPaths.tool("pdftotext") == nil { return }
        let paper = try Self.record(for: file)
        let layout = try Extraction().normalizedLayout(for: DocumentSource(filePath: file.path, displayPath: "papers/\(file.lastPathComponent)"))
        let length = layout.text.utf8.count
        var spans = paper.allSections.map(\.span) + paper.people.map(\.span) + paper.amounts.map(\.span)
        spans += paper.decisions.map(\.span) + paper.risks.map(\.span) + paper.contacts.map(\.span)
        for span in spans {
            #expect(span.start >= 0 && span.start <= span.end && span.end <= length, "span \(span) outside \(length) bytes")
        }
        let ids = [paper.id] + paper.allSections.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") } })
        #expect(!paper.source.path.hasPrefix("/"))
    }

    @Test(.enabled(if: TestPaths.tool("python3") != nil, "python3 is not installed"))
    func everyGoldenValidatesAgainstTheSchema() throws {
        let script = """
            import json, sys
            try:
                import jsonschema
            except ImportError:
                print("SKIP: the jsonschema module is not installed"); sys.exit(0)
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft202012Validator.check_schema(schema)
            validator = jsonschema.Draft202012Validator(schema)
            bad = 0
            for path in sys.argv[2:]:
                for error in validator.iter_errors(json.load(open(path))):
                    bad += 1; print(path, list(error.path), error.message)
            print("validated", len(sys.argv) - 2); sys.exit(1 if bad else 0)
            """
        let goldens = try FileManager.default.contentsOfDirectory(at: TestPaths.goldens, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }.map(\.path).sorted()
        #expect(goldens.count >= 8)
        let result = try TestPaths.run(TestPaths.tool("python3")!, ["-c", script, TestPaths.schema.path] + goldens)
        let output = String(decoding: result.stdout, as: UTF8.self)
        print(output)
        #expect(result.status == 0, "\(output)")
        #expect(output.contains("validated \(goldens.count)") || output.hasPrefix("SKIP"))
    }
}
