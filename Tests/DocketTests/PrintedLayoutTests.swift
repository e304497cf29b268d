import Docket
@testable import DocketExtract
import DocketModel
import DocketReaders
import Testing

/// Conventions of papers printed from a browser or a word processor and converted by
/// `pdftotext -layout`, each on a small layout of our own: a browser's print header and footer,
/// a masthead block that prints the venue's address, a list of bold headings printed one under
/// another, and a number that a wrapped sentence carries to the start of a line.
struct PrintedLayoutTests {
    private func line(_ text: String, _ number: Int, indent: Int = 0, bold: Bool = false, size: Double = 1) -> Line {
        Line(text: text, indent: indent, span: Span(page: 1, line: number, start: 0, end: 0),
             style: LineStyle(bold: bold, boldLead: bold ? text.filter { !$0.isWhitespace }.count : 0, relativeSize: size))
    }

    private func segmented(_ pages: [[Block]]) -> Paper {
        let layout = Layout(source: SourceInfo(path: "p.pdf", format: .pdf, sha256: String(repeating: "0", count: 64), bytes: 1,
                                               encoding: "utf-8", pages: pages.count),
                            pages: pages.enumerated().map { Page(number: $0.offset + 1, blocks: $0.element) })
        return Segmenter().segment(Normalizer().normalize(layout)).paper
    }

    private func outline(_ paper: Paper) -> [String] {
        paper.allSections.filter { $0.heading != nil }.map { "\($0.number ?? "-")|\($0.heading!)" }
    }

    /// Two lines of prose, worded differently for each `number`.
    private func prose(_ number: Int) -> Block {
        let subject = ["the harbour wall", "the ferry times", "the parking levy", "the beach huts", "the lifeboat station"][number % 5]
        let verb = ["repair", "review", "extend", "close", "fund", "survey", "move"][number % 7]
        return Block(kind: .paragraph, lines: [
            line("The Commission will consider whether to \(verb) \(subject), and members of the public may attend and", number, indent: 10),
            line("speak on \(subject) for up to three minutes each before the Commission decides, as the Chair directs.", number + 1, indent: 10),
        ])
    }

    @Test func aBrowsersPrintHeaderAndFooterAreFurniture() {
        // The page's title and its address over every page, "N of M" and the time printed under it.
        let pages = (1...3).map { page -> [Block] in
            [Block(kind: .paragraph, lines: [line("Harbour Board Regular Meeting" + String(repeating: " ", count: 40)
                                                  + "https://harbour.example.gov/AgendaViewer.php?view_id=12&clip_id=4471", page * 20 + 1)]),
             prose(page * 20 + 3), prose(page * 20 + 5), prose(page * 20 + 7),
             Block(kind: .paragraph, lines: [line("\(page) of 3" + String(repeating: " ", count: 90) + "11/15/22, 9:54 PM", page * 20 + 10)])]
        }
        let layout = Layout(source: SourceInfo(path: "p.pdf", format: .pdf, sha256: String(repeating: "0", count: 64), bytes: 1,
                                               encoding: "utf-8", pages: 3),
                            pages: pages.enumerated().map { Page(number: $0.offset + 1, blocks: $0.element) })
        let texts = Normalizer().normalize(layout).pages.flatMap(\.blocks).flatMap(\.lines).map(\.text)
        #expect(!texts.contains { $0.contains("https://") || $0.contains(" of 3") })
        #expect(texts.filter { $0.hasPrefix("The Commission will consider") }.count == 9)
    }

    @Test func aMastheadThatPrintsItsVenuesAddressIsNoLetterhead() {
        let paper = segmented([[
            Block(kind: .paragraph, lines: [
                line("AGENDA", 1, indent: 40, bold: true), line("REGULAR MEETING", 2, indent: 36, bold: true),
                line("HARBOUR COMMISSION", 3, indent: 35, bold: true), line("CITY HALL COUNCIL CHAMBERS", 4, indent: 32, bold: true),
                line("1200 E. MAIN STREET, PORT ELLEN", 5, indent: 30, bold: true), line("OCTOBER 18, 2022", 6, indent: 36, bold: true),
                line("07:00 P.M.", 7, indent: 38, bold: true),
            ]),
            prose(9),
            Block(kind: .paragraph, lines: [line("CALL TO ORDER", 12, indent: 10)]),
            Block(kind: .paragraph, lines: [line("ROLL CALL", 14, indent: 10)]),
        ]])
        #expect(paper.docType == .agenda)
        #expect(paper.title == "AGENDA REGULAR MEETING HARBOUR COMMISSION OCTOBER 18, 2022")
        #expect(paper.meeting.date == "2022-10-18")
    }

    @Test func aLetterheadAboveTheAgendaIsLeftOutOfItsTitle() {
        let paper = segmented([[
            Block(kind: .paragraph, lines: [
                line("The Corporation of the Township of Elmvale", 1, indent: 50), line("45 Beatty Street", 2, indent: 70),
                line("Telephone 705-555-0144", 3, indent: 66),
            ]),
            Block(kind: .paragraph, lines: [line("AGENDA", 5, indent: 30), line("Tuesday, February 6, 2024", 6, indent: 26)]),
            Block(kind: .paragraph, lines: [line("1. Disclosure of pecuniary interest.", 8, indent: 3)]),
            Block(kind: .paragraph, lines: [line("2. Adoption of the minutes.", 10, indent: 3)]),
        ]])
        #expect(paper.title == "AGENDA Tuesday, February 6, 2024")
    }

    @Test func boldHeadingsPrintedOneUnderAnotherAreEachAHeading() {
        let paper = segmented([[
            Block(kind: .paragraph, lines: [line("Subject: Regular meeting of the Harbour Board", 1, indent: 10)]),
            prose(3),
            Block(kind: .paragraph, lines: [
                line("AGENDA", 6, indent: 58, bold: true), line("FLAG SALUTE", 7, indent: 10, bold: true),
                line("ROLL CALL", 8, indent: 10, bold: true), line("PUBLIC COMMENT", 9, indent: 10, bold: true),
                line("The Board will hear comments on items not on the agenda, for up to three minutes", 10, indent: 15),
                line("for each speaker, and may refer any matter raised to staff for a later meeting.", 11, indent: 15),
            ]),
            prose(13), prose(16), prose(19), prose(22),
        ]])
        #expect(outline(paper) == ["-|AGENDA", "-|FLAG SALUTE", "-|ROLL CALL", "-|PUBLIC COMMENT"])
    }

    @Test func aBoldParagraphIsEmphasisNotAListOfHeadings() {
        let paper = segmented([[
            Block(kind: .paragraph, lines: [line("Subject: Regular meeting of the Harbour Board", 1)]),
            prose(3),
            Block(kind: .paragraph, lines: [
                line("DELEGATE any activity requiring capital spend as set out in the report to the Director", 6, bold: true),
                line("of Infrastructure, in consultation with the Cabinet Member for Finance, and the", 7, bold: true),
                line("Director of Harbour Services", 8, bold: true),
            ]),
            prose(10), prose(13), prose(16), prose(19),
        ]])
        #expect(outline(paper).isEmpty)
    }

    @Test func aFootnoteInSmallerTypeIsTextButASmallNumberedListIsNot() {
        let paper = segmented([[
            Block(kind: .paragraph, lines: [line("Subject: Harbour Wall Budget", 1)]),
            Block(kind: .heading, lines: [line("1. Background", 2, bold: true)]),
            prose(3),
            Block(kind: .paragraph, lines: [
                line("1 This excludes the grant for the new sea defences, on the grounds that it is an additional", 6, size: 0.8),
                line("burden placed on the harbour by national policy", 7, size: 0.8),
            ]),
            Block(kind: .heading, lines: [line("2. Options", 8, bold: true)]),
            prose(9),
            Block(kind: .paragraph, lines: [line("1) By Phone: call the number on the front page and wait for the Chair to call you.", 12, size: 0.8)]),
            prose(13),
        ]])
        #expect(outline(paper) == ["1|Background", "2|Options", "1|By Phone"])
        #expect(paper.allSections.first?.text.contains("This excludes the grant") == true)
    }

    @Test func aSeriesNumberedInWordsIsASeriesOfHeadings() throws {
        let paper = try TextPaper.extracted("""
            Subject: Statement on the Robustness of the Harbour Budget

            Risks
            The main risks to the budget are set out below.
            Risk 1 – Delivery of the Savings Plans
            The budget requires savings of £4m, most of them from the ferry contract.
            Risk 2 - Impact of Forecast Overspend
            The forecast overspend is £1m, mostly on harbour dredging.
            Appendix 1 – Savings by service
            Appendix 2 – Savings by year
            """)
        let headings = paper.allSections.compactMap(\.heading)
        #expect(headings.contains("Risk 1 – Delivery of the Savings Plans"))
        #expect(headings.contains("Risk 2 - Impact of Forecast Overspend"))
        #expect(!headings.contains { $0.hasPrefix("Appendix") })
    }

    @Test(arguments: [
        ("Apologies - None", "Apologies"), ("ADJOURNMENT - Adjourned at 9:05", "ADJOURNMENT"),
        ("Date and Time of Next Meeting - Wednesday 11 September 2013 at 7.00pm", "Date and Time of Next Meeting"),
        ("Budget Monitoring Report – November 2024-25", nil), ("Harbour Wall - Repair Options", nil),
    ])
    func anOutcomeAfterAHeadingsDashIsItsText(text: String, heading: String?) {
        #expect(LineClassifier.splittingTrailingValue(text)?.0 == heading)
    }

    @Test func aNumberThatAWrappedSentenceCarriesToTheLineStartIsNoLabel() throws {
        let paper = try TextPaper.extracted("""
            Subject: Watching the meeting

            How to view the meeting: local cable channel 6 or the council's streaming channel
            99. The recording is posted the next day on the council's web site for a year.

            1. Minutes
            The minutes of the last meeting were approved as a true record of the meeting.

            2. Correspondence
            Letters were received from residents about the harbour wall and the ferry times.
            """)
        #expect(paper.allSections.compactMap(\.number) == ["1", "2"])
    }

    @Test(arguments: [
        // Prose running to the block's edge carries the number on: not a label.
        ("How to view the meeting: local cable channel 6 or the council's streaming channel", 10, "99. YouTube Live Streaming: click here.", 10, true),
        // A line of items, then the next item.
        ("1. Presentation regarding recordable and reportable injury cases this year", 6, "2. Presentation regarding inclusion", 6, false),
        // An item printed left of the wrapped line above it.
        ("notes the content and recommendations of the sustainability appraisal and,", 18, "(iii) Adopts the harbour plan", 12, false),
        // The number after the one the line above prints.
        ("Attachments: 1.     May 5, 2020 City Council Report on the harbour works", 0, "2.     June 23, 2020 City Council Report", 0, false),
    ])
    func aLabelIsNoLabelOnlyWhereItCarriesOnTheSentenceAbove(above: String, aboveIndent: Int, text: String, indent: Int, continues: Bool) {
        let block = Block(kind: .paragraph, lines: [
            line(above, 1, indent: aboveIndent), line(text, 2, indent: indent),
            line("and a last line of the same paragraph, as long as the others are, to set the width", 3, indent: indent),
        ])
        let layout = Layout(source: SourceInfo(path: "p.pdf", format: .pdf, sha256: String(repeating: "0", count: 64), bytes: 1,
                                               encoding: "utf-8", pages: 1), pages: [Page(number: 1, blocks: [block])])
        let classifier = LineClassifier(units: Unit.units(of: layout), capsHeadingsFrom: 0)
        #expect(classifier.continuesSentence(at: 1) == continues)
    }

    @Test(arguments: [
        ("Signed ______________ Dated __________", true), ("CHAIR ______________", true),
        ("There being no further business the meeting closed at 9.30pm", true), ("Meeting ended at 8.00 pm", true),
        ("The Chairman brought the meeting to a close at 8.40pm", true), ("Report Author", true), ("Legal Team Leader", true),
        ("CAO-Clerk", true), ("Closed Session Announcement from the 7/15/20 Special Closed Session Meeting", false),
        ("Report of the Chief Finance Officer", false), ("Lead officer contact", false), ("Meeting closed", false),
    ])
    func signaturesPostsAndTheClosingSentenceNameNoSection(text: String, namesNone: Bool) {
        #expect(LineClassifier.namesNoSection(text) == namesNone)
    }

    @Test func theLinesThatCloseMinutesAreTextOfTheLastItem() throws {
        let paper = try TextPaper.extracted("""
            MINUTES OF THE HARBOUR BOARD MEETING HELD ON 3 MARCH 2026

            1. Apologies

            None were received.

            2. Harbour Wall

            Members agreed to seek three quotes.

            The Chairman brought the meeting to a close at 8.40pm

            Signed _______________________ Dated ______________
            """)
        #expect(paper.allSections.compactMap(\.heading) == ["Apologies", "Harbour Wall"])
        #expect(paper.allSections.last?.text.contains("close at 8.40pm") == true)
    }

    @Test func namesInCapitalsAreCasedWordByWordWhateverTheirLetters() {
        #expect(MeetingBody.displayCase("LA CAÑADA FLINTRIDGE PLANNING COMMISSION") == "La Cañada Flintridge Planning Commission")
    }

    @Test func theLayoutListingShowsHowEachLineWasRead() throws {
        let text = """
            Subject: Harbour Works

            1. Background
            The harbour wall needs repair before the winter storms arrive this year.
            """
        let layout = Normalizer().normalize(try TextReader().read(bytes: Array(text.utf8), path: "p.txt"))
        let listing = LayoutListing.text(of: layout, roles: Segmenter().lineRoles(layout))
        let rows = listing.split(separator: "\n").map(String.init)
        #expect(rows.contains { $0.contains("Subject: Harbour Works") && $0.hasSuffix("⟨front⟩") })
        #expect(rows.contains { $0.contains("1. Background") && $0.hasSuffix("⟨L 1 | Background⟩") })
        #expect(rows.contains { $0.contains("The harbour wall") && $0.hasSuffix("⟨text⟩") })
    }

    @Test func noticesAndTheCitysLetterheadAboveTheMastheadAreNoTitle() {
        let paper = segmented([[
            Block(kind: .paragraph, lines: [line("A detailed Commission packet is available for review in the Library and the City Clerk's Office.", 1)]),
            Block(kind: .paragraph, lines: [
                line("Decisions of the Harbour Commission may be appealed to the City Council within fourteen (14) days of", 3),
                line("the Commission action by filing a written appeal with the City Clerk.", 4),
            ]),
            Block(kind: .paragraph, lines: [
                line("CITY OF PORT ELLEN", 6, indent: 40, bold: true), line("Room 280A", 7, indent: 44, bold: true),
                line("455 North Harbour Drive", 8, indent: 40, bold: true), line("Port Ellen, California 90210", 9, indent: 38, bold: true),
            ]),
            Block(kind: .paragraph, lines: [line("HARBOUR COMMISSION REGULAR MEETING", 12, indent: 28, bold: true), line("AGENDA", 13, indent: 40, bold: true)]),
            Block(kind: .paragraph, lines: [line("Thursday, November 10, 2022", 15, indent: 34)]),
            prose(17),
            Block(kind: .paragraph, lines: [line("1. CALL TO ORDER", 20)]),
            Block(kind: .paragraph, lines: [line("2. ROLL CALL", 22)]),
        ]])
        #expect(paper.title == "HARBOUR COMMISSION REGULAR MEETING AGENDA")
    }

    @Test func aSubjectThatRunsOnUnderItsColumnBesideTheDateIsOneTitle() {
        let paper = segmented([[
            Block(kind: .paragraph, lines: [line("TO: Honorable Mayor and City Council" + String(repeating: " ", count: 17) + "FROM: Joan Reed,", 1, indent: 10)]),
            Block(kind: .paragraph, lines: [
                line("SUBJECT: Biennial Review of the" + String(repeating: " ", count: 26) + "DATE: August 4, 2021", 3, indent: 2),
                line("Harbour Master’s Office", 4, indent: 16, bold: true),
            ]),
            Block(kind: .paragraph, lines: [line("RECOMMENDATION", 6, bold: true)]),
            prose(8),
        ]])
        #expect(paper.title == "Biennial Review of the Harbour Master’s Office")
    }

    @Test func aMinutesSentenceOpeningAMarkdownPaperIsItsTitle() throws {
        let paper = try TextPaper.extracted("""
            ---
            title: "Minutes of the meeting of Elmstead Parish Council"
            date: "2008-10-01"
            ---

            Minutes of the meeting held on Tuesday 9th September 2008 at 7.30p.m. in the Village Hall.

            Present: R. Lane - Chairman: Mrs. Wills: P. Mark

            1. Minutes: It was proposed by P. Mark and seconded by Mrs. Wills that the minutes be signed.
            """, path: "paper.md")
        #expect(paper.title == "Minutes of the meeting held on Tuesday 9th September 2008 at 7.30p.m. in the Village Hall")
    }

    @Test(arguments: [("Kent County Council", true), ("City of Chicago", true), ("The Corporation of the Township of Elmvale", true),
                      ("ADOPT RESOLUTION APPROVING REVISIONS TO CITY COUNCIL", false), ("Planning Commission", false),
                      ("City Council", false)])
    func anOrganisationsNameIsNoBodys(text: String, isOrganisation: Bool) {
        #expect(MeetingBody.isOrganisationName(text) == isOrganisation)
    }
}

