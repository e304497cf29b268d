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
    func sectionsAndParagraphNumbersScoreWellOnAllGoldPapers() throws {
        let corpus = try #require(TestPaths.corpus)
        let scorer = corpus.deletingLastPathComponent().appendingPathComponent("tools/score.py").path
        let docket = try #require(CLITests.docketBinary, "the docket executable was not built")
        let result = try TestPaths.run(TestPaths.tool("python3")!, [scorer, "--gold", corpus.appendingPathComponent("gold").path,
                                                                     "--cmd", "\(docket) extract", "--json"])
        let report = try JSONSerialization.jsonObject(with: result.stdout) as! [String: Any]
        let fields = report["fields"] as! [String: [String: Any]]
        let sections = fields["sections"]!["f1"] as! Double
        let numbers = fields["paragraph_numbers"]!["f1"] as! Double
        print("corpus: sections F1 \(sections), paragraph_numbers F1 \(numbers)")
        #expect((report["failed"] as! [Any]).isEmpty)
        #expect(numbers >= 0.9)
        #expect(sections >= 0.85)
    }
}
