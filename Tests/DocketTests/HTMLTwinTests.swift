import Docket
import DocketIndex
import DocketModel
import Foundation
import Testing

/// The same report written as HTML and as text gives the same record, apart from its source,
/// its id (a hash of the bytes) and the spans.
struct HTMLTwinTests {
    static func comparable(_ paper: Paper) throws -> String {
        let object = try JSONSerialization.jsonObject(with: CanonicalJSON.encode(paper))
        func strip(_ value: Any) -> Any {
            if let dictionary = value as? [String: Any] {
                return dictionary.filter { $0.key != "span" && $0.key != "links" }.mapValues(strip)
            }
            if let array = value as? [Any] { return array.map(strip) }
            return value
        }
        var top = strip(object) as! [String: Any]
        top["source"] = nil
        top["id"] = nil
        let data = try JSONSerialization.data(withJSONObject: top, options: [.sortedKeys, .prettyPrinted])
        return String(decoding: data, as: UTF8.self)
    }

    @Test func htmlReportEqualsItsTextTwin() throws {
        let html = try Extraction().paper(for: DocumentSource(filePath: TestPaths.papers.appendingPathComponent("cabinet-report.html").path))
        let text = try Extraction().paper(for: DocumentSource(filePath: TestPaths.papers.appendingPathComponent("cabinet-report.txt").path))
        #expect(html.source.format == .html && text.source.format == .text)
        #expect(!html.decisions.isEmpty && !html.risks.isEmpty && !html.contacts.isEmpty)
        #expect(try Self.comparable(html) == Self.comparable(text))
    }

    @Test func aMeetingPagesListOfDocumentsNamesNoMeeting() throws {
        let html = """
            <html><body>
            <h1>Joint meeting - Harbour Board and Harbour Joint Committee - Friday, 5th June, 2026 1.00 pm</h1>
            <ul><li>Agenda frontsheet</li><li>Comments from the Audit Committee</li><li>Printed decisions</li></ul>
            <p>Venue: Harbour House</p>
            <h2>Items</h2>
            <p>1. Apologies for Absence</p>
            <p>To receive apologies for absence from Members.</p>
            </body></html>
            """
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("docket-meeting-page-\(UUID().uuidString).html")
        try Data(html.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let paper = try Extraction().paper(for: DocumentSource(filePath: url.path))
        #expect(paper.meeting.body == "Joint meeting - Harbour Board and Harbour Joint Committee")
        #expect(paper.meeting.date == "2026-06-05")
    }

    @Test func modernGovDecisionPageMapsOntoARecordOfDecision() throws {
        let paper = try Extraction().paper(for: DocumentSource(filePath: TestPaths.papers.appendingPathComponent("moderngov-decision-details.html").path))
        #expect(paper.docType == .decisionRecord)
        #expect(paper.title == "Library opening hours review")
        #expect(paper.meeting == Meeting(body: "Cabinet", date: "2026-03-03"))
        #expect(paper.fields["Is Key decision?"] == "Yes" && paper.fields["Is subject to call in?"] == "Yes")
        #expect(paper.decisions.map(\.kind) == [.decision, .decision])
        #expect(paper.decisions.map(\.action) == [.approve, .delegate])
        #expect(paper.decisions.first?.reasons == ["Option B keeps evening access where demand is highest and saves £85,000 a year."])
        #expect(paper.contacts.first?.emails == ["helen.marsh@example.gov.uk"])
        #expect(paper.links.contains { $0.url.hasSuffix("Library%20opening%20hours%20report.pdf") })
        #expect(!paper.allSections.contains { $0.heading == "Calendar" || $0.text.contains("Skip to main content") })
    }
}
