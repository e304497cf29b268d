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
}
