/// The signature block that closes a signed paper: a caption line naming only the signature
/// and its date ("signed            date", "Signed ______ Dated ______", "Signature   Date"),
/// with the date written either on the caption line itself ("Signed ____ Date: 17/01/2025") or
/// on a short line just above it (a date over a dotted rule over the caption, as a record of
/// decision is printed).
///
/// Only a record of decision takes its date from here: the member or officer decides when they
/// sign. Minutes are signed at the next meeting, so their block's date is not the meeting's.
enum SignatureBlockPattern {
    /// Words a caption line may hold; it must name both a signature and a date.
    static let captionWords: Set<String> = ["signed", "signature", "date", "dated", "by"]

    /// Lines above the caption searched for the written date (the rule line and one more).
    static let linesAbove = 3

    /// The date of the first signature block in `lines` that carries one.
    static func signedDate(in lines: [String], monthFirst: Bool) -> DatePattern.Match? {
        for (index, line) in lines.enumerated() where isCaption(line) {
            if let date = DatePattern.first(in: line, monthFirst: monthFirst) { return date }
            for above in lines[max(0, index - linesAbove)..<index].reversed() where above.wordCount <= 6 {
                if let date = DatePattern.first(in: above, monthFirst: monthFirst) { return date }
            }
        }
        return nil
    }

    /// "signed   date", "Signed ____ Dated ____", "Signature: …… Date: 17/1/2025": the words
    /// before any written date are caption words only, naming a signature and a date.
    static func isCaption(_ line: String) -> Bool {
        guard line.utf8.count <= 300 else { return false }
        var words: [String] = []
        for word in line.asciiLowercased().split(whereSeparator: { !$0.isLetterQuick }) {
            if !captionWords.contains(String(word)) { break }
            words.append(String(word))
        }
        let signs = words.contains("signed") || words.contains("signature")
        let dates = words.contains("date") || words.contains("dated")
        guard signs, dates else { return false }
        // Nothing but caption words, rules and a date: letters after the caption words must
        // belong to the written date ("Dated 2nd May 2017").
        let rest = line.asciiLowercased().split(whereSeparator: { !$0.isLetterQuick }).dropFirst(words.count)
        return rest.isEmpty || DatePattern.first(in: line) != nil
    }
}
