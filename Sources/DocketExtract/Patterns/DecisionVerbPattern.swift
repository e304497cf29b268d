import DocketModel

/// The pattern for the verb that says what a decision does ("Cabinet is asked to NOTE…",
/// "Approves the change requests…", "RESOLVED that the minutes be approved…", "Delegated
/// authority to…"): the first decision verb in the text, in any of its forms, gives the action.
public enum DecisionVerbPattern {
    static let verbs: [(String, DecisionAction)] = [
        ("note", .note), ("noted", .note), ("notes", .note), ("noting", .note),
        ("approve", .approve), ("approves", .approve), ("approved", .approve), ("approval", .approve),
        ("agree", .agree), ("agrees", .agree), ("agreed", .agree),
        ("adopt", .adopt), ("adopts", .adopt), ("adopted", .adopt), ("adoption", .adopt),
        ("delegate", .delegate), ("delegates", .delegate), ("delegated", .delegate), ("delegation", .delegate),
        ("recommend", .recommend), ("recommends", .recommend), ("recommended", .recommend),
        ("endorse", .endorse), ("endorses", .endorse), ("endorsed", .endorse),
        ("authorise", .authorise), ("authorises", .authorise), ("authorised", .authorise),
        ("authorize", .authorise), ("authorizes", .authorise), ("authorized", .authorise),
        ("reject", .reject), ("rejects", .reject), ("rejected", .reject),
        ("defer", .defer), ("defers", .defer), ("deferred", .defer),
        ("refer", .refer), ("refers", .refer), ("referred", .refer),
        ("consider", .consider), ("considers", .consider), ("considered", .consider),
        ("allocate", .allocate), ("allocates", .allocate), ("allocated", .allocate),
        ("confirm", .confirm), ("confirms", .confirm), ("confirmed", .confirm),
        ("appoint", .appoint), ("appoints", .appoint), ("appointed", .appoint),
        ("request", .request), ("requests", .request), ("requested", .request),
        ("receive", .note), ("received", .note), ("accept", .agree), ("accepted", .agree),
        ("transfer", .approve), ("extend", .approve), ("award", .approve), ("initiated", .approve),
    ]
    static let table: [String: DecisionAction] = Dictionary(verbs, uniquingKeysWith: { first, _ in first })

    /// The action of a decision text, `.other` when no decision verb appears in its first words.
    public static func action(of text: String) -> DecisionAction {
        // The first 40 runs of letters: `maxSplits` stops the cutting there (the pieces before
        // it are the same), and each is lowered alone rather than the whole text first.
        let words = text.split(maxSplits: 40, omittingEmptySubsequences: true) { !$0.isLetterQuick }.prefix(40)
        for word in words {
            if let action = table[word.asciiLowercased()] { return action }
        }
        return .other
    }
}
