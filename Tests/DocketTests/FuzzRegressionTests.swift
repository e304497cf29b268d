import Docket
import DocketModel
import Foundation
import Testing

/// Replays the inputs kept from fuzzing (`Fixtures/hostile/fuzz/<target>/`) through the entry
/// point each fuzz target calls. Reaching the end of the test is the check: a crash would stop
/// the test run, and each input must finish inside a generous bound.
struct FuzzRegressionTests {
    static func inputs(_ target: String) -> [URL] {
        let folder = TestPaths.hostile.appendingPathComponent("fuzz/\(target)")
        return ((try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? [])
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    @Test(arguments: ["text", "html", "pdftotext", "pipeline"])
    func replaysKeptInputs(target: String) throws {
        let files = Self.inputs(target)
        #expect(!files.isEmpty, "no kept inputs for \(target)")
        for file in files {
            let bytes = [UInt8](try Data(contentsOf: file))
            let text = String(decoding: bytes, as: UTF8.self)
            let start = Date()
            switch target {
            case "text":
                _ = try? Extraction().paper(bytes: bytes, source: DocumentSource(filePath: "/dev/null", displayPath: "fuzz.txt"))
                _ = try? Extraction().paper(bytes: bytes, source: DocumentSource(filePath: "/dev/null", displayPath: "fuzz.md"))
            case "html":
                _ = try? Extraction().paper(bytes: bytes, source: DocumentSource(filePath: "/dev/null", displayPath: "fuzz.html"))
            case "pdftotext":
                _ = try? Extraction().paper(pdftotextOutput: text, source: DocumentSource(filePath: "/dev/null", displayPath: "fuzz.pdf"))
            default:
                #expect(throws: PipelineError.self) { _ = try Pipeline.parse(text, file: file.lastPathComponent) }
            }
            #expect(Date().timeIntervalSince(start) < 30, "\(file.lastPathComponent) took too long")
        }
    }
}
