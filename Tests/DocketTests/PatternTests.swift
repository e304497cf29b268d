@testable import DocketExtract
import DocketModel
import Foundation
import Testing

struct SectionLabelPatternTests {
    @Test(arguments: [
        ("1. Budget and Policy Framework", "1", "Budget and Policy Framework"),
        ("2.1 The service was inspected", "2.1", "The service was inspected"),
        ("- 2.3 The report of the recent inspection", "2.3", "The report of the recent inspection"),
        ("292.   Apologies for Absence", "292", "Apologies for Absence"),
        ("1.    Introduction", "1", "Introduction"),
        ("3 Financial implications", "3", "Financial implications"),
        ("(a)    Subject:", "(a)", "Subject:"),
        ("a. Full council debate", "a", "Full council debate"),
        ("A. Agree to TRANSFER the service", "A", "Agree to TRANSFER the service"),
        ("1)   With great sadness the Chairman", "1", "With great sadness the Chairman"),
        ("(ii) Notes the report", "(ii)", "Notes the report"),
        ("4.", "4", ""),
        ("1.1.2 Deeper level", "1.1.2", "Deeper level"),
    ])
    func readsLabels(line: String, printed: String, rest: String) throws {
        let match = try #require(SectionLabelPattern.match(line))
        #expect(match.label.printed == printed)
        #expect(String(match.rest) == rest)
    }

    @Test(arguments: [
        "2015 was the last year in which hours changed.",
        "100 children were seen.",
        "3.5 per cent of visits happen after 7pm.",
        "£1.2m is set aside.",
        "15 DECEMBER 2015",
        "10.00 am start",
        "0.3FE temporary places",
        "5FE expansion",
        "see paragraph 3.2",
        "2.5 million people",
    ])
    func rejectsNumbersThatAreNotLabels(line: String) {
        #expect(SectionLabelPattern.match(line) == nil)
    }

    /// Numbers are read from their bytes as they are read character by character: a digit,
    /// stop or bracket with a combining mark after it is another character and ends the number.
    @Test func decimalLabelsReadFromBytesAsFromCharacters() {
        let lines = ["1. Text", "1.1 Text", "2.3.4.5 Deep", "1.2.3.4.5", "292.   Apologies", "1) With", "12) x", "1.2) x", "0.3FE", "1000 x",
                     "007 x", "18.05.1 Election", "3", "4.", "1.\u{301} x", "1\u{301}. x", "1.2\u{301} x", "12\u{301}3", "1)\u{301} x",
                     "5.x", "5..6", "1.2.", "99999", "1.a", "٣. x", "1.٣", "2.\r\n"]
        for line in lines {
            let bytes = SectionLabelPattern.decimal(Substring(line))
            let characters = SectionLabelPattern.decimalByCharacter(Substring(line))
            #expect(bytes?.0 == characters?.0 && bytes.map { String($0.1) } == characters.map { String($0.1) }, "\(line.debugDescription)")
        }
        #expect(SectionLabelPattern.decimal("2.3.4 Deep")?.0.components == [2, 3, 4])
    }

    /// The byte filter in front of the pattern rules out only lines the pattern itself rejects:
    /// every line of the fixture papers, and lines shaped like each form and like its near misses.
    @Test func theByteFilterRulesOutOnlyLinesWithoutALabel() throws {
        var lines = ["Item 5 Budget", "ITEM NO. 3: Minutes", "Agenda Item 3. Title", "SECTION 1. Purpose", "Section 34 (12) of the Act",
                     "It was agreed", "Items 5", "R2023-069 Resolution", "A-1 Consent", "AB12-3 x", "Ab-1", "iv) Notes", "IV) Notes",
                     "xii) Notes", "a.b. Notes", "A. Agree", "Ab. Agree", "(a) Subject", "• 3.2 Text", "– 2.1 Text", "* 1. Text",
                     "é) Notes", "a\u{301}) Notes", " 1. Indented", "\t(a) Tab", "124/17 Minutes", "1\u{301}. Text", "", "The Council"]
        for url in try TestPaths.paperFiles() where ["txt", "md"].contains(url.pathExtension) {
            lines += String(decoding: try Data(contentsOf: url), as: UTF8.self).split(separator: "\n").map { $0.trimmingSpaces() }
        }
        var ruledOut = 0
        for line in lines where !(line.utf8.withContiguousStorageIfAvailable(SectionLabelPattern.mayOpenWithLabel) ?? true) {
            ruledOut += 1
            #expect(SectionLabelPattern.matchWithoutFilter(line) == nil, "\(line.debugDescription)")
        }
        #expect(ruledOut > lines.count / 3)  // and it does rule lines out
    }

    @Test func labelsWrittenAlikeShareAFormat() throws {
        let a = try #require(SectionLabelPattern.match("(a) Subject: x"))
        let e = try #require(SectionLabelPattern.match("(e) Exempt Information?"))
        let dotted = try #require(SectionLabelPattern.match("a. Approve the increase"))
        #expect(a.label.format == e.label.format)
        #expect(a.label.format != dotted.label.format)
    }
}

struct DatePatternTests {
    @Test(arguments: [
        ("15 DECEMBER 2015", "2015-12-15"),
        ("15th December 2015", "2015-12-15"),
        ("Thursday, 30th January, 2025, at 10.00 am", "2025-01-30"),
        ("Cabinet – 30 January 2025", "2025-01-30"),
        ("15/12/2015", "2015-12-15"),
        ("DATE: 5 JUNE 2026", "2026-06-05"),
        ("held on 1 Sept 2024", "2024-09-01"),
        ("January 30, 2025", "2025-01-30"),
    ])
    func readsUKDates(text: String, iso: String) {
        #expect(DatePattern.first(in: text)?.iso == iso)
    }

    @Test(arguments: ["31 February 2025", "2025-29", "Item 15 of 2015", "no date here"])
    func rejectsNonDates(text: String) {
        #expect(DatePattern.first(in: text) == nil)
    }

    /// A month's first three letters are found in any case and anywhere in the bytes, and only
    /// those (the pair table in front of the test lets no month through unread).
    @Test func monthNamesAreFoundByTheirFirstThreeLetters() {
        let months: [String] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        var texts: [String] = []
        for month in months {
            let capital = month.prefix(1).uppercased() + month.dropFirst()
            texts += [month, month.uppercased(), "12 " + capital + "uary", "x" + month, month + "!", "1" + month.uppercased() + "2"]
        }
        texts += ["", "ja", "Jn", "Decision", "Marsh", "the report", "JUNK", "oc t", "nov\u{301}", "ma\ny", "£5 – “no”", "j@n", "ju\u{0}n"]
        let keys: [[UInt8]] = months.map { Array($0.utf8) }
        for text in texts {
            let lowered: [UInt8] = text.utf8.map { $0 | 0x20 }
            var expected = false
            var start = 0
            while start + 3 <= lowered.count {
                if keys.contains(Array(lowered[start..<(start + 3)])) { expected = true }
                start += 1
            }
            #expect(Array(text.utf8).withUnsafeBufferPointer(DatePattern.namesMonth) == expected, "\(text.debugDescription)")
        }
    }

    /// Dates among characters of more than one byte keep their character offsets; a separator
    /// that carries a combining mark, or CR LF, is no separator.
    @Test func datesAmongOtherCharactersKeepCharacterOffsets() {
        let text = "Café – 15 March 2024, £5 on 2024-03-16 and 17/3/2024\r\n18 Mar\r\n2024 ½ 19\u{301}/3/2024 20/3-\u{301}2024 21/3/2024"
        let dates = DatePattern.all(in: text)
        let characters = Array(text)
        #expect(dates.map(\.iso) == ["2024-03-15", "2024-03-16", "2024-03-17", "2024-03-21"])
        #expect(dates.map { String(characters[$0.range]) } == ["15 March 2024", "2024-03-16", "17/3/2024", "21/3/2024"])
        #expect(dates.first?.range == 7..<20)
    }
}

struct SignatureBlockPatternTests {
    @Test(arguments: [
        ("signed                                          date", true),
        ("Signed ______________________________Dated __________________", true),
        ("Signature                                   Date", true),
        ("Signature ____________________________Dated 2nd May 2017", true),
        ("Signed and dated by the Chair at the next meeting", false),
        ("Date of decision: 17 January 2025", false),
        ("Signed off by the Section 151 Officer", false),
    ])
    func captionsNameASignatureAndADateOnly(line: String, caption: Bool) {
        #expect(SignatureBlockPattern.isCaption(line) == caption)
    }

    @Test func theDateIsOnTheCaptionOrJustAboveIt() {
        let above = ["None.", "17/1/2025", "..................        ..............", "signed                  date"]
        #expect(SignatureBlockPattern.signedDate(in: above, monthFirst: false)?.iso == "2025-01-17")
        let inline = ["Signed ____________ Date: 3 March 2025"]
        #expect(SignatureBlockPattern.signedDate(in: inline, monthFirst: false)?.iso == "2025-03-03")
        // A date in a sentence above the block is not the one written in it.
        let unsigned = ["The contracts end on 31 March 2025 as set out in the report above.", "....   ....", "signed    date"]
        #expect(SignatureBlockPattern.signedDate(in: unsigned, monthFirst: false) == nil)
    }
}

struct MoneyPatternTests {
    @Test(arguments: [
        ("£350,000", "£350,000", Int64(35_000_000)),
        ("up to £1.2m for", "£1.2m", Int64(120_000_000)),
        ("£2.5 million", "£2.5 million", Int64(250_000_000)),
        ("£12.3bn", "£12.3bn", Int64(1_230_000_000_000)),
        ("£0.5k", "£0.5k", Int64(50_000)),
        ("£ 13,000", "£ 13,000", Int64(1_300_000)),
        ("£1,234.56", "£1,234.56", Int64(123_456)),
        ("£550.", "£550", Int64(55_000)),
    ])
    func readsAmounts(text: String, printed: String, pence: Int64) throws {
        let match = try #require(MoneyPattern.all(in: text).first)
        #expect(match.text == printed)
        #expect(match.pence == pence)
    }

    @Test func findsEveryAmountInALine() {
        let matches = MoneyPattern.all(in: "from £2,808-£3,744 (£54-72 per week)")
        #expect(matches.map(\.pence) == [280_800, 374_400, 5_400])
    }
}

struct PersonNamePatternTests {
    @Test(arguments: [
        ("Councillor Mike O'Brien, Children's Services", "Councillor", "Mike O'Brien", "Children's Services"),
        ("Barbara Peacock, Director of Children and Adults", nil, "Barbara Peacock", "Director of Children and Adults"),
        ("Sue Brunton-Reed, Improvement Programme", nil, "Sue Brunton-Reed", "Improvement Programme"),
        ("Mr R W Gough (Chairman)", "Mr", "R W Gough", "(Chairman)"),
        ("John Smith: Executive Director for Growth", nil, "John Smith", "Executive Director for Growth"),
        ("Sir Paul Carter, CBE", "Sir", "Paul Carter", ""),
    ])
    func readsNames(text: String, honorific: String?, name: String, rest: String) throws {
        let match = try #require(PersonNamePattern.match(text))
        #expect(match.honorific == honorific)
        #expect(match.name == name)
        #expect(match.rest == rest)
    }

    @Test(arguments: ["DIRECTOR OF FINANCE, INVESTMENTS", "Corporate Director of Growth", "Cabinet", "the report"])
    func rejectsTitlesAndProse(text: String) {
        #expect(PersonNamePattern.match(text) == nil)
    }
}

struct HeadingVocabularyTests {
    @Test(arguments: [
        ("Lead officer contact", SectionKindName.contact),
        ("Recommendation(s):", .recommendations),
        ("Suggested reasons for decision(s)", .reasonsForDecision),
        ("Background papers", .backgroundPapers),
        ("Financial and Legal Implications", .financialImplications),
        ("Risk management", .riskManagement),
        ("Our Commissioning Intentions", .other),
        ("Cabinet Committee recommendations and other consultation", .consultation),
        ("Recommendations to Cabinet", .recommendations),
    ])
    func mapsHeadingsToKinds(heading: String, kind: SectionKindName) {
        #expect(HeadingVocabulary.kind(of: heading).rawValue == kind.rawValue)
    }

    @Test(arguments: [
        ("Recommendation(s):", "recommendation"),
        ("  REASONS  FOR\tDECISION(S) – ", "reasons for decision"),
        ("Officer’s Report...", "officer's report"),
        ("Options (see para 3)", "options (see para 3)"),
        ("((s)Budget —", "(budget"),
        ("Café: Summary:", "café: summary"),
        ("", ""),
    ])
    func normalizesHeadings(heading: String, normalized: String) {
        #expect(HeadingVocabulary.normalize(heading) == normalized)
    }

    /// `exactKind` stops reading once the heading is sure to be longer than any it knows: the
    /// answer is the one a full normalization gives, whatever trails past that length.
    @Test func exactHeadingsAnswerAsTheirNormalizedLookupDoes() {
        let longest = HeadingVocabulary.exact.keys.max { $0.utf8.count < $1.utf8.count }!
        let pad = String(repeating: " ", count: longest.utf8.count)
        var headings = ["Summary" + pad + ":", "Summary" + String(repeating: ".", count: 80), "Background papers –" + pad + "— :",
                        longest.uppercased() + " – ", longest + "s", longest + "’", longest + "(s)", "x" + longest, longest + " …", "Risks"]
        headings += headings.map { $0 + " é" }
        for heading in headings {
            let expected = HeadingVocabulary.exact[HeadingVocabulary.normalize(heading)]
            #expect(HeadingVocabulary.exactKind(heading) == expected, "\(heading.debugDescription)")
        }
        #expect(HeadingVocabulary.exactKind("Summary" + pad + ":") != nil && HeadingVocabulary.exactKind(longest.uppercased() + " – ") != nil)
        #expect(HeadingVocabulary.exactKind(longest + "(s)") != nil && HeadingVocabulary.exactKind(longest + "s") == nil)
    }
}

/// The section kinds by name, so the table above reads without importing the model.
enum SectionKindName: String {
    case contact, recommendations, consultation, other
    case reasonsForDecision = "reasons_for_decision"
    case backgroundPapers = "background_papers"
    case financialImplications = "financial_implications"
    case riskManagement = "risk_management"
}

struct CharacterRepairTests {
    @Test(arguments: [
        ("a\u{00A0}b\u{2003}c\u{202F}d\u{205F}e\u{3000}f\u{2000}g\u{200A}h", "a b c d e f g h"),
        ("x\u{200B}\u{200C}\u{200D}\u{2060}\u{FEFF}\u{00AD}y", "xy"),
        ("\u{FB00}\u{FB01}\u{FB02}\u{FB03}\u{FB04}\u{FB05}\u{FB06}", "fffiflffifflstst"),
        ("t\tab\u{01}\u{1F}\u{7F}\u{80}\u{85}\u{9F}z", "t\tabz"),
        ("£5 – café ’quote’ € \u{2010}\u{2026}\u{2061}\u{FB07}", "£5 – café ’quote’ € \u{2010}\u{2026}\u{2061}\u{FB07}"),
        ("plain ASCII", "plain ASCII"),
        ("\u{FEFF}£ end\u{00A0}", "£ end "),  // repairs at both ends, kept bytes between
        ("\u{00A0}", " "),
    ])
    func repairsWhatConversionLeaves(text: String, repaired: String) {
        #expect(CharacterRepair.repair(text) == repaired)
        #expect(CharacterRepair.repair(repaired) == repaired)
    }
}

struct DecisionVerbPatternTests {
    /// The action is the first decision verb among the text's first 40 runs of letters, in any
    /// case; punctuation and digits only separate runs.
    @Test func actionIsTheFirstVerbAmongTheFirstFortyWords() {
        #expect(DecisionVerbPattern.action(of: "RESOLVED: that the Cabinet APPROVES the plan.") == .approve)
        #expect(DecisionVerbPattern.action(of: "That the report be noted, and the budget approved.") == .note)
        #expect(DecisionVerbPattern.action(of: "Item 4(b)—Deferred to 12/05/2024") == .defer)
        #expect(DecisionVerbPattern.action(of: "") == .other)
        // The fortieth run still counts; the forty-first does not.
        let thirtyNine = Array(repeating: "x1y", count: 19).joined(separator: " ") + " w"  // 39 runs: x, y, x, y … w
        #expect(DecisionVerbPattern.action(of: thirtyNine + " approved") == .approve)
        #expect(DecisionVerbPattern.action(of: thirtyNine + " z approved") == .other)
        #expect(DecisionVerbPattern.action(of: "... " + thirtyNine + " — approved!") == .approve)
    }
}

struct PageNumberTests {
    /// A page number is a number or two, with "Page", "of" and dashes around it; a line with
    /// any other word is not one (the letter test that rules most lines out must not rule out
    /// these).
    @Test func pageNumbersAreNumbersWithPageOfAndDashes() {
        for line in ["7", "Page 7", "PAGE 12 of 30", "page 3 OF 9", "- 7 -", "– 14 –", "Page - 2 -", "12 of 30", "3 4", "Page ٣"] {
            #expect(PageFurniture.isPageNumber(line), "\(line)")
        }
        for line in ["Page seven", "Item 7", "7 of the 30", "Pages 7", "page 12345", "12 of 30 of 40", "Agenda page 4", "", "Page",
                     "7.", "Paper 7", "Age 7", "Of 7"] {
            #expect(!PageFurniture.isPageNumber(line), "\(line)")
        }
    }

    /// A furniture key writes each number as one "#" and each run of spaces as one space, read
    /// character by character; ASCII lines are read from their bytes, with the same result.
    @Test func furnitureKeysFoldNumbersAndSpaces() {
        func reference(_ text: String) -> String {
            var out = ""
            var lastSpace = false, lastDigit = false
            for char in text {
                if char.isNumber { if !lastDigit { out.append("#") }; lastSpace = false; lastDigit = true; continue }
                lastDigit = false
                if char == " " { if !lastSpace { out.append(" ") }; lastSpace = true } else { out.append(char); lastSpace = false }
            }
            return out.count > 200 ? "" : out
        }
        let lines = ["Page 9 of 12", "Page 10  of   120", "Kent County Council   2024/25", "Café 12 – Minutes ٣٤", "x\r\n7",
                     String(repeating: "a", count: 200), String(repeating: "a", count: 201), String(repeating: "é", count: 201),
                     String(repeating: "7 ", count: 150), "Printed 1.2.2024 at 09:30"]
        for line in lines {
            #expect(PageFurniture.key(line, columns: true) == reference(line), "\(line.debugDescription)")
        }
        #expect(PageFurniture.key("Page 9 of 12", columns: true) == "Page # of #")
    }
}

struct SignOffLabelTests {
    /// A sign-off label stands alone or before a colon ("Prepared by:"), and "Respectfully
    /// submitted" before a comma too; a line that goes on after the label is a sentence.
    @Test func labelsStandAloneOrBeforeAColon() {
        let labelled: [(String, String)] = [("Prepared by:", "author"), ("PREPARED BY", "author"), ("Written by: J. Reed", "author"),
                                            ("Report prepared by:", "author"), ("Approved by:", "report_from"),
                                            ("Respectfully submitted,", "report_from"), ("respectfully submitted", "report_from")]
        for (line, role) in labelled {
            #expect(SignOffExtractor.labelRole(line)?.rawValue == role, "\(line)")
        }
        for line in ["Prepared by the Director of Law", "Prepared by,", "Approved by:\u{301}", "Prepared b", "Reviewed  by:", "Approved",
                     "Submitted by the Clerk: see below", "Written by:".dropFirst().description, "", "P", "Prepared by\u{301}:"] {
            #expect(SignOffExtractor.labelRole(line) == nil, "\(line.debugDescription)")
        }
    }
}

struct CapitalsTitleTests {
    /// A title in capitals opens with the line's first word, so a first word with a small letter
    /// rules the line out before its words are read.
    @Test func theFirstWordDecidesWhetherATitleInCapitalsCanOpenTheLine() {
        for line in ["CONSENT CALENDAR - All matters", "  PUBLIC HEARINGS - None", "A-1 ITEM", "2021 BUDGET - x", "", "É x"] {
            #expect(!LineClassifier.firstWordHasSmallLetter(line), "\(line.debugDescription)")
        }
        for line in ["Consent CALENDAR - All", "  a B", "iPad", "CAFé- x".lowercased()] {
            #expect(LineClassifier.firstWordHasSmallLetter(line), "\(line.debugDescription)")
        }
        let title = LineClassifier.titleBeforeDescription("CONSIDERATION OF MINUTES - Consideration of Minutes of the Planning Commission regular meeting")
        #expect(title == "CONSIDERATION OF MINUTES")
    }
}
