import DocketExtract
import DocketModel
import DocketReaders
import Testing

/// Small papers written inline, each testing one segmentation rule.
struct SegmenterTests {
    private func segment(_ text: String, path: String = "paper.txt") throws -> Paper {
        Segmenter().segment(Normalizer().normalize(try TextReader().read(bytes: Array(text.utf8), path: path))).paper
    }

    private func outline(_ paper: Paper) -> [String] {
        paper.allSections.map { "\($0.number ?? "-")|\($0.heading ?? "")" }
    }

    @Test func readsLabelledFrontMatter() throws {
        let paper = try segment("""
            CABINET

            15 DECEMBER 2015

            A REVIEW OF BUS SERVICES

            Portfolio Holder: Councillor Jo Reed, Transport

            Report from: Ann Lee, Director of Place

            Summary

            This report reviews bus services.
            """)
        #expect(paper.title == "A REVIEW OF BUS SERVICES")
        #expect(paper.meeting == Meeting(body: "Cabinet", date: "2015-12-15"))
        #expect(paper.docType == .report)
        #expect(paper.people.map(\.name) == ["Jo Reed", "Ann Lee"])
        #expect(paper.people.first?.portfolio == "Transport")
        #expect(paper.people.first?.honorific == "Councillor")
        #expect(paper.summary == "This report reviews bus services.")
    }

    @Test func nestsParagraphsUnderTheirNumberedHeadings() throws {
        let paper = try segment("Report from: A B\n\n1. Background\n\n1.1 First point here.\n\n1.2 Second point here.\n\n2. Options\n\n2.1 Option one.\n")
        #expect(outline(paper) == ["1|Background", "1.1|", "1.2|", "2|Options", "2.1|"])
        #expect(paper.sections.map { $0.children.count } == [2, 1])
        #expect(paper.sections[0].kind == .background)
        #expect(paper.sections[0].children[0].text == "First point here.")
    }

    @Test func isNotFooledByNumbersInProse() throws {
        let paper = try segment("""
            Report from: A B

            1. Background

            1.1 A review found that
            3.5 per cent of visits happen late, and
            2015 was the last change; see paragraph 3.2 and
            100 children were counted.

            1.2 Next point.
            """)
        #expect(outline(paper) == ["1|Background", "1.1|", "1.2|"])
        #expect(paper.sections[0].children[0].text.contains("3.5 per cent"))
    }

    @Test func keepsANumberingSlipWhereItIsPrintedWithADiagnostic() throws {
        let paper = try segment("From: A B\n\n8. Conclusion\n\n8.1 Fine.\n\n9. Recommendation(s)\n\n8.1 Cabinet is asked to agree the plan.\n")
        #expect(outline(paper) == ["8|Conclusion", "8.1|", "9|Recommendation(s)", "8.1|"])
        #expect(paper.sections[1].children.first?.text == "Cabinet is asked to agree the plan.")
        #expect(paper.diagnostics.contains { $0.code == .numberingSlip })
    }

    @Test func keepsNumberingThatRestartsUnderEachSubHeading() throws {
        let paper = try segment("TITLE: Trees\n\nBackground:\n\n1. One.\n2. Two.\n\nChallenges:\n\n1. Three.\n2. Four.\n")
        #expect(outline(paper) == ["-|Background", "1|", "2|", "-|Challenges", "1|", "2|"])
        #expect(paper.sections.map { $0.children.count } == [2, 2])
    }

    @Test func readsMinuteNumbersAndJoinsWrappedHeadings() throws {
        let paper = try segment("""
            CABINET

            MINUTES of a meeting of the Cabinet held on 4 May 2025.

            PRESENT: Mr A Jones (Chairman)

            12.   Declarations of Interests in items on
                  the agenda
                  (Item 2)

                  There were none.

            13.   Budget
                  (Item 3)
                  RESOLVED that the budget be approved.
            """)
        #expect(paper.docType == .minutes)
        #expect(outline(paper) == ["12|Declarations of Interests in items on the agenda", "13|Budget"])
        #expect(paper.sections.map(\.kind) == [.minuteItem, .minuteItem])
        #expect(paper.sections[1].text == "RESOLVED that the budget be approved.")
    }

    @Test func readsLetteredItemsAsSiblingsWhateverTheirDepth() throws {
        let paper = try segment("""
            Decision Recording Form

            (a) Subject: Parking charges

            (d) Decision taken

            1. Residents Parking
               a. Approve the increase.
               b. Approve the alignment.

            (e) Exempt Information?

            Open
            """)
        #expect(outline(paper) == ["(a)|Subject", "(d)|Decision taken", "1|Residents Parking", "a|", "b|", "(e)|Exempt Information?"])
        #expect(paper.sections.count == 3)
    }

    @Test func keepsMultiPartLabelsWithoutAPrintedParentAsSiblings() throws {
        let paper = try segment("Report title\n\n1.1 First point.\n\n1.2 Second point.\n\n1.3 Third point.\n\n2.1 Fourth point.\n")
        #expect(outline(paper) == ["1.1|", "1.2|", "1.3|", "2.1|"])
        #expect(paper.sections.count == 4)
    }

    @Test func keepsMinuteNumbersAsPrintedAndAtOneLevel() throws {
        let paper = try segment("""
            Minutes of the Parish Council

            18.05.1 Election of Chair

            All agreed.

            18.05.2 Apologies

            None.

            18.05.10 Finance

            Payments

            The payments were approved.

            18.05.11 Correspondence

            None.
            """)
        #expect(paper.allSections.compactMap(\.number) == ["18.05.1", "18.05.2", "18.05.10", "18.05.11"])
        let top = paper.sections.compactMap(\.number)
        #expect(top == ["18.05.1", "18.05.2", "18.05.10", "18.05.11"], "minute numbers nest: \(outline(paper))")
    }

    @Test func nestsAContinuedLabelUnderItsPrintedParentPastADeeperOne() throws {
        let paper = try segment("Report from: A B\n\n1. Background\n\n1.1 The first point.\n\n1.1.1 A detail of it.\n\n1.2 The second point.\n\n2.1 This continues no printed label.\n")
        #expect(paper.sections.map { $0.number ?? "-" } == ["1", "2.1"])
        #expect(paper.sections[0].children.map { $0.number ?? "-" } == ["1.1", "1.2"])
        #expect(!paper.diagnostics.contains { $0.code == .numberingSlip })
    }

    @Test func readsParishMinuteItemsWithTheirTitlesOverTheirText() throws {
        let paper = try segment("""
            Ashby Fold Parish Council - Annual Meeting 4th June 2019

            Present
            Councillors A Rowe (Chair), B Kemp and C Lund

            19.06.1 Election of Chair
            All Councillors agreed that Councillor Rowe be elected Chair.
            19.06.2 Apologies
            None received.
            19.06.3 The clerk reported that the hedge was cut
            in May and the bill was paid.
            """)
        #expect(paper.docType == .minutes)
        #expect(paper.meeting.body == "Ashby Fold Parish Council")
        #expect(outline(paper).filter { !$0.hasPrefix("-") } == ["19.06.1|Election of Chair", "19.06.2|Apologies", "19.06.3|"])
    }

    @Test func splitsATitleInCapitalsFromTheTextItRunsInto() throws {
        let paper = try segment("""
            Minutes of the meeting of Brindle Parish Council held on 3 March 2020

            1. PUBLIC FORUM Mr Hale asked about the footpath.

            2. ACCEPTANCE OF APOLOGIES There were none.

            3. NCC has written about the verges.
            """)
        #expect(outline(paper) == ["1|PUBLIC FORUM", "2|ACCEPTANCE OF APOLOGIES", "3|"])
        #expect(paper.sections[0].text == "Mr Hale asked about the footpath.")
        #expect(paper.meeting.body == "Brindle Parish Council")
    }

    @Test func cutsTheBodyToItsNameAndKnowsAnAgenda() throws {
        let minutes = try segment("A regular meeting of the Township of Elmvale Council was held on May 3, 2022.\n\n1. Call to Order\n\nThe meeting opened.\n")
        #expect(minutes.meeting.body == "Township of Elmvale Council")
        let agenda = try segment("ADJOURNED REGULAR ELMVALE CITY COUNCIL MEETING AGENDA\n\nMay 3, 2022\n\n1. Call to Order\n\n2. Roll Call\n")
        #expect(agenda.docType == .agenda)
        #expect(agenda.meeting.body == "Elmvale City Council")
    }
}
