import Docket
import DocketExtract
import DocketModel
import DocketReaders
import Testing

/// Small inline papers, one rule each, through the whole text pipeline.
struct ExtractorTests {
    private func paper(_ text: String, path: String = "paper.txt") throws -> Paper {
        try TextPaper.extracted(text, path: path)
    }

    @Test func letteredRecommendationsAreOneDecisionEachWithoutTheLeadIn() throws {
        let paper = try paper("""
            From: Ann Lee, Director of Place

            Recommendation(s):

            Cabinet is asked to:
            A. AGREE to transfer the service to the new directorate; and
            B. DELEGATE authority to the Corporate Director of Place, in consultation with the Leader, to take the actions needed.

            1. Background

            1.1 Some text.

            2. Recommendation(s)

            Cabinet is asked to:
            A. AGREE to transfer the service to the new directorate; and
            B. DELEGATE authority to the Corporate Director of Place, in consultation with the Leader, to take the actions needed.
            """)
        #expect(paper.decisions.map(\.number) == ["A", "B"])
        #expect(paper.decisions.map(\.action) == [.agree, .delegate])
        #expect(paper.decisions.allSatisfy { $0.kind == .recommendation && $0.decisionMaker == "Cabinet" })
        #expect(paper.decisions[1].delegatedTo == "the Corporate Director of Place")
        #expect(paper.decisions[1].inConsultationWith == "the Leader")
        #expect(!paper.decisions[0].text.contains("asked to"))
    }

    @Test func resolutionsInMinutesTakeTheirItems() throws {
        let paper = try paper("""
            MINUTES of a meeting of the Cabinet held on 4 May 2025.

            PRESENT: Mr A Jones (Chairman), Mrs B Smith and Dr C Khan, OBE

            12.   Budget Monitoring
                  (Item 3)

                  1)   The Cabinet Member introduced the report.

                  2)   RESOLVED that Cabinet:

                       (a) Note the forecast overspend.
                       (b) Agree the capital budget changes.

            13.   Apologies
                  (Item 4)

                  Apologies were received from Mr Benson and Mrs Carter.
            """)
        #expect(paper.decisions.map(\.text) == ["Note the forecast overspend.", "Agree the capital budget changes."])
        #expect(paper.decisions.allSatisfy { $0.kind == .resolution })
        #expect(paper.people.map { "\($0.role.rawValue):\($0.name)" } == [
            "chair:A Jones", "present:B Smith", "present:C Khan", "apologies:Benson", "apologies:Carter",
        ])
    }

    @Test func readsATwoColumnContactBlock() throws {
        let paper = try paper("""
            From: Ann Lee, Director of Place

            11.   Contact details

            Report Author:                             Relevant Director:
            Nick Adams                                 Cara Moss
            Assistant Director Education               Director of Education
            Telephone number                           Telephone number
            03000 410058                               (01634) 331106 ext 2244
            Email address                              Email address
            Nick.Adams@example.gov.uk                  cara.moss@example.gov.uk
            """)
        #expect(paper.contacts.map(\.name) == ["Nick Adams", "Cara Moss"])
        #expect(paper.contacts.map(\.title) == ["Assistant Director Education", "Director of Education"])
        #expect(paper.contacts.map(\.role) == ["Report Author", "Relevant Director"])
        #expect(paper.contacts.flatMap(\.emails) == ["nick.adams@example.gov.uk", "cara.moss@example.gov.uk"])
        #expect(paper.contacts.flatMap(\.phones).map(\.e164) == ["+443000410058", "+441634331106"])
        #expect(paper.contacts[1].phones.first?.ext == "2244")
    }

    @Test func postsUnderAContactHeadingLabelItsPeopleAndAreNoSections() throws {
        let paper = try paper("""
            From: Ann Lee, Director of Place

            9.   Conclusions

            The harbour plan should be adopted.

            Harbour Authority Contact:

            Report Author
            Nick Adams
            Harbour Master
            Nick.Adams@example.gov.uk

            Lead Director
            Cara Moss
            Director of Place
            03000 410058
            """)
        let headings = paper.allSections.compactMap(\.heading)
        #expect(!headings.contains("Report Author") && !headings.contains("Lead Director"))
        #expect(paper.contacts.map(\.name) == ["Nick Adams", "Cara Moss"])
        #expect(paper.contacts.map(\.role) == ["Report Author", "Lead Director"])
    }

    @Test func aDecisionBrokenOverTwoParagraphsIsOneDecision() throws {
        let paper = try paper("""
            Harbour Board - Friday, 5th June, 2026

            10. Harbour Investment Fund

            Decision:

            The Harbour Board:

            (1)   Approved the change requests for schemes within the current Investment

            Fund programme as set out in Appendix 1;

            (2)   Authorise the Harbour Master to sign the dredging contract for the inner basin

            Attachment 1 - Dredging Contract

            11. Risk Framework

            Decision:

            That the Board approved the revised Risk Management Framework

            as set out in Appendix 2.
            """, path: "page.md")
        #expect(paper.decisions.map(\.text) == [
            "Approved the change requests for schemes within the current Investment Fund programme as set out in Appendix 1;",
            "Authorise the Harbour Master to sign the dredging contract for the inner basin",
            "That the Board approved the revised Risk Management Framework as set out in Appendix 2.",
        ])
    }

    @Test func keepsARaggedRiskRowWithADiagnostic() throws {
        let paper = try paper("Report from: A B\n\n4. Risk management\n\nRisk\tDescription\tMitigation\tLikelihood\nFlood\tRiver rises\tPumps\tHigh\nFire\tDry summer\n")
        #expect(paper.risks.count == 2)
        #expect(paper.risks[0].likelihood == "High" && paper.risks[0].mitigation == "Pumps")
        #expect(paper.risks[1].risk == "Fire" && paper.risks[1].mitigation == nil)
        #expect(paper.risks[0].cells == ["Risk": "Flood", "Description": "River rises", "Mitigation": "Pumps", "Likelihood": "High"])
        #expect(paper.diagnostics.contains { $0.code == .raggedRow })
    }

    @Test func listsOnlyTheAppendicesAChecklistMarksYes() throws {
        let paper = try paper("""
            TITLE: Parking

            APPENDICES

            Appendix A – Further background on the proposal          YES

            Appendix B – Equality Impact Assessment (EqIA)           YES

            Appendix C – Exempt Information                          NO
            """)
        #expect(paper.appendices.map(\.label) == ["Appendix A", "Appendix B"])
        #expect(paper.appendices.map(\.title) == ["Further background on the proposal", "Equality Impact Assessment (EqIA)"])
    }

    @Test func joinsWrappedBackgroundPaperURLsAndReadsNoneAsEmpty() throws {
        let listed = try paper("""
            From: A B

            10.   Background Documents

            10.1  Commissioning Plan 2024-28
                  https://www.example.gov.uk/education-and-children/education-
                  provision/plan
            """)
        #expect(listed.backgroundPapers.map(\.title) == ["Commissioning Plan 2024-28"])
        #expect(listed.backgroundPapers.map(\.url) == ["https://www.example.gov.uk/education-and-children/education-provision/plan"])
        let none = try paper("From: A B\n\nBackground papers\n\nNone\n")
        #expect(none.backgroundPapers.isEmpty)
    }

    @Test func aPaperWithoutRecordsGivesEmptyLists() throws {
        let paper = try paper("From: A B\n\n1. Introduction\n\n1.1 This paper only informs.\n")
        #expect(paper.decisions.isEmpty && paper.risks.isEmpty && paper.contacts.isEmpty)
        #expect(paper.appendices.isEmpty && paper.backgroundPapers.isEmpty)
    }
    @Test func readsDecisionsFromMinuteSentencesOnlyWhereMinutesMarkNone() throws {
        let informal = try paper("""
            Minutes of the meeting of Brindle Parish Council held on 3 March 2020

            Present: Councillors A Rowe and B Kemp

            1. Finance
            The accounts were reviewed. It was agreed that the grass cutting contract be renewed. The Clerk agreed to write to the contractor.
            """)
        #expect(informal.decisions.map(\.text) == ["It was agreed that the grass cutting contract be renewed."])
        let formal = try paper("""
            Minutes of the meeting of Brindle Parish Council held on 3 March 2020

            Present: Councillors A Rowe and B Kemp

            1. Finance
            It was agreed that the accounts were correct.

            RESOLVED that the contract be renewed.
            """)
        #expect(formal.decisions.map(\.text) == ["RESOLVED that the contract be renewed."])
    }
}

struct ContactPatternTests {
    @Test(arguments: [
        ("01634 331106", "+441634331106"),
        ("03000 416157", "+443000416157"),
        ("(01634) 331106", "+441634331106"),
        ("+44 (0)1634 331106", "+441634331106"),
        ("Tel: 020 8937 2063", "+442089372063"),
        ("+443000416334", "+443000416334"),
        ("07700 900123", "+447700900123"),
        ("+353 1 234 5678", "+35312345678"),
    ])
    func readsPhoneNumbers(text: String, e164: String) {
        #expect(PhonePattern.all(in: text).first?.e164 == e164)
    }

    @Test(arguments: ["2024-25", "£1,234", "0.5", "page 12 of 40", "1,450 trees"])
    func rejectsNumbersThatAreNotPhones(text: String) {
        #expect(PhonePattern.all(in: text).isEmpty)
    }

    @Test func readsEmailAddressesInLowerCase() {
        #expect(EmailPattern.all(in: "Contact Sue.Brunton-Reed@Medway.gov.uk.").map(\.address) == ["sue.brunton-reed@medway.gov.uk"])
        #expect(EmailPattern.all(in: "no address @ here").isEmpty)
    }

    @Test func readsAttendanceLists() {
        let entries = AttendanceListPattern.entries(in: "Mr R W Gough (Chairman), Sir Paul Carter, CBE, McKay (Acting Chief Accountant) and Ms J Meade")
        #expect(entries.map(\.name) == ["R W Gough", "Paul Carter", "McKay", "J Meade"])
        #expect(entries.map(\.title) == ["Chairman", nil, "Acting Chief Accountant", nil])
    }

}
