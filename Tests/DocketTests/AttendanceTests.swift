import DocketExtract
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
