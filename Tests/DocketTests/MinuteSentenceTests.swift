@testable import DocketExtract
import DocketModel
import Testing

/// How parish minutes write what the meeting decided inside an item's text, on sentences of our
/// own: initials and titles that a full stop follows, a decision closing a sentence of report,
/// and a resolution too short to say what it decided.
struct MinuteSentenceTests {
    @Test func initialsAndTitlesDoNotEndASentence() {
        let text = "It was proposed by P. Marsh and seconded by Mrs. Wills that the minutes be signed. Ordinance No. 3050 was read. The Clerk left."
        #expect(ResolutionPattern.sentences(of: text) == [
            "It was proposed by P. Marsh and seconded by Mrs. Wills that the minutes be signed.", "Ordinance No. 3050 was read.",
            "The Clerk left.",
        ])
    }

    /// The cut over the bytes of ASCII text is the character rule, on the shapes that test it:
    /// stops before capitals, initials, titles, runs of spaces, tabs, a stop opening the text.
    @Test(arguments: [
        "It was proposed by P. Marsh and seconded by Mrs. Wills. Ordinance No. 3050 was read. The Clerk left.",
        "Why? Because. Yes! Done", "A. B", ". A", "x. . A", "end.  Two spaces. Then", "tab.\tThen. Next", "  Lead. Next  ",
        "a.b. c. D", "Cllr. Smith spoke. Dr. Jones. St. Mary’s. e.g. Foo", "one", "", "   ", "x! ! A", "ends with a stop. ",
        "It cost £5. The rest — “noted”. Next", "“Quoted.” Then. ’. A", "Mr\u{A0}Smith. Dr.\u{A0}Jones. •. X", "€. A … B. C",
        "a.\r\nB. C", "x.\u{A0}A", "£. A", "A. \u{2013} B. “C. D”",
    ])
    func asciiCutIsTheCharacterRule(_ text: String) {
        let ascii = Array(text.utf8).withUnsafeBufferPointer(ResolutionPattern.asciiSentences)
        #expect(ascii == ResolutionPattern.sentencesByCharacter(of: text), "\(text)")
        // Any other character takes the general loop.
        for other in ["café. Next", "Done. É. Next", "x. \u{301}A. B", "A.\u{200D} B"] {
            #expect(Array(other.utf8).withUnsafeBufferPointer(ResolutionPattern.asciiSentences) == nil)
        }
    }

    @Test func aProposalWithInitialsIsOneDecision() {
        #expect(MotionPattern.secondedProposals(in: "Mr. Stock proposed that the minutes be adopted, seconded by Mr. Evans. All agreed.")
                == ["Mr. Stock proposed that the minutes be adopted, seconded by Mr. Evans."])
    }

    @Test(arguments: [
        ("Quotes were received for the willow trees around the pond from two firms at £750 a tree - it was agreed that more quotes be sought.",
         ["it was agreed that more quotes be sought."]),
        ("There have been requests in the past for a notice board in the village hall by the users, it was resolved to buy one at £295.",
         ["it was resolved to buy one at £295."]),
        ("As Cllr Lane was not at the meeting, it was agreed to put this on the next agenda.",
         ["As Cllr Lane was not at the meeting, it was agreed to put this on the next agenda."]),
        ("Invoice received from Hill Play for the swing seats £568.80. Resolved to pay.",
         ["Invoice received from Hill Play for the swing seats £568.80. Resolved to pay."]),
        ("It was discussed and decided to hold a site meeting at the green.", ["It was discussed and decided to hold a site meeting at the green."]),
    ])
    func theDecisionIsTheClauseThatDecides(paragraph: String, decisions: [String]) {
        #expect(ResolutionPattern.decidingSentences(in: paragraph) == decisions)
    }

    @Test(arguments: [
        ("The minutes of the meeting held on 30 January 2026 were agreed as a correct record.", true),
        ("The minutes of the previous meeting were approved and signed by the Chair.", true),
        ("The minutes of the meeting held on 3 May had been circulated. All agreed they were a true record and were approved.", false),
        ("The minutes of the working group were circulated for information.", false),
    ])
    func minutesAgreedAsARecordAreADecision(paragraph: String, decides: Bool) {
        #expect(ResolutionPattern.isBodyResolution(paragraph) == decides)
    }

    @Test func aResolutionToPayEndsWhereItsListOfPaymentsBegins() throws {
        let paper = try TextPaper.extracted("""
            MINUTES OF THE HARBOUR PARISH COUNCIL MEETING HELD ON 3 MARCH 2026

            1. Minutes

            The minutes of the meeting held on 3 February 2026 were agreed as a correct record.

            2. Finance

            After discussion the Councillors resolved to pay :- Harbour Grass Cutting £ 205.88 Website Hosting £ 64.00 Clerk's Salary £ 310.00

            Councillors resolved to spend £400 on the new bench, £250 from the precept and the rest from reserves.
            """)
        #expect(paper.decisions.map(\.text) == [
            "The minutes of the meeting held on 3 February 2026 were agreed as a correct record.",
            "After discussion the Councillors resolved to pay :-",
            "Councillors resolved to spend £400 on the new bench, £250 from the precept and the rest from reserves.",
        ])
    }
}
