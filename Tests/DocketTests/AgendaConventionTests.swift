import Docket
@testable import DocketExtract
import DocketModel
import Testing

/// How agendas print their items and recommended actions, on small agendas of our own written
/// the way US city and commission agendas are: an item's title run into the sentence that
/// describes it, a recommended action labelled under each item, a consent calendar headed by
/// its notice, and an "AGENDA" heading that stands below the meeting's notices.
struct AgendaConventionTests {
    private func outline(_ paper: Paper) -> [String] {
        paper.allSections.filter { $0.heading != nil }.map { "\($0.number ?? "-")|\($0.heading!)" }
    }

    @Test(arguments: [
        ("Aquatic Program Annual Report Report on annual Aquatic Section operations and programming.", "Aquatic Program Annual Report"),
        ("City Council Agenda Items Update Recent or upcoming City Council items pertaining to the department.",
         "City Council Agenda Items Update"),
        ("Harbour Wall Repair Contract The Board will receive a report on the tenders received.", "Harbour Wall Repair Contract"),
        ("CONSIDERATION OF MINUTES - Consideration of Minutes of the Planning Commission regular meeting of October 27, 2022.",
         "CONSIDERATION OF MINUTES"),
        ("Finance - K & A Thompson - Larch for seat repairs £48.00", "Finance"),
    ])
    func anItemsTitleEndsWhereItsDescriptionBegins(text: String, title: String) {
        #expect(LineClassifier.titleBeforeDescription(text) == title)
    }

    @Test(arguments: [
        "Presentation in Response to Board Resolution regarding Electrical Vehicle Infrastructure Planning",
        "Direct the City Clerk to notify the appropriate agencies of the updated assignments",
        "24/00108 - Revenue and Capital Budget Monitoring Report – November 2024-25",
        "Resolution: Adopt the minutes of the meeting held January 16, 2023.",
        "Park Patrol Report for August and September provided by the Police Department.",
    ])
    func aTitleThatRunsOnIsNotCut(text: String) {
        #expect(LineClassifier.titleBeforeDescription(text) == nil)
    }

    @Test func anAgendaHeadedBelowItsNoticesIsAnAgendaAndItsRecommendationsAreDecisions() throws {
        let notice = (1...22).map { "The Board meets in public and its papers are available at the Department's office, line \($0)." }
        let paper = try TextPaper.extracted("""
            HARBOUR AND BEACHES BOARD

            NOVEMBER 10, 2022

            \(notice.joined(separator: "\n"))

            AGENDA

            CONSENT CALENDAR - All matters listed under the Consent Calendar are considered routine and may be enacted by one motion.

            1. Approval of Minutes   Approval of the October 13, 2022 Minutes.

               Recommendation: Approve minutes as submitted.

            2. Beach Hut Annual Report Report on the beach hut lettings for the year.

               Recommendation: Note and file.

            3. Harbour Dredging Contract The Board will receive a report on the tenders received.

               Recommendation: (a) Award the dredging contract to the lowest tenderer;
               (b) Authorise the Director to sign the contract.
            """)
        #expect(paper.docType == .agenda)
        #expect(outline(paper) == ["-|AGENDA", "-|CONSENT CALENDAR", "1|Approval of Minutes", "2|Beach Hut Annual Report",
                                   "3|Harbour Dredging Contract"])
        #expect(paper.decisions.map(\.text) == ["Approve minutes as submitted.", "Note and file.",
                                                "Award the dredging contract to the lowest tenderer;", "Authorise the Director to sign the contract."])
        #expect(paper.decisions.map(\.number) == ["1", "2", "(a)", "(b)"])
    }

    @Test func aRunningFooterIsFurnitureWhateverTheWidthOfItsPageNumber() {
        func page(_ number: Int) -> Page {
            let subjects = ["the harbour wall", "the ferry times", "the parking levy", "the beach huts", "the lifeboat station", "the pier",
                            "the market", "the library", "the museum", "the park", "the allotments", "the cemetery", "the bus station"]
            let body = (1...6).map { line in
                Line(text: "The Board will consider \(subjects[(number + line) % subjects.count]) and \(subjects[(number * line) % subjects.count]).",
                     indent: 0, span: Span(page: number, line: number * 20 + line, start: 0, end: 0))
            }
            let footer = Line(text: "City of Port Ellen" + String(repeating: " ", count: 30) + "Page \(number)" + String(repeating: " ", count: 30)
                              + "Printed on 1/5/2021", indent: 0, span: Span(page: number, line: number * 20 + 9, start: 0, end: 0))
            return Page(number: number, blocks: [Block(kind: .paragraph, lines: body), Block(kind: .paragraph, lines: [footer])])
        }
        let layout = Layout(source: SourceInfo(path: "p.pdf", format: .pdf, sha256: String(repeating: "0", count: 64), bytes: 1,
                                               encoding: "utf-8", pages: 12), pages: (1...12).map(page))
        let texts = Normalizer().normalize(layout).pages.flatMap(\.blocks).flatMap(\.lines).map(\.text)
        #expect(!texts.contains { $0.hasPrefix("City of Port Ellen") })
        #expect(texts.count == 72)
    }

    @Test func aListedRecommendationGivesEachItemAndALeadInGivesItsItems() throws {
        let paper = try TextPaper.extracted("""
            CITY COUNCIL AGENDA AND NOTICE      VIDEO CONFERENCE WITH NO PHYSICAL LOCATION

            4.2      Harbour Wall Replacement, Design, Project 18-38--Approve Schematic Design
                     Recommendation(s): 1. Approve the schematic design for the harbour wall.

                                        2. Appropriate $1,600,000 from the Harbour Fund to the project.

            4.3      21-063        Beach Safety Ordinance.
                     Recommendation:      (a) Adopt an urgency ordinance that:
                                          (1) Closes the beach at night;
                                          (2) Sets forth the facts constituting the urgency.
                                          (b) Approve an ordinance that extends the closure.
            """)
        #expect(paper.docType == .agenda)
        #expect(paper.allSections.filter { $0.number != nil && $0.heading != nil }.map(\.number) == ["4.2", "4.3"])
        #expect(paper.decisions.map(\.text) == [
            "Approve the schematic design for the harbour wall.", "Appropriate $1,600,000 from the Harbour Fund to the project.",
            "Closes the beach at night;", "Sets forth the facts constituting the urgency.", "Approve an ordinance that extends the closure.",
        ])
        #expect(paper.decisions[2].decisionMaker == nil || paper.decisions[2].text.hasPrefix("Closes"))
    }

    @Test(arguments: [("3.7        21-063        Beach Safety Ordinance.", "3.7"), ("88. 24/00108 - Budget Monitoring Report", "88")])
    func aFileNumberAfterAnItemsNumberIsPartOfItsTitle(line: String, printed: String) throws {
        let match = try #require(SectionLabelPattern.match(line))
        #expect(match.label.printed == printed)
    }

    @Test(arguments: [
        ("Please note: the meeting will be recorded", true),
        ("Questions should be addressed to the Chair in writing before the meeting", true),
        ("Members may wish to declare an interest in any item on this agenda", true),
        ("How can residents take part in the consultation on the new plan", false),
        ("Minutes of the previous meeting to be approved and signed", false),
        ("Matters Arising", false),
    ])
    func anInstructionOrASentenceAfterANumberIsNoTitle(text: String, isSentence: Bool) {
        #expect(LineClassifier.isNoItemTitle(text) == isSentence)
    }

    @Test func aNumberedNoticeAboveTheItemsIsTextNotAHeading() throws {
        let paper = try TextPaper.extracted("""
            HARBOUR BOARD AGENDA
            Tuesday 3 March 2026 at 7.00 pm

            1. Apologies for absence
            2. Minutes of the previous meeting
            3. Questions should be addressed to the Chair in writing two days before the meeting.
            4. Harbour Wall Repairs
            """)
        #expect(outline(paper) == ["1|Apologies for absence", "2|Minutes of the previous meeting", "4|Harbour Wall Repairs"])
        #expect(paper.allSections.contains { $0.number == "3" && $0.text.contains("addressed to the Chair") })
    }

    @Test func aLabelFollowingTheOneBeforeIsALabelWhereverTheSentenceStands() {
        let two = SectionLabelPattern.match("(4) Sets forth the facts")!.label
        let three = SectionLabelPattern.match("(3) Makes technical changes")!.label
        #expect(LineClassifier.follows(two, after: three))
        #expect(!LineClassifier.follows(three, after: two))
    }

    @Test func attachmentsListedUnderAHeadingOrAfterALabelAreTheReportsAppendices() throws {
        let paper = try TextPaper.extracted("""
            CITY COUNCIL STAFF REPORT
            MEETING DATE: May 6, 2020

            ADOPT THE HARBOUR INVESTMENT POLICY

            RECOMMENDATION(S)
            Adopt the revised harbour investment policy.

            LINKS/ATTACHMENTS:
            1. Resolution - Investment Policy 2020
            2. Exhibit A: Investment Policy - redline version 2020
            """)
        #expect(paper.docType == .report)
        #expect(paper.appendices.map(\.label) == ["Attachment 1", "Attachment 2"])
        #expect(paper.appendices.first?.title == "Resolution - Investment Policy 2020")
        let closing = try TextPaper.extracted("""
            Subject: Harbour School Funding

            RECOMMENDATION
            Commit the harbour benefit fund to the school district.

            Attachments: 1.     May 5, 2020 City Council Report
                         2.     October 7, 2020 School District Letter
            """)
        #expect(closing.appendices.map(\.label) == ["Attachment 1", "Attachment 2"])
        #expect(closing.appendices.last?.title == "October 7, 2020 School District Letter")
    }

    @Test func theSameShortRecommendationUnderEachItemIsADecisionOfEach() throws {
        let paper = try TextPaper.extracted("""
            HARBOUR BOARD
            AGENDA

            A. SCHEDULE OF INVESTMENTS REPORT OF OCTOBER 2022
               Recommendation: Receive and file.
               Attachments: Staff Report

            B. REVENUE AND EXPENDITURE REPORT OF OCTOBER 2022
               Recommendation: Receive and file.
               Attachments: Staff Report
            """)
        #expect(paper.decisions.map(\.text) == ["Receive and file.", "Receive and file."])
        #expect(paper.appendices.isEmpty)
    }

    @Test func aDraftResolutionsFooterGivesItsMeetingAndContactAndItsSignaturesArePeople() throws {
        let footer = ["Council Agenda: 08-31-2021", "DRAFT--Contact the Office of the City Clerk at (408) 555-1260 or Clerk@harbour.example.gov for final",
                      "document."]
        let body = [
            ["RESOLUTION NO. ______", "", "A RESOLUTION OF THE COUNCIL OF THE CITY OF PORT ELLEN APPROVING THE HARBOUR LEASE", "",
             "WHEREAS, the City owns the harbour and leases its berths to the Harbour Authority; and", "",
             "NOW, THEREFORE, BE IT RESOLVED BY THE COUNCIL OF THE CITY OF PORT ELLEN THAT:", "",
             "SECTION 1. The City Council hereby approves the harbour lease with the Harbour Authority."],
            ["SECTION 2. The City Manager is authorized to execute the lease on behalf of the City.", "",
             "ADOPTED this ___ day of ___________, 2021, by the following vote:", "", "AYES:", "", "NOES:", "",
             "                                    ANN QUAY", "                                    Mayor", "ATTEST:", "", "TOBY J. TIDE, CMC",
             "City Clerk"],
        ]
        let text = body.map { ($0 + ["", ""] + footer).joined(separator: "\n") }.joined(separator: "\n\u{0C}")
        let paper = try Extraction(pipeline: .standard).paper(pdftotextOutput: text, source: DocumentSource(filePath: "resolution.pdf"))
        #expect(paper.docType == .decisionRecord)
        #expect(paper.meeting.date == "2021-08-31")
        #expect(paper.contacts.contains { $0.phones.map(\.e164) == ["+14085551260"] && $0.emails == ["clerk@harbour.example.gov"] })
        #expect(paper.people.map { "\($0.role.rawValue): \($0.name)" } == ["signatory: Ann Quay", "attest: Toby J. Tide"])
    }
}

