import Docket
import DocketModel
import Foundation
import Testing

/// Checks against the real papers in `../shared/corpus` and their hand-checked records.
/// Skipped, with a message, when the corpus is not beside the checkout.
struct CorpusTests {
    static let available = TestPaths.corpus != nil

    @Test(.enabled(if: CorpusTests.available, "../shared/corpus is not present: real-paper checks skipped"))
    func seedPaperMatchesItsGoldExactly() throws {
        let corpus = try #require(TestPaths.corpus)
        let gold = try JSONSerialization.jsonObject(with: Data(contentsOf: corpus.appendingPathComponent("gold/medway-000_dbf854fe084eeb13.json"))) as! [String: Any]
        let paper = try Extraction().paper(for: DocumentSource(filePath: corpus.appendingPathComponent("medway/000_dbf854fe084eeb13.txt").path,
                                                               displayPath: "medway/000_dbf854fe084eeb13.txt"))
        #expect(paper.title == gold["title"] as? String)
        let meeting = gold["meeting"] as! [String: String]
        #expect(paper.meeting == Meeting(body: meeting["body"], date: meeting["date"]))
        #expect(paper.docType.rawValue == gold["doc_type"] as? String)
        let people = (gold["people"] as! [[String: Any]]).map { "\($0["role"]!)|\($0["name"]!)" }
        #expect(paper.people.map { "\($0.role.rawValue)|\($0.name)" } == people)
        let sections = (gold["sections"] as! [[String: Any]]).map { "\(($0["number"] as? String) ?? "-")|\($0["heading"]!)" }
        let predicted = paper.allSections.filter { $0.heading != nil }.map { "\($0.number ?? "-")|\($0.heading!)" }
        #expect(predicted == sections)
        let numbers = paper.allSections.compactMap(\.number).filter { $0.first?.isNumber == true }
        #expect(numbers == gold["paragraph_numbers"] as! [String])
    }

    @Test(.enabled(if: CorpusTests.available && TestPaths.tool("python3") != nil && TestPaths.tool("pdftotext") != nil,
                   "needs ../shared/corpus, python3 and pdftotext"))
    func everyScoredFieldReachesF1Point9OnAllGoldPapers() throws {
        let corpus = try #require(TestPaths.corpus)
        let scorer = corpus.deletingLastPathComponent().appendingPathComponent("tools/score.py").path
        let docket = try #require(CLITests.docketBinary, "the docket executable was not built")
        let result = try TestPaths.run(TestPaths.tool("python3")!, [scorer, "--gold", corpus.appendingPathComponent("gold").path,
                                                                     "--cmd", "\(docket) extract", "--json"])
        let report = try JSONSerialization.jsonObject(with: result.stdout) as! [String: Any]
        let fields = report["fields"] as! [String: [String: Any]]
        #expect((report["failed"] as! [Any]).isEmpty)
        let required = ["sections", "paragraph_numbers", "decisions", "risks", "contacts.names", "contacts.emails",
                        "contacts.phones", "people", "background_papers", "appendices"]
        for name in required {
            let f1 = try #require(fields[name]?["f1"] as? Double, "no score for \(name)")
            print("corpus: \(name) F1 \(f1)")
            #expect(f1 >= 0.9, "\(name) F1 \(f1) is below 0.9")
        }
    }

    /// All gold papers, `gold/` and `gold-wild/` together: the levels reached so far on papers
    /// from parish, community, US and Canadian councils, kept from slipping back.
    @Test(.enabled(if: CorpusTests.available && TestPaths.tool("python3") != nil && TestPaths.tool("pdftotext") != nil,
                   "needs ../shared/corpus, python3 and pdftotext"))
    func allGoldPapersKeepTheirLevels() throws {
        let corpus = try #require(TestPaths.corpus)
        let wild = corpus.appendingPathComponent("gold-wild")
        guard FileManager.default.fileExists(atPath: wild.path) else { return }
        let scorer = corpus.deletingLastPathComponent().appendingPathComponent("tools/score.py").path
        let docket = try #require(CLITests.docketBinary, "the docket executable was not built")
        let result = try TestPaths.run(TestPaths.tool("python3")!, [scorer, "--gold", corpus.appendingPathComponent("gold").path,
                                                                     "--gold", wild.path, "--cmd", "\(docket) extract", "--json"])
        let report = try JSONSerialization.jsonObject(with: result.stdout) as! [String: Any]
        let fields = report["fields"] as! [String: [String: Any]]
        #expect((report["failed"] as! [Any]).isEmpty)
        // The levels the "Every council's papers" issues ask for, and where the latest round
        // (docs/ACCURACY.md) is well above them, that level less a small margin.
        let floors = ["title": 0.94, "meeting.body": 0.90, "meeting.date": 0.98, "doc_type": 0.96, "people": 0.96,
                      "sections": 0.92, "paragraph_numbers": 0.97, "paragraph_nesting": 0.97, "decisions": 0.90, "risks": 0.95,
                      "contacts.names": 0.97, "contacts.emails": 0.97, "contacts.phones": 0.97, "background_papers": 0.95,
                      "appendices": 0.95]
        for (name, floor) in floors.sorted(by: { $0.key < $1.key }) {
            let f1 = try #require(fields[name]?["f1"] as? Double, "no score for \(name)")
            print("corpus (all gold): \(name) F1 \(f1)")
            #expect(f1 >= floor, "\(name) F1 \(f1) is below \(floor)")
        }
    }

    /// Every council's (or commission's) gold papers together reach 0.80 macro F1: no body's
    /// papers are left far behind the rest (`Scripts/accuracy-by-council.py`).
    @Test(.enabled(if: CorpusTests.available && TestPaths.tool("python3") != nil && TestPaths.tool("pdftotext") != nil,
                   "needs ../shared/corpus, python3 and pdftotext"))
    func everyCouncilsPapersReachPoint8() throws {
        let corpus = try #require(TestPaths.corpus)
        let docket = try #require(CLITests.docketBinary, "the docket executable was not built")
        let script = TestPaths.root.appendingPathComponent("Scripts/accuracy-by-council.py").path
        let result = try TestPaths.run(TestPaths.tool("python3")!, [script, "--bin", docket, "--corpus", corpus.path, "--json"])
        let report = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: [String: Any]])
        #expect(report.count >= 10, "expected the councils of gold/ and gold-wild/, got \(report.keys.sorted())")
        for (council, figures) in report.sorted(by: { $0.key < $1.key }) {
            let macro = try #require(figures["macro_f1"] as? Double)
            print("corpus (by council): \(council) macro F1 \(macro)")
            #expect(macro >= 0.8, "\(council) macro F1 \(macro) is below 0.8")
        }
    }
}
