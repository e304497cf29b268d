import Docket
@testable import DocketExtract
import DocketModel
import DocketReaders
import Testing

/// How numbered items print their titles, on small papers of our own: a theme's title before a
/// dash, an item run into the paragraph of the item before it, a long title in capitals over a
/// page break, an item's title in title case ending in a colon, and a table row that only looks
/// like an item.
struct ItemTitleTests {
    private func headings(_ paper: Paper) -> [String] {
        paper.allSections.compactMap { section in section.heading.map { "\(section.number ?? "-")|\($0)" } }
    }

    @Test(arguments: [
        ("Economy and skills – the scheme will help tackle congestion in the city", "Economy and skills"),
        ("Children and young people - improved access to transport will help every child", "Children and young people"),
        ("The scheme – which the Board approved in 2019 – will be reviewed next year", nil),
        ("Option 2 - do nothing and keep the current charges", nil),
        ("Harbour Wall - Repair Options", nil),
    ])
    func aThemesTitleEndsAtItsDash(text: String, title: String?) {
        #expect(LineClassifier.dashTitleRunIn(text)?.0 == title)
    }

    @Test func numberedThemesAreHeadingsButTheLetteredPartsOfASentenceAreNot() throws {
        let paper = try TextPaper.extracted("""
            Subject: Harbour Parking Levy Update

            Corporate Strategy alignment:

            1. Children and young people - improved access to the harbour buses will help every child get to school.
            2. Economy and skills – the levy will help tackle congestion, which holds back the harbour's trade.

            Soundness

            The Inspector found the plan sound, that is, one that is:

            a) Positively prepared – provides a strategy which meets the harbour's assessed needs; and
            b) Justified – an appropriate strategy, taking into account the reasonable alternatives.
            """)
        let found = headings(paper)
        #expect(found.contains("1|Children and young people"))
        #expect(found.contains("2|Economy and skills"))
        #expect(!found.contains { $0.hasPrefix("a|") || $0.hasPrefix("b|") })
    }

    @Test func anItemRunIntoTheParagraphBeforeIsAnItemOfItsOwn() throws {
        let text = """
            MINUTES OF THE HARBOUR PARISH COUNCIL MEETING HELD ON 3 MARCH 2026

            12. SCHOOL PARKING Quotes for the mesh were circulated and discussed. All agreed. 13. PLAY AREA INSPECTIONS – Cllr Reed has met one repair company. Costs will be discussed in April. 14. RISK ASSESSMENT REPORT – J Marsh to look at the benches on the green.

            15. CORRESPONDENCE None received.
            """
        let paper = try TextPaper.extracted(text)
        let found = headings(paper)
        #expect(found.contains("13|PLAY AREA INSPECTIONS"))
        #expect(found.contains("14|RISK ASSESSMENT REPORT"))
        let item = try #require(paper.allSections.first { $0.number == "13" })
        #expect(item.text.hasPrefix("Cllr Reed has met one repair company."))
        #expect(paper.allSections.first { $0.number == "12" }?.text.hasSuffix("All agreed.") == true)
        // The item's span is its own bytes of the normalized text.
        let layout = Normalizer().normalize(try TextReader().read(bytes: Array(text.utf8), path: "paper.txt"))
        let bytes = Array(layout.text.utf8)
        #expect(String(decoding: bytes[item.span.start..<min(item.span.start + 3, bytes.count)], as: UTF8.self) == "13.")
    }

    @Test func aNumberInsideASentenceStaysInIt() {
        let units = RunOnItems.split([unit("12. HARBOUR WALL The Board agreed to spend 13. PLAY AREA money on it.")])
        #expect(units.count == 1)
        let none = RunOnItems.split([unit("12. HARBOUR WALL All agreed. 14. PLAY AREA INSPECTIONS were done.")])
        #expect(none.count == 1)  // 14 does not follow 12
    }

    private func unit(_ text: String) -> Unit {
        Unit(line: Line(text: text, indent: 0, span: Span(page: 1, line: 1, start: 0, end: text.utf8.count)), table: nil,
             startsBlock: true, blockKind: .paragraph, pageMargin: 0)
    }

    @Test func aLongTitleInCapitalsRunsOverAPageBreak() throws {
        let paper = try TextPaper.extracted("""
            HARBOUR PLANNING COMMISSION AGENDA
            Tuesday, December 13, 2022

            C. PUBLIC HEARINGS

            C-1 CONSIDERATION OF A RESOLUTION OF THE PLANNING COMMISSION OF THE
                CITY OF HARBOURTON, APPROVING TENTATIVE PARCEL MAP NO. 83479, A
            \u{0C}
                REQUEST TO SUBDIVIDE A PARCEL INTO THREE (3) UNITS AT 15 QUAY STREET
                AND ADOPTING A NOTICE OF EXEMPTION REGARDING SAME

                Recommendation: Adopt the resolution.
            """)
        let title = try #require(paper.allSections.first { $0.number == "C-1" }?.heading)
        #expect(title.hasPrefix("CONSIDERATION OF A RESOLUTION"))
        #expect(title.hasSuffix("ADOPTING A NOTICE OF EXEMPTION REGARDING SAME"))
    }

    @Test func aTitleCaseItemEndingInAColonIsATitleButALeadInIsNot() throws {
        let paper = try TextPaper.extracted("""
            MINUTES OF THE HARBOUR PARISH COUNCIL MEETING HELD ON 3 MARCH 2026

            5. Declaration of Interest: None.

            6. To Receive from the Public Any Information or Reports to be considered for this meeting Agenda:

            No matters were raised.

            7. In March the Harbour Committee made the following delegation to the Clerk and the Chair:

            The Clerk may spend up to £500 on urgent repairs.
            """)
        let found = headings(paper)
        #expect(found.contains("6|To Receive from the Public Any Information or Reports to be considered for this meeting Agenda"))
        #expect(!found.contains { $0.hasPrefix("7|") })
    }

    @Test func aRowOfCellsIsNoItemTitleOutsideAnAgenda() throws {
        let paper = try TextPaper.extracted("""
            MINUTES OF THE HARBOUR COMMITTEE MEETING HELD ON 3 MARCH 2026

            4. Public Forum

            The Committee received the following statements:

            11   Jo Marsh                         Quay Liveable Neighbourhood
            12   Tom Marsh                        Harbour Business District
                                                  Consultation Response Summary
            13   Ann Reed                         Quay parking charges

            5. Harbour Wall

            The Committee noted the report.
            """)
        let found = headings(paper)
        #expect(found.contains("4|Public Forum") && found.contains("5|Harbour Wall"))
        #expect(!found.contains { $0.hasPrefix("11|") || $0.hasPrefix("12|") || $0.hasPrefix("13|") })
    }

    @Test func aCodeCitedBehindABulletIsNoNumberOfThePaper() throws {
        let paper = try TextPaper.extracted("""
            Subject: Harbour Food Hub Business Case

            1. Purpose

            This report seeks approval of the business case for the harbour food hub.

            2. Outcomes

            The hub supports delivery of the following outcomes in the Growth Strategy Outcomes Framework:

            - 6.1.2. Increase engagement in activities and education for children and families.
            - 5.2.1 Reduction in direct carbon emissions from industry and commercial operations.
            - 2.1 The hub opens in the spring and serves every harbour ward.
            """)
        let numbers = paper.allSections.compactMap(\.number)
        #expect(numbers.contains("2.1"))
        #expect(!numbers.contains("6.1.2") && !numbers.contains("5.2.1"))
        #expect(!paper.diagnostics.contains { $0.code == .numberingSlip })
    }
}
