import DocketExtract
import Foundation
import DocketModel
import Testing

/// Attendance lists in the conventions councils print them (`AttendanceListPattern`), written
/// from our own examples of each convention.
struct AttendanceListPatternTests {
    private func names(_ text: String) -> [String] { AttendanceListPattern.entries(in: text).map(\.name) }

    @Test func aPluralHonorificServesTheNamesAfterIt() {
        let entries = AttendanceListPattern.entries(in: "Present: Mayor Ann Tully and Councillors Joe Park, Mia Lund and Ray Ostrowski.")
        #expect(entries.map(\.name) == ["Ann Tully", "Joe Park", "Mia Lund", "Ray Ostrowski"])
        #expect(entries.map(\.honorific) == ["Mayor", "Councillor", "Councillor", "Councillor"])
    }

    @Test func jobTitlesBeforeTheNameAreTitles() {
        let entries = AttendanceListPattern.entries(in: "Roads Superintendent Ken Ashby; Fire Chief-CEMC Lee Moor; Deputy Clerk-Treasurer Pat Owens-Hart")
        #expect(entries.map(\.name) == ["Ken Ashby", "Lee Moor", "Pat Owens-Hart"])
        #expect(entries.map(\.title) == ["Roads Superintendent", "Fire Chief-CEMC", "Deputy Clerk-Treasurer"])
    }

    @Test func namesRunTogetherBehindHonorificsAreSplit() {
        #expect(names("Cllr Ruth Amos Vice Chair Cllr Dan Pike Cllr Mrs J Ross Cllr Tom Hale Jane Cole Parish Clerk")
                == ["Ruth Amos", "Dan Pike", "J Ross", "Tom Hale", "Jane Cole"])
        let entries = AttendanceListPattern.entries(in: "Cllr Ruth Amos Vice Chair, Cllr Amy Fox Westshire County Council")
        #expect(entries.map(\.title) == ["Vice Chair", "Westshire County Council"])
    }

    @Test func aBracketedTitleEndsANameAndAnInitialStartsTheNext() {
        let entries = AttendanceListPattern.entries(in: "Councillors D Marsh (Chair) R Kemp, P Lowe and S Ince    Clerk J Brand")
        #expect(entries.map(\.name) == ["D Marsh", "R Kemp", "P Lowe", "S Ince", "J Brand"])
        #expect(entries.first?.title == "Chair")
        #expect(entries.last?.title == "Clerk")
        // The same list with its column gap closed up.
        #expect(names("Councillors R Kemp and S Ince Clerk J Brand") == ["R Kemp", "S Ince", "J Brand"])
    }

    @Test func surnamesAloneAreARollCall() {
        #expect(names("Present: Adler, Baum, Cortez, Diaz") == ["Adler", "Baum", "Cortez", "Diaz"])
        // One capitalised word in a list of full names is not a person.
        #expect(names("Mr A Bell, Smithfield") == ["A Bell"])
    }

    @Test func countsAndPlaceholdersAreNotPeople() {
        #expect(names("Cllr A Bell (Chairman), Mrs C Dean (Clerk), 6 Members of the Public.") == ["A Bell", "C Dean"])
        #expect(names("None").isEmpty)
        #expect(names("Two Members").isEmpty)
        #expect(names("Mr & Mrs Godwin, Mr Pell") == ["Godwin", "Pell"])
    }

    @Test func anOfficeBeforeAnHonorificIsTheTitle() {
        let entries = AttendanceListPattern.entries(in: "Borough Councillor C Sands")
        #expect(entries.map(\.name) == ["C Sands"])
        #expect(entries.first?.honorific == "Councillor")
        #expect(entries.first?.title == "Borough Councillor")
    }
}

/// Members and guests as parish minutes and US agendas print them, from our own examples.
struct MembershipConventionTests {
    @Test(arguments: [
        ("Emmanuel J. Estrada - Mayor/Chair", "Emmanuel J. Estrada", "Mayor/Chair"),
        ("Daniel Damian - Mayor Pro Tem/Vice Chair", "Daniel Damian", "Mayor Pro Tem/Vice Chair"),
        ("Margaret Abe-Koga, Mayor", "Margaret Abe-Koga", "Mayor"),
        ("Vice President Susana Reyes", "Susana Reyes", "Vice President"),
        ("Commissioner Mia Lehrer", "Mia Lehrer", "Commissioner"),
    ])
    func aMembersLineGivesTheNameAndTheOffice(line: String, name: String, title: String) throws {
        let member = try #require(MemberLinePattern.member(in: line))
        #expect(member.name == name)
        #expect(member.title == title)
    }

    @Test(arguments: ["Kimbra McCarthy, City Manager", "Board of Water and Power Commissioners", "President's Report",
                      "Contact: Jane Roe, Chair"])
    func staffAndHeadingsAreNoMembersLines(line: String) {
        #expect(MemberLinePattern.member(in: line) == nil)
    }

    /// A line longer than any member's line, with no gap of three spaces, reads as no members;
    /// the same name set in columns, or with its spaces closed up to within the limit, still does.
    @Test func longLinesOfProseHoldNoMembersLine() {
        let member = "Emmanuel J. Estrada - Mayor/Chair"
        let padded = String(repeating: "x", count: 60) + "  " + member
        #expect(MemberLinePattern.members(inLine: member).map(\.name) == ["Emmanuel J. Estrada"])
        #expect(MemberLinePattern.members(inLine: "  " + member.replacingOccurrences(of: " ", with: "  ") + "  ").map(\.name) == ["Emmanuel J. Estrada"])
        #expect(MemberLinePattern.members(inLine: String(repeating: "x", count: 60) + "   " + member).map(\.name) == ["Emmanuel J. Estrada"])
        #expect(MemberLinePattern.members(inLine: padded).isEmpty)
        let exactly90 = member + " " + String(repeating: "y", count: 90 - member.utf8.count - 1)
        #expect(MemberLinePattern.members(inLine: exactly90.replacingOccurrences(of: " ", with: "  ")).count
                == MemberLinePattern.members(inLine: exactly90).count)
    }

    @Test func anAgendasMastheadListsItsMembersOneALine() throws {
        let paper = try TextPaper.extracted("""
            HARBOUR BOARD
            REGULAR MEETING AGENDA
            Tuesday, January 25, 2022

            Board of Harbour Commissioners
            President Ada Quill
            Vice President Ben Rowe
            Commissioner Cara Stone

            1. Call to Order

            2. Roll Call
            """)
        #expect(paper.docType == .agenda)
        #expect(paper.people.map(\.name) == ["Ada Quill", "Ben Rowe", "Cara Stone"])
        #expect(paper.people.allSatisfy { $0.role == .member })
    }

    @Test func aListBetweenColonsWithTitlesAfterDashes() {
        let entries = AttendanceListPattern.entries(in: "R. Lank - Chairman: Mrs. Wills: P. Mark : D. Pick : C. Hum together with 5 members of the public.")
        #expect(entries.map(\.name) == ["R. Lank", "Wills", "P. Mark", "D. Pick", "C. Hum"])
        #expect(entries.first?.title == "Chairman")
        #expect(AttendanceListPattern.entries(in: "Mrs R Crisp-Chair, Mr F. Eagle").first?.title == "Chair")
        #expect(AttendanceListPattern.entries(in: "Council Members: Ann Avila, Mayor Pro Tem Dan Dale, and Mayor Emil J. Estes").map(\.name)
                == ["Ann Avila", "Dan Dale", "Emil J. Estes"])
    }

    @Test func guestsAndCouncillorsOfAnotherCouncilAreInAttendance() throws {
        let paper = try TextPaper.extracted("""
            MINUTES OF THE MEETING OF ELMSTEAD PARISH COUNCIL

            Present: Councillors D Reed (Chair), S Lowe, M Ash, Clerk J Cole, Borough Councillor C Sams, Mr D Bell and Mr A Wood

            1. Apologies
            None were received at the meeting.
            """)
        let roles = Dictionary(paper.people.map { ($0.name, $0.role) }, uniquingKeysWith: { first, _ in first })
        #expect(roles["D Reed"] == .chair)
        #expect(roles["S Lowe"] == .present)
        #expect(roles["J Cole"] == .inAttendance)
        #expect(roles["C Sams"] == .inAttendance)
        #expect(roles["D Bell"] == .inAttendance)
        #expect(roles["A Wood"] == .inAttendance)
    }

    @Test func attendanceRunOnAfterTheMastheadOrUnderItIsRead() throws {
        let runOn = try TextPaper.extracted("""
            Minutes of Elmstead Parish Council Meeting held Wednesday 11th March 2015, in the Community Centre Those attending: Cllr D Reed (Chair), Cllr P Dent, Mrs J Tay (Clerk), six members of the public.

            2. To approve the minutes of the last meeting
            Cllr Dent proposed approval; Cllr Reed seconded; Carried.
            """, path: "paper.md")
        #expect(runOn.people.map(\.name) == ["D Reed", "P Dent", "J Tay"])
        #expect(runOn.title == "Minutes of Elmstead Parish Council Meeting held Wednesday 11th March 2015, in the Community Centre")
        let under = try TextPaper.extracted("""
            MINUTES OF ELMSTEAD PARISH COUNCIL MEETING HELD

            AT THE VILLAGE HALL TUESDAY FEBRUARY 2ND 2010

            Present: Mrs R Cole, Mr D Gray, Miss A Muir.

            1. Apologies for absence
            Mr M Wells
            """, path: "paper.md")
        #expect(under.people.filter { $0.role == .present }.map(\.name) == ["R Cole", "D Gray", "A Muir"])
        #expect(under.title?.hasPrefix("MINUTES OF ELMSTEAD PARISH COUNCIL MEETING HELD") == true)
    }
}

