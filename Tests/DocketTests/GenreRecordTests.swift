import Docket
@testable import DocketExtract
import DocketModel
import DocketReaders
import Testing

/// The record rules written for the genre (issue "Every council's papers, part 2"): decisions
/// in every convention, attendance, contacts, sign-offs and risk registers, on small papers of
/// our own modelled on how councils print them.
struct GenreRecordTests {
    private func paper(_ text: String, path: String = "paper.txt") throws -> Paper {
        try TextPaper.extracted(text, path: path)
    }

    // MARK: Motions

    @Test func canadianResolutionsAreReadAsMovedAndOnlyCarriedOnesCount() throws {
        let paper = try paper("""
            MINUTES
            TOWNSHIP OF ELMVALE
            Tuesday, March 5, 2024

            Present: Mayor Ann Tully and Councillors Joe Park, Mia Lund and Ray Ostrowski.
            Staff: Roads Superintendent Ken Ashby; Clerk-Treasurer Pat Owens.
            Regrets: Councillor Lee Moor.

            R2024-031 J. Park, M. Lund:
            That the minutes of the meeting held February 20, 2024 be adopted as published. Carried.

            R2024-032 R. Ostrowski, J. Park:
            That we pass By-Law Number 2024-07, being a By-Law to appoint a Deputy Clerk.
            Read a first, second and third time and passed this 5th day of March, 2024. Carried.

            R2024-033 M. Lund, R. Ostrowski:
            That we purchase a second grader at a cost of $410,000. Defeated.
            """)
        #expect(paper.docType == .minutes)
        #expect(paper.decisions.map(\.text) == [
            "That the minutes of the meeting held February 20, 2024 be adopted as published.",
            "That we pass By-Law Number 2024-07, being a By-Law to appoint a Deputy Clerk.",
        ])
        #expect(paper.decisions.map(\.number) == ["R2024-031", "R2024-032"])
        let people = paper.people.map { "\($0.role.rawValue)|\($0.name)" }
        #expect(people == ["chair|Ann Tully", "present|Joe Park", "present|Mia Lund", "present|Ray Ostrowski",
                           "in_attendance|Ken Ashby", "in_attendance|Pat Owens", "apologies|Lee Moor"])
    }

    @Test func usMotionsGiveTheirActionWhenTheMotionCarries() throws {
        let paper = try paper("""
            REGULAR CITY COUNCIL MEETING - June 4, 2024
            Minutes

            Roll Call
            Present: Adler, Baum, Cortez, Diaz
            Absent: None

            CONSENT AGENDA

            A motion was made by Councilmember Baum and seconded by Councilmember Diaz to approve the
            Consent Agenda as read.

            The motion carried by the following vote:
            AYES: Adler, Baum, Cortez, Diaz

            PARKING FEES

            A motion was made by Councilmember Adler and seconded by Mayor Cortez to adopt the
            following resolution:

            RESOLUTION NO. 12-24 - RESOLUTION SETTING PARKING FEES

            The motion carried by the following vote:
            AYES: Adler, Cortez, Diaz

            A motion was made by Councilmember Baum and seconded by Councilmember Adler to defer the
            item.

            The motion failed by the following vote:
            AYES: Baum, Adler
            """)
        // The resolution the minutes quote does not make them a record of decisions.
        #expect(paper.docType == .minutes)
        #expect(paper.decisions.map(\.text) == [
            "approve the Consent Agenda as read.",
            "adopt the following resolution: RESOLUTION NO. 12-24 - RESOLUTION SETTING PARKING FEES",
        ])
        #expect(paper.people.map(\.name) == ["Adler", "Baum", "Cortez", "Diaz"])
    }

    @Test func minutesThatPrintNoHeadingStillGiveTheirBodyAndDecisions() throws {
        let paper = try paper("""
            Elmvale Parish Council Minutes of Meeting held on 15th December 2024 at 7.30pm.

            Present: Ann Tully, Joe Park, Mia Lund

            Public forum. Two residents of Mill Close asked the council to reconsider the decision to stop
            cutting the verges outside their homes, and the council agreed to look at it again.

            Play area. A quotation from a local firm was accepted to replace the swings. It was agreed that
            the Clerk orders new safety surfacing as well.
            """)
        #expect(paper.docType == .minutes)
        // One section with neither number nor heading holds the body; nothing is dropped.
        #expect(paper.sections.count == 1)
        #expect(paper.sections.first?.heading == nil)
        #expect(paper.sections.first?.text.hasPrefix("Public forum.") == true)
        #expect(paper.sections.first?.text.hasSuffix("new safety surfacing as well.") == true)
        #expect(paper.decisions.map(\.text) == [
            "Two residents of Mill Close asked the council to reconsider the decision to stop cutting the verges outside their homes, and the council agreed to look at it again.",
            "It was agreed that the Clerk orders new safety surfacing as well.",
        ])
        #expect(paper.diagnostics.map(\.code).contains(.noSections))
    }

    @Test func ukProposalsWithTheirSeconderAreDecisions() throws {
        let paper = try paper("""
            Minutes of Elmvale Parish Council Meeting held on 10 April 2024

            1. Those Attending: Cllr R Amos (Chairman), Cllr Mrs J Ross, Mrs C Dean (Clerk), 4 Members of the Public.

            2. Minutes
            Cllr Mrs Ross proposed acceptance of the Minutes seconded by Cllr Amos. 5 votes for 1 abstention - Carried

            3. Playing Field
            The grass cutting quotes were considered. It was agreed to accept the lower quote. Prop RA, 2nd JR, all agreed.
            """)
        #expect(paper.decisions.map(\.text) == [
            "Cllr Mrs Ross proposed acceptance of the Minutes seconded by Cllr Amos.",
            "It was agreed to accept the lower quote.",
        ])
        #expect(paper.people.map { "\($0.role.rawValue)|\($0.name)" } == ["chair|R Amos", "present|J Ross", "in_attendance|C Dean"])
    }

    @Test(arguments: [
        ("That the report be received. Carried.", MotionPattern.Outcome.carried),
        ("That the item be deferred. Defeated.", .notCarried),
        ("The motion to refer the item carried by the following vote:", .carried),
        ("The motion failed by the following vote:", .notCarried),
        ("The Clerk will write to the owner.", .none),
    ])
    func outcomesAreReadFromTheRecord(text: String, outcome: MotionPattern.Outcome) {
        #expect(MotionPattern.outcome(in: text) == outcome)
    }

    // MARK: Recommendations and resolutions

    @Test func agendaItemsGiveOnlyTheirRecommendedActions() throws {
        let paper = try paper("""
            AGENDA
            REGULAR MEETING
            PLANNING COMMISSION

            A.   MINUTES OF PREVIOUS MEETING
               A-1 APPROVE THE MINUTES OF MAY 2, 2024
                   Staff Recommendation: It is recommended that the Commission approve the minutes of May 2, 2024.
                   Exhibit A - Draft Minutes

            B.   PUBLIC HEARINGS
               B-1 CONSIDERATION OF A RESOLUTION APPROVING A LOT SPLIT
                   Staff Recommendation: It is recommended that the Commission adopt Resolution No. 24-9.
            """)
        #expect(paper.docType == .agenda)
        #expect(paper.decisions.map(\.text) == ["It is recommended that the Commission approve the minutes of May 2, 2024.",
                                                "It is recommended that the Commission adopt Resolution No. 24-9."])
    }

    @Test func aDraftResolutionsClausesAreEachADecision() throws {
        let paper = try paper("""
            RESOLUTION NO. ______

            A RESOLUTION OF THE COUNCIL OF THE CITY OF ELMVALE APPROVING A LEASE OF THE OLD LIBRARY

            WHEREAS, the City owns the Old Library; and

            NOW, THEREFORE, BE IT RESOLVED BY THE COUNCIL OF THE CITY OF ELMVALE THAT:

            SECTION 1. The City Council hereby approves the lease of the Old Library to the Arts Trust.

            SECTION 2. The City Manager is hereby authorized to sign the lease.
            """)
        #expect(paper.docType == .decisionRecord)
        #expect(paper.title == "A RESOLUTION OF THE COUNCIL OF THE CITY OF ELMVALE APPROVING A LEASE OF THE OLD LIBRARY")
        #expect(paper.decisions.map(\.text) == ["The City Council hereby approves the lease of the Old Library to the Arts Trust.",
                                                "The City Manager is hereby authorized to sign the lease."])
    }

    @Test func aDecisionMarkerInsideAMinuteListsItsParts() {
        #expect(ResolutionPattern.inlineItems(of: "1) To bid for a dropped kerb. 2) To bid for two village gates.")
                == ["To bid for a dropped kerb.", "To bid for two village gates."])
    }

    // MARK: The meeting's date

    @Test func aRecordOfDecisionIsDatedWhereItIsSignedNotWhereItsTextMentionsADate() throws {
        let paper = try paper("""
            ELMVALE COUNTY COUNCIL – RECORD OF DECISION

            Subject: Community Centre Contracts

            Decision: I agree to APPROVE the proposal not to renew the contracts when they end on 31 March 2025.

            Reasons: The services will be delivered from the district hubs instead.

                                                              17/1/2025
              ..................................          ..............................
              signed                                      date
            """)
        #expect(paper.docType == .decisionRecord)
        #expect(paper.meeting.date == "2025-01-17")
    }

    @Test func signedMinutesKeepTheirMeetingDate() throws {
        let paper = try paper("""
            Minutes of the meeting of Elmvale Parish Council held on 5 March 2024

            Present: Cllr A Bell (Chair), Cllr C Dunn

            1. Apologies were received from Cllr Hale.

            Signed ______________________ Dated 2nd April 2024
            """)
        #expect(paper.meeting.date == "2024-03-05")
    }

    @Test func datesInBulletsAndRecitalsAreNewsNotThePapersDate() throws {
        let bullets = try paper("""
            LANDFILL STATUS UPDATE

            Monitoring Results

            ■ January 1, 2025 the landfill sites moved to a four day week with longer opening hours.
            ■ A debit payment option was provided at each site from the same month onwards.
            """)
        #expect(bullets.meeting.date == nil)
        let recitals = try paper("""
            RESOLUTION NO. ______

            A RESOLUTION OF THE COUNCIL OF THE CITY OF ELMVALE APPROVING AN AMENDMENT TO A LEASE

            WHEREAS, the former agency, as of February 1, 2012, has been dissolved and the city
            serves as its successor; and

            WHEREAS, the lease was amended on March 3, 2015;

            NOW, THEREFORE, BE IT RESOLVED BY THE COUNCIL OF THE CITY OF ELMVALE THAT:

            SECTION 1. The amendment to the lease is approved.
            """)
        #expect(recitals.meeting.date == nil)
    }

    // MARK: Contacts and sign-offs

    @Test(arguments: [
        ("(626) 855-1500", "+16268551500"), ("705-724-2144", "+17057242144"), ("619.321.3208", "+16193213208"),
        ("+1 408 535 1260", "+14085351260"), ("1-800-555-0199", "+18005550199"),
    ])
    func readsNorthAmericanNumbers(text: String, e164: String) {
        #expect(PhonePattern.all(in: "Call \(text) today").map(\.e164) == [e164])
    }

    @Test(arguments: ["APN 264-20-086", "File 21-1917", "in 2020-2021", "a total of 123 456 7890 items", "Ord. No. 1505-08"])
    func rejectsWhatIsNoNorthAmericanNumber(text: String) {
        #expect(PhonePattern.all(in: text).isEmpty)
    }

    @Test func contactsBeyondContactSections() throws {
        let agenda = try paper("""
            AGENDA
            PLANNING COMMISSION
            Tuesday, June 4, 2024

            1. Call to Order

            2. Public Comment

            AMERICANS WITH DISABILITIES
            If you need special assistance to participate in this meeting, please contact the City Clerk's Office at (626) 555-0100. Notice of 48 hours will help.
            """)
        #expect(agenda.contacts.map { $0.phones.map(\.e164) } == [["+16265550100"]])
        #expect(agenda.contacts.first?.name == nil)
    }

    @Test func signOffBlocksNameTheAuthors() throws {
        let paper = try paper("""
            DATE:          June 4, 2024
            TITLE:         Street Lighting Contract

            RECOMMENDATION

            That the City Council approve the street lighting contract.

            Prepared by:                               Approved by:

            Ann Tully                                  Joe Park
            Senior Planner                             City Manager
            """)
        #expect(paper.people.map { "\($0.role.rawValue)|\($0.name)|\($0.title ?? "")" }
                == ["author|Ann Tully|Senior Planner", "report_from|Joe Park|City Manager"])
        #expect(paper.meeting.body == "City Council")
    }

    @Test func anAgendasMembershipListIsItsMembers() throws {
        let paper = try paper("""
            PLANNING COMMISSION AGENDA
            June 4, 2024

            PLANNING COMMISSIONERS
            • Ann Tully – Chair            • Joe Park - Vice-Chair
            • Mia Lund                     • Ray Ostrowski

            1. Call to Order
            """)
        #expect(paper.people.map { "\($0.role.rawValue)|\($0.name)" } == ["chair|Ann Tully", "member|Joe Park", "member|Mia Lund", "member|Ray Ostrowski"])
    }

    // MARK: Risk registers

    @Test func aRegisterRowRunsOverBlankLinesAndPagesWithTheHeaderRepeated() throws {
        // pdftotext -layout places the header afresh on every page and centres it over columns.
        let page1 = """
            No       Risk                      Risk Owner      Rating      Mitigation
            G-01  Directors lack the          Director        High        Training for all
                  skills for their role       of Finance                  directors by May.

                                                                          Annual review of
                                                                          skills.
            G-02  Returns filed late          Company         Medium      Filing calendar
                                              Secretary                   kept by the clerk.
            """
        let page2 = """
            No     Risk                    Risk Owner    Rating    Mitigation
                                                                   Penalties reported
                                                                   to committee.
            G-03  Insurance lapses        Director      Low       Broker reviews cover
                                          of Finance              each year.
            """
        let text = page1 + "\n\u{0C}" + page2 + "\n\u{0C}"
        let paper = try Extraction().paper(pdftotextOutput: text, source: DocumentSource(filePath: "register.pdf"))
        #expect(paper.risks.map(\.risk) == ["Directors lack the skills for their role", "Returns filed late", "Insurance lapses"])
        #expect(paper.risks.map(\.mitigation) == ["Training for all directors by May. Annual review of skills.",
                                                  "Filing calendar kept by the clerk. Penalties reported to committee.",
                                                  "Broker reviews cover each year."])
        #expect(paper.risks.map(\.owner) == ["Director of Finance", "Company Secretary", "Director of Finance"])
        #expect(paper.risks.map(\.rating) == ["High", "Medium", "Low"])
    }

    @Test func aRegistersSummaryListGivesARowPerReference() throws {
        // The list opens the register; the register's rows carry the same references.
        let list = """
             No                                                            Status
            G-01   Directors lack the skills for their role, whilst also    Open
                   representing the council's interests.
            G-02   Returns filed late                                        Open
            G-03   Insurance lapses                                          Closed
            """
        let register = """
            No       Risk                      Risk Owner      Rating      Mitigation
            G-01  Directors lack the          Director        High        Training for all
                  skills for their role       of Finance                  directors by May.
            G-02  Returns filed late          Company         Medium      Filing calendar
                                              Secretary                   kept by the clerk.
            G-03  Insurance lapses            Director        Low         Broker reviews cover
                                              of Finance                  each year.
            """
        let paper = try Extraction().paper(pdftotextOutput: list + "\n\u{0C}" + register + "\n\u{0C}", source: DocumentSource(filePath: "register.pdf"))
        let summary = paper.risks.filter { $0.via == "risks.summary-list" }
        #expect(summary.map(\.risk) == ["Directors lack the skills for their role, whilst also representing the council's interests.",
                                        "Returns filed late", "Insurance lapses"])
        #expect(summary.map { $0.cells["No"] } == ["G-01", "G-02", "G-03"])
        #expect(summary.map { $0.cells["Status"] } == ["Open", "Open", "Closed"])
        #expect(paper.risks.filter { $0.via == "risks.layout-columns" }.count == 3)
    }

    @Test func aListOfReferencesInProseIsNoSummaryList() {
        let lines = ["See G-01   and the note below", "G-02   was closed last year"].enumerated().map { index, text in
            Line(text: text, indent: 0, span: Span(page: 1, line: index + 1, start: index * 40, end: index * 40 + 30))
        }
        #expect(RiskSummaryList.rows(in: [lines], references: ["G-01", "G-02", "G-03"], taken: []).isEmpty)
    }

    @Test func aCellThatLabelsItsPartsGivesRiskAndDescription() {
        let parts = RiskHeaderPattern.labelledParts(of: "Risk:- 5 Failure of IT systems Effects:- Data is lost and services stop.")
        #expect(parts?.risk == "Failure of IT systems")
        #expect(parts?.description == "Data is lost and services stop.")
        #expect(RiskHeaderPattern.labelledParts(of: "Failure of IT systems") == nil)
    }

    @Test(arguments: [
        ("Comments and progress of actions", nil), ("Actions being taken to manage risk", RiskHeaderPattern.Field.mitigation),
        ("Risk and effects", .description), ("Current Level of Risk", .rating),
    ])
    func registerHeadersMapOntoFields(header: String, field: RiskHeaderPattern.Field?) {
        #expect(RiskHeaderPattern.field(of: header) == field)
    }

    @Test func symbolFontBulletsBecomeBullets() {
        #expect(CharacterRepair.repair("\u{F0B7} Emergency plan \u{F0A7} Drills") == "• Emergency plan • Drills")
    }
}
