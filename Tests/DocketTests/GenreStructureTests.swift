import Docket
@testable import DocketExtract
import DocketModel
@testable import DocketReaders
import Testing

/// The structure rules written for the genre rather than for one council (issue "Every
/// council's papers, part 1"), each on small papers of our own modelled on the conventions.
struct GenreStructureTests {
    private func paper(_ text: String, path: String = "paper.txt") throws -> Paper {
        try TextPaper.extracted(text, path: path)
    }

    private func outline(_ paper: Paper) -> [String] {
        paper.allSections.filter { $0.heading != nil }.map { "\($0.number ?? "-")|\($0.heading!)" }
    }

    // MARK: Labels

    @Test(arguments: [
        ("124/17 Apologies and Welcome There were none.", "124/17"),
        ("19/045 Planning Applications", "19/045"),
        ("R2023-069 D. Yemm, T. Butler:", "R2023-069"),
        ("A-1 READ AND APPROVE THE MINUTES", "A-1"),
        ("C-12 CONSIDERATION OF A RESOLUTION", "C-12"),
    ])
    func itemCodesAreLabels(line: String, printed: String) throws {
        let match = try #require(SectionLabelPattern.match(line))
        #expect(match.label.style == .code)
        #expect(match.label.printed == printed)
    }

    @Test(arguments: [
        ("Item 5 Public Forum", "5"), ("ITEM 2: CALIFORNIA TERRACES", "2"), ("Agenda Item 3. Finance", "3"),
        ("SECTION 1. The City Council hereby approves", "1"),
    ])
    func theWordItemBeforeANumberIsPartOfTheLabel(line: String, printed: String) throws {
        let match = try #require(SectionLabelPattern.match(line))
        #expect(match.label.style == .decimal)
        #expect(match.label.printed == printed)
    }

    @Test(arguments: ["2025/26 budget was set", "2025/26 Capital Programme", "65/100 Dollars ($182,601.65)", "12/05/2018 Meeting",
                      "264-20-086 parcel", "Section 34 (12) of the Planning Act", "A4 Portway Corridor"])
    func whatOnlyLooksLikeACodeIsNoLabel(line: String) {
        #expect(SectionLabelPattern.match(line)?.label.style != .code)
        if line.hasPrefix("Section") { #expect(SectionLabelPattern.match(line) == nil) }
    }

    @Test func itemCodesAreSiblingsAndHoldWhatFollowsThem() throws {
        let paper = try paper("""
            MINUTES

            Present: Cllr A Bell (Chair), Cllr C Dean

            101/24 Apologies and Declarations There were none.

            102/24 Planning
            a) Applications received: none.
            b) Decisions notified: one approval.

            103/24 Date of Next Meeting Tuesday 4 June 2024.
            """)
        #expect(paper.sections.map(\.number) == ["101/24", "102/24", "103/24"])
        #expect(paper.sections[1].children.map(\.number) == ["a", "b"])
        #expect(outline(paper).filter { $0.contains("/24") } == ["101/24|Apologies and Declarations", "102/24|Planning", "103/24|Date of Next Meeting"])
    }

    // MARK: Run-in titles

    @Test(arguments: [
        ("Apologies and Welcome There were apologies from Cllr Hale.", "Apologies and Welcome"),
        ("Minutes of the Meeting dated 6 May 2024 The minutes were approved.", "Minutes of the Meeting dated 6 May 2024"),
        ("Update on the Website - The Clerk reported progress.", "Update on the Website"),
        ("Village Hall Car Park Cllr Amos raised the drainage.", "Village Hall Car Park"),
        ("Planning a) Applications for comment: none.", "Planning"),
    ])
    func aTitleCaseTitleRunIntoItsTextIsTheHeading(text: String, heading: String) throws {
        let (title, _) = try #require(LineClassifier.titleCaseRunIn(text))
        #expect(title == heading)
    }

    @Test(arguments: ["Noted the membership of the Committee for 2024.", "The Committee agreed the report.", "Council tax for 2024 is set."])
    func aSentenceIsNoRunInTitle(text: String) {
        #expect(LineClassifier.titleCaseRunIn(text) == nil)
    }

    // MARK: Agendas

    @Test func anAgendaItemsWholeShortTitleIsItsHeading() throws {
        let paper = try paper("""
            *** AGENDA ***
            Tuesday, 4 June 2024

            1. Disclosure of pecuniary interest.

            2. Resolution: Adopt the minutes of the meeting held May 21, 2024.

            3. By-Law: Appoint a By-Law Enforcement Officer for the
               Township.

            4. Any member of the public can submit written questions in advance.
            """)
        #expect(paper.docType == .agenda)
        #expect(outline(paper) == ["1|Disclosure of pecuniary interest", "2|Resolution: Adopt the minutes of the meeting held May 21, 2024",
                                   "3|By-Law: Appoint a By-Law Enforcement Officer for the Township"])
    }

    // MARK: Typography

    @Test func aBoldLineInTheBodyIsAHeadingAndABoldLabelRunsIn() throws {
        func line(_ text: String, _ number: Int, bold: Bool = false, lead: Int = 0) -> Line {
            Line(text: text, indent: 0, span: Span(page: 1, line: number, start: 0, end: 0),
                 style: LineStyle(bold: bold, boldLead: bold ? text.filter { !$0.isWhitespace }.count : lead, relativeSize: 1))
        }
        let blocks = [
            Block(kind: .paragraph, lines: [line("Subject: Harbour Works", 1)]),
            Block(kind: .paragraph, lines: [line("1. Background", 3, bold: true)]),
            Block(kind: .paragraph, lines: [line("The harbour wall needs repair.", 5)]),
            Block(kind: .paragraph, lines: [line("Funding Options", 7, bold: true)]),
            Block(kind: .paragraph, lines: [line("Two options are open.", 9)]),
            Block(kind: .paragraph, lines: [line("Carried", 11, bold: true)]),
            Block(kind: .paragraph, lines: [line("Timetable: Works start in May.", 13, lead: 9)]),
            // Bold sets lines apart only where most lines are plain.
            Block(kind: .paragraph, lines: (15...19).map { line("Plain text of the report, line \($0).", $0) }),
        ]
        let layout = Layout(source: SourceInfo(path: "p.pdf", format: .pdf, sha256: String(repeating: "0", count: 64), bytes: 1, encoding: "utf-8", pages: 1),
                            pages: [Page(number: 1, blocks: blocks)])
        let paper = Segmenter().segment(Normalizer().normalize(layout)).paper
        #expect(outline(paper) == ["1|Background", "-|Funding Options", "-|Timetable"])
    }

    @Test func htmlRecordsBoldPerLine() throws {
        let html = "<html><body><p><strong>Funding Options</strong></p><p><b>Present:</b> Cllr A Bell</p><p>Plain text.</p></body></html>"
        let layout = try HTMLReader().read(bytes: Array(html.utf8), path: "p.html")
        let styles = layout.blocks.flatMap(\.lines).map { ($0.text, $0.style.bold, $0.style.boldLead) }
        #expect(styles.map(\.0) == ["Funding Options", "Present: Cllr A Bell", "Plain text."])
        #expect(styles.map(\.1) == [true, false, false])
        #expect(styles[1].2 == 8)
    }

    @Test func pdftohtmlRunsAreLaidOntoTheLayoutLines() {
        let xml = """
            <pdf2xml>
            <page number="1" position="absolute" top="0" left="0" height="1188" width="918">
            \t<fontspec id="0" size="18" family="A" color="#000000"/>
            \t<fontspec id="1" size="12" family="A" color="#000000"/>
            <text top="90" left="54" width="86" height="22" font="1">Plain body text that runs on</text>
            <text top="40" left="54" width="86" height="28" font="0"><b>Report Title</b></text>
            <text top="120" left="54" width="60" height="22" font="1"><b>Present:</b></text>
            <text top="121" left="140" width="300" height="22" font="1"> Cllr A Bell &amp; Cllr C Dean</text>
            </page>
            </pdf2xml>
            """
        let pages = PDFTypography.parse(xml)
        #expect(pages.count == 1)
        let lines = ["Report Title", "Plain body text that runs on", "Present:   Cllr A Bell & Cllr C Dean"].enumerated().map { index, text in
            Line(text: text, indent: 0, span: Span(page: 1, line: index + 1, start: 0, end: 0))
        }
        let styled = PDFTypography.apply(pages, to: [Page(number: 1, blocks: [Block(kind: .paragraph, lines: lines)])])
        let result = styled[0].blocks[0].lines.map(\.style)
        #expect(result[0].bold && result[0].isLarger)
        #expect(!result[1].bold && result[1].relativeSize == 1)
        #expect(!result[2].bold && result[2].boldLead == 8)
    }

    // MARK: Front matter

    @Test func minutesTakeTheMastheadThatNamesTheMeeting() throws {
        let paper = try paper("""
            The Township of Elmvale
            12 Main Street
            Elmvale ON K0A 1B0
            Telephone 613-555-0142

            MINUTES
            TOWNSHIP OF ELMVALE
            Tuesday, March 5, 2024

            A regular meeting of the Council of the Township of Elmvale was held on Tuesday, March 5, 2024.

            Present: Mayor Ann Tully and Councillors Joe Park and Mia Lund.
            """)
        #expect(paper.docType == .minutes)
        #expect(paper.title == "MINUTES TOWNSHIP OF ELMVALE Tuesday, March 5, 2024")
        #expect(paper.meeting.date == "2024-03-05")
        #expect(paper.people.map(\.name) == ["Ann Tully", "Joe Park", "Mia Lund"])
        #expect(paper.people.first?.role == .chair)
    }

    @Test func fieldsPrintedSideBySideAreTwoFieldsAndTheAgendaDateIsTheMeetings() throws {
        let paper = try paper("""
                                                   COUNCIL AGENDA: 9/14/2021
                                                             ITEM: 4.2

                 TO: HONORABLE MAYOR AND                  FROM: Jane Roe
                     CITY COUNCIL

            SUBJECT: STREET LIGHTING CONTRACT              DATE: August 30, 2021

            RECOMMENDATION

            Approve the street lighting contract with Bright Co.
            """)
        #expect(paper.fields["TO"] == "HONORABLE MAYOR AND CITY COUNCIL")
        #expect(paper.fields["FROM"] == "Jane Roe")
        #expect(paper.meeting == Meeting(body: "City Council", date: "2021-09-14"))
        #expect(paper.title == "STREET LIGHTING CONTRACT")
        #expect(paper.people.map(\.name) == ["Jane Roe"])
        #expect(paper.decisions.map(\.text) == ["Approve the street lighting contract with Bright Co."])
    }

    @Test func markdownFrontMatterNamesThePaperOnlyWhereItIsSilent() throws {
        let withHeading = try paper("---\ntitle: Archive Post 12\ndate: 2020-02-01\n---\n\nMinutes of Elmvale Parish Council held on 14 January 2020\n\nPresent: Cllr A Bell\n", path: "a.md")
        #expect(withHeading.title == "Minutes of Elmvale Parish Council held on 14 January 2020")
        #expect(withHeading.meeting.date == "2020-01-14")
        let silent = try paper("---\ntitle: Elmvale Parish Council Minutes\ndate: 2020-02-01\n---\n\n1. Apologies were received from Cllr Hale.\n", path: "b.md")
        #expect(silent.title == "Elmvale Parish Council Minutes")
        #expect(silent.meeting.date == "2020-02-01")
    }

    @Test(arguments: [("8/24/2021", false, "2021-08-24"), ("3/9/21", true, "2021-03-09"), ("3/9/21", false, "2021-09-03"),
                      ("24/8/2021", false, "2021-08-24")])
    func numericDatesFollowThePapersOrder(text: String, monthFirst: Bool, iso: String) {
        #expect(DatePattern.first(in: text, monthFirst: monthFirst)?.iso == iso)
    }

    @Test func aPaperThatWritesMonthsFirstReadsNumbersSo() {
        #expect(DatePattern.prefersMonthFirst(in: "Meeting of January 30, 2025. Minutes of December 2, 2024 approved."))
        #expect(!DatePattern.prefersMonthFirst(in: "Meeting of 30 January 2025. Minutes of 2 December 2024 approved."))
    }

    @Test(arguments: [("kent county council – record of decision", true), ("resolution no. ______", true),
                      ("a number of officer decision notices have been published since the last meeting. these were", false)])
    func decisionRecordsAreNamedOnShortHeadLines(line: String, expected: Bool) {
        #expect(FrontMatterReader.isDecisionRecordLine(line) == expected)
    }

    // MARK: Furniture

    @Test func aPageCounterIsFurnitureWhereverThePageSetsIt() throws {
        var pages: [String] = []
        for page in 1...4 {
            let counter = "Elmvale Council – Risk Register – Page \(page) of 4"
            // The counter lands mid-page on the odd pages, at the foot on the even ones.
            pages.append(page % 2 == 1
                ? "Heading \(page)\nline a\nline b\n\(counter)\nline c\nline d\nline e\nline f\nline g"
                : "Heading \(page)\nline a\nline b\nline c\nline d\nline e\n\(counter)")
        }
        let layout = Normalizer().normalize(try TextReader().read(bytes: Array(pages.joined(separator: "\u{0C}").utf8), path: "r.txt"))
        #expect(!layout.blocks.flatMap(\.lines).contains { $0.text.contains("Page ") })
    }

    // MARK: Numbers printed apart from their titles

    @Test func itemNumbersPrintedAboveThePageGoToThePagesTitlesInOrder() throws {
        // A PDF's margin column of item numbers, converted to text ahead of each page.
        let paper = try paper("""
            1.1.

            1.2.

            1.3,

            2.1.

            2.2.

            REGULAR CITY COUNCIL MEETING - June 4, 2024
            Minutes

            Call to Order - Mayor Tully called the meeting to order at 6:00 p.m.

            Pledge of Allegiance to the Flag

            Roll Call

            Present: Adler, Baum, Cortez

            CONSENT AGENDA

            A motion was made by Councilmember Baum and seconded by Councilmember Cortez to approve the
            Consent Agenda as read.

            MINUTES OF THE MEETING OF MAY 21, 2024

            SUPPLEMENTAL APPROPRIATION NO. 2024-07 - The Finance Director asked for the
            appropriation of grant funds received.

            June 4, 2024 City Council Minutes Page|1

            2.3.

            3.1.

            BUDGET MODIFICATION NO. 2024-02

            PUBLIC HEARINGS - None

            REGULAR AGENDA

            CONSIDERATION OF A PARKING PLAN FOR THE DOWNTOWN
            """)
        let headings = paper.allSections.map { "\($0.number ?? "-")|\($0.heading ?? "")" }
        #expect(headings == [
            "1.1|Call to Order", "1.2|Pledge of Allegiance to the Flag", "1.3|Roll Call", "-|CONSENT AGENDA",
            "2.1|MINUTES OF THE MEETING OF MAY 21, 2024", "2.2|SUPPLEMENTAL APPROPRIATION NO. 2024-07",
            "2.3|BUDGET MODIFICATION NO. 2024-02", "-|PUBLIC HEARINGS", "-|REGULAR AGENDA", "3.1|CONSIDERATION OF A PARKING PLAN FOR THE DOWNTOWN",
        ])
        #expect(paper.allSections.first { $0.number == "2.2" }?.text.hasPrefix("The Finance Director asked for the appropriation of grant funds received.") == true)
        #expect(paper.title?.hasPrefix("REGULAR CITY COUNCIL MEETING") == true)
        #expect(paper.people.map(\.name) == ["Adler", "Baum", "Cortez"])
    }

    @Test func figuresInAColumnAreNoItemNumbers() throws {
        // Rates printed one per line: not in order, so not a margin column of item numbers.
        let paper = try paper("""
            Hourly rates

            7.53
            6.04
            9.50

            ACCOUNTANT I

            ACCOUNTANT II
            """)
        #expect(!paper.allSections.contains { $0.number == "7.53" && $0.heading == "ACCOUNTANT I" })
    }

    @Test func aMarkdownPaperThatMarksItsHeadingsHasNoOthers() throws {
        // Exported Markdown: bold headings, one after a no-break space; payment lines between.
        let paper = try paper("""
            **ELMVALE PARISH COUNCIL**

            Minutes of the Parish Council meeting held on 8th May 2024 at 7.30pm.

            **Correspondence**

            A letter was received about the bus shelter.

            \u{00A0}**Payments for approval**

            Election costs £774.91

            Village hall hire £108.00

            Meeting closed 9.30pm
            """, path: "minutes.md")
        #expect(paper.allSections.compactMap(\.heading) == ["Correspondence", "Payments for approval"])
    }

    @Test(arguments: [
        ("Rapid Rehousing for Homeless Persons and Households. The City has been working on it.", "Rapid Rehousing for Homeless Persons and Households"),
        ("Melena and Michael C. Smith, 12 Main Street.", nil),
        ("The Council has agreed. It will meet again.", nil),
    ])
    func aTitleClosedByAFullStopRunsIntoItsParagraph(text: String, title: String?) {
        #expect(LineClassifier.periodTitleRunIn(text)?.0 == title)
    }

    @Test(arguments: [("3/9/21", true), ("08-31-2021", true), ("03.02.2021", true), ("2024-03-05", true),
                      ("Item 2.6. was removed", false), ("1.1 Background", false), ("£1.5m", false)])
    func numericDatesHaveTheirShape(text: String, shape: Bool) {
        #expect(DatePattern.hasNumericDateShape(Array(text.utf8)) == shape)
    }

    /// The byte test that spares most lines the tokenizer lets every date form through (mixed
    /// separators included) and stops lines with digits but no date.
    @Test(arguments: [("8/24/2021", "2021-08-24"), ("8/24-2021", "2021-08-24"), ("2020-02-01", "2020-02-01"), ("15th Dec, 2015", "2015-12-15"),
                      ("JANUARY 30 2025", "2025-01-30"), ("on 3.2.2021 at", "2021-02-03"), ("Sept 9th 2021", "2021-09-09"),
                      ("Page 3 of 10", nil), ("Item 12 – 2021/22 budget", nil), ("£1.5m in 2024", nil)])
    func linesWithoutADateAreToldFromTheirBytes(text: String, iso: String?) {
        #expect(DatePattern.first(in: text)?.iso == iso)
        if iso != nil { #expect(DatePattern.mayHoldDate(text)) }
        if text.hasPrefix("Page") { #expect(!DatePattern.mayHoldDate(text)) }
    }

    @Test func theMonthOrderIsReadFromTheLinesThatHoldDates() {
        let prose = String(repeating: "1.1 The council agreed the plan for 2024 and the budget of £2.5m.\n", count: 200)
        #expect(DatePattern.prefersMonthFirst(in: prose + "Meeting of March 5, 2024 and 3/9/21\n"))
        #expect(!DatePattern.prefersMonthFirst(in: prose + "Meeting of 5 March 2024 and 21 May 2024\n"))
        #expect(!DatePattern.datedLines(of: prose).contains("council"))
    }

    @Test(arguments: [("01 Maria Garbutt                 A4018 Roadworks", false), ("025 Approved a minute order", false),
                      ("1. Introduction", true), ("10 Public Forum", true), ("1.01 Scope", true)])
    func aNumberWithALeadingZeroIsAReferenceNotAParagraph(line: String, isLabel: Bool) {
        #expect((SectionLabelPattern.match(line) != nil) == isLabel)
    }
}
