@testable import DocketExtract
import DocketModel
import Foundation
import Testing

/// The byte-level text helpers the extractors use in place of `String`/Foundation calls,
/// checked against plain reference implementations.
struct StringSearchTests {
    static let samples = [
        "", " ", "RESOLVED that the report be noted.", "  two  spaces ", "£1.2m – Café’s ÉCOLE", "It was AGREED:",
        "tab\there", "ends with space ", "aAaA", "Recommendation(s)", "über Über", "x", "ßẞ", "日本語 テキスト",
    ]
    static let needles = ["", "a", "A", "that", "THE", "é", "’", " ", "report be", "Über", "z", "AgReEd"]

    /// The offset in UTF-8 bytes of each match, found the slow way.
    static func reference(_ text: String, _ needle: String, caseInsensitive: Bool) -> [Int] {
        let fold: (UInt8) -> UInt8 = { caseInsensitive && $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        let bytes = Array(text.utf8).map(fold), pattern = Array(needle.utf8).map(fold)
        guard !pattern.isEmpty, bytes.count >= pattern.count else { return [] }
        return (0...(bytes.count - pattern.count)).filter { Array(bytes[$0..<($0 + pattern.count)]) == pattern }
    }

    @Test func utf8RangeFindsTheFirstAndLastMatch() {
        for text in Self.samples {
            for needle in Self.needles {
                for caseInsensitive in [false, true] {
                    let expected = Self.reference(text, needle, caseInsensitive: caseInsensitive)
                    for backwards in [false, true] {
                        let found = text.utf8Range(of: needle, caseInsensitive: caseInsensitive, backwards: backwards)
                            .map { text.utf8.distance(from: text.startIndex, to: $0.lowerBound) }
                        #expect(found == (backwards ? expected.last : expected.first), "\(needle) in \(text)")
                    }
                    #expect(text.utf8Contains(needle, caseInsensitive: caseInsensitive) == !expected.isEmpty)
                }
            }
            // A substring that does not start at its base's first byte.
            let tail = text.dropFirst(min(2, text.count))
            for needle in Self.needles {
                let expected = Self.reference(String(tail), needle, caseInsensitive: false).first
                #expect(tail.utf8Range(of: needle).map { tail.utf8.distance(from: tail.startIndex, to: $0.lowerBound) } == expected)
            }
        }
    }

    @Test func asciiLoweringLowersOnlyASCIICapitals() {
        for text in Self.samples {
            let expected = String(String.UnicodeScalarView(text.unicodeScalars.map {
                $0.value >= 0x41 && $0.value <= 0x5A ? Unicode.Scalar($0.value + 0x20)! : $0
            }))
            #expect(text.asciiLowercased() == expected)
            #expect(text[...].asciiLowercased() == expected)
        }
        #expect("ÉCOLE".asciiLowercased() == "École")
    }

    @Test func wordCountMatchesSplittingOnSpaces() {
        for text in Self.samples {
            #expect(text.wordCount == text.split(separator: " ").count, "\(text)")
        }
    }

    @Test func containsASCIIMatchesCharacterSearch() {
        for text in Self.samples {
            for scalar: Unicode.Scalar in [":", " ", "(", "\\", "s"] {
                #expect(text.containsASCII(scalar) == text.unicodeScalars.contains(scalar))
            }
            for test: (UInt8) -> Bool in [{ $0 &- 0x30 < 10 }, { $0 >= 0x80 }, { $0 == 0xA3 }, { $0 >= 0x20 && $0 < 0x7F }] {
                #expect(text.anyUTF8Byte(test) == text.utf8.contains(where: test) && text.everyUTF8Byte(test) == text.utf8.allSatisfy(test))
                #expect(text.dropFirst().anyUTF8Byte(test) == text.dropFirst().utf8.contains(where: test))
            }
        }
    }

    @Test func asciiCharacterSearchAnswersAsCharacterSearchDoes() {
        // A combining mark after the character, a prepended mark before it and CR LF make the
        // byte no character of its own; the search must then go on to a later one or find none.
        let texts = Self.samples + ["a:b", "It was AGREED: x", "é:", "e\u{301}e\u{301}e:", ":\u{301} x: y", "\u{600}: x: y", "\r\n, \r", "no colon here", ":", "é:", ":é", "£,", "x,\u{301}"]
        for text in texts {
            for scalar: Unicode.Scalar in [":", ",", "\r", "\n", "@"] {
                let expected = text.firstIndex(of: Character(scalar)).map { text.utf8.distance(from: text.startIndex, to: $0) }
                let found = text.firstIndex(ofASCII: scalar).map { text.utf8.distance(from: text.startIndex, to: $0) }
                #expect(found == expected, "\(text.debugDescription) \(scalar.debugDescription)")
                let slice = text.dropFirst(0)
                #expect(slice.firstIndex(ofASCII: scalar) == slice.firstIndex(of: Character(scalar)))
            }
            for limit in [0, 1, 3, 40] {
                #expect(text.firstUTF8Index(ofASCII: ":", within: limit) == text.utf8.prefix(limit).firstIndex(of: UInt8(ascii: ":")))
                #expect(text.firstIndex(ofASCII: ":", withinCharacters: limit) == text.prefix(limit).firstIndex(of: ":"), "\(text.debugDescription) \(limit)")
            }
        }
    }

    @Test func aCapitalOpeningTheTextIsReadAsTheFirstCharacterIs() {
        for text in Self.samples + ["A\u{301}bc", "É", "\r\nA", "a", "Ab", "Z", "[A", "Ü", "ß", "Ⅻ"] {
            #expect(text.startsWithCapital == (text.first?.isUppercaseQuick == true), "\(text.debugDescription)")
            #expect(text.dropFirst(0).startsWithCapital == (text.first?.isUppercaseQuick == true))
        }
    }

    @Test func joinedLinesCloseUpAHyphenAfterALetterOnly() {
        #expect(TextJoiner.join(["take-", "up"]) == "take-up")
        #expect(TextJoiner.join(["  take- ", "up "]) == "take-up")
        #expect(TextJoiner.join(["2023-", "and"]) == "2023- and")
        #expect(TextJoiner.join(["take-", "Up"]) == "take- Up")
        #expect(TextJoiner.join(["a-", "b"]) == "a-b")
        #expect(TextJoiner.join(["café-", "bar"]) == "café-bar")
        #expect(TextJoiner.join(["é-", "bar"]) == "é-bar")
        #expect(TextJoiner.join(["x\u{600}-", "bar"]) == "x\u{600}- bar")  // the hyphen joins the mark before it
        #expect(TextJoiner.join(["", " one ", "", "two"]) == "one two")
    }

    @Test func wordsCutAsSplittingOnSpacesDoes() {
        let samples = Self.samples + ["a  b   c ", "   ", "e\u{301} x", "a \u{301}b c", "one", "x \u{200D}y z", " lead and trail ", "end \u{301}", "x y \u{200D}"]
        for text in samples {
            #expect(Array(Words(text)) == text.split(separator: " "), "\(text)")
            #expect(Words(text).first == text.split(separator: " ").first)
            #expect(Words(text).last == text.split(separator: " ").last, "\(text.debugDescription)")
            // A substring that does not start at its base's first byte.
            let tail = text.dropFirst(min(1, text.count))
            #expect(Array(Words(tail)) == tail.split(separator: " "), "\(tail)")
            #expect(Words(tail.dropLast(min(1, tail.count))).last == tail.dropLast(min(1, tail.count)).split(separator: " ").last)
        }
        // Stopping early reads no further: the prefix of a long line is its first words.
        let long = String(repeating: "word ", count: 10_000)
        #expect(Array(Words(long).prefix(3)) == ["word", "word", "word"])
    }

    @Test func phraseSetFindsWhatAnyOneSearchFinds() {
        let phrases = ["that", "THE", "é", "report be", "agreed", " was ", "z"]
        let exact = PhraseSet(phrases)
        let folded = PhraseSet(phrases, caseInsensitive: true)
        for text in Self.samples + ["It was agreed", "the report be noted", "was", "x was y"] {
            #expect(exact.occurs(in: text) == phrases.contains { text.utf8Contains($0) }, "\(text)")
            #expect(folded.occurs(in: text) == phrases.contains { text.utf8Contains($0, caseInsensitive: true) }, "\(text)")
            #expect(exact.occurs(in: text, padded: true) == phrases.contains { (" " + text + " ").utf8Contains($0) }, "\(text)")
        }
        #expect(PhraseSet([" will "]).occurs(in: "will", padded: true))
        #expect(!PhraseSet([" will "]).occurs(in: "will"))
        #expect(!PhraseSet([]).occurs(in: "anything"))
    }

    @Test func letterCountsAnswerAsFilteringCharactersDoes() {
        let samples = Self.samples + ["RISK REGISTER", "Risk Register", "A1 B2", "ÉTÉ", "été", "STRASSE ß", "\r\nAB\r\n", "", "1.2 (a)", "日本", "ⅫA"]
        for text in samples {
            let letters = text.filter(\.isLetterQuick)
            #expect(text.letterCount == letters.count, "\(text)")
            #expect(text.letterCase.letters == letters.count, "\(text)")
            #expect(text.letterCase.capitals == (letters.uppercased() == letters), "\(text)")
            let tail = text.dropFirst(min(1, text.count))
            #expect(tail.letterCount == tail.filter(\.isLetterQuick).count, "\(tail)")
        }
    }

    @Test func decisionParagraphsAreTheTrimmedNonEmptyLines() {
        let samples = Self.samples + ["one\n\ntwo", "\t lead\ntrail \t\n", "\n\n", "a\r\nb", "  £5m – Café\n  ÉCOLE  ", "x\n \t \ny"]
        for text in samples {
            let expected = text.utf8.split(separator: 0x0A).map { Substring($0).trimmingSpaces() }.filter { !$0.isEmpty }
            #expect(DecisionExtractor.paragraphs(text) == expected, "\(text.debugDescription)")
        }
    }

    @Test func lastCharacterMarksAnswerAsTheLastCharacterDoes() {
        let texts = Self.samples + ["end.", "a)", "x\r\n", "\r)", "é.", "e\u{301}.", "\u{600})", ".\u{301}", "£;", ";", "", "\n"]
        for text in texts {
            for marks in [".:;?!)", ",;", "\n"] {
                #expect(text.lastCharacter(isOneOf: marks) == text.last.map { marks.contains($0) }, "\(text.debugDescription) \(marks)")
                #expect(text.dropFirst(0).lastCharacter(isOneOf: marks) == text.last.map { marks.contains($0) })
            }
        }
    }

    @Test func trimmingSpacesDropsSpacesAndTabsAtTheEndsOnly() {
        for text in Self.samples + ["\t x \t", " Café ", "  e\u{301}  ", "£5 \t", "\t\t", " 日本 "] {
            var scalars = Array(text.unicodeScalars)
            while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
            while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
            let expected = String(String.UnicodeScalarView(scalars))
            #expect(text.trimmingSpaces() == expected && text.dropFirst(0).trimmingSpaces() == expected, "\(text.debugDescription)")
        }
    }

    /// The scalar trims stand in for Foundation's `trimmingCharacters(in:)`: same answers.
    @Test func scalarTrimsAnswerAsFoundationsTrimmingDoes() {
        let extra = ["\"Council,\"", "(Cabinet)", "– Council –", "...", "¿Qué?", "«Conseil»", "Council’s.", "x_y_", "-\u{301}a-",
                     "$5+", "#tag!", " :Name: ", "\u{3000}x\u{3000}", "\t\u{A0}x\u{2003}"]
        for text in Self.samples + extra {
            #expect(text.trimmingPunctuation() == text.trimmingCharacters(in: .punctuationCharacters), "\(text.debugDescription)")
            for listed in [" ,;|:–-", " :", " .:-–,", ".", " -–—,"] {
                #expect(text.trimmingScalars(in: listed) == text.trimmingCharacters(in: CharacterSet(charactersIn: listed)),
                        "\(text.debugDescription) \(listed)")
            }
            #expect(text.trimmingScalars { $0 == "\t" || $0.properties.generalCategory == .spaceSeparator }
                    == text.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)")
        }
    }

    @Test func decisionsAreComparedByTheirLoweredLettersAndDigits() {
        let ascii = String((0..<128).map { Character(Unicode.Scalar(UInt8($0))) })
        // The marks read from bytes, each beside letters, digits, combining marks and letters
        // of other scripts, and near misses (other scalars that share their first bytes).
        let marks = ["\u{A0}", "£", "§", "©", "«", "®", "°", "·", "»", "×", "÷", "‐", "‑", "‒", "–", "—", "―", "‘", "’", "‚", "‛", "“", "”",
                     "„", "‟", "†", "‡", "•", "…", "€", "¢", "¹", "ª", "Ø", "ø", "‖", "‰", "ⁱ", "₂", "\u{301}", "é", "Σ"]
        let mixed = marks.flatMap { ["a\($0)B", "\($0)\u{301}x", "7\($0)", "\($0)", "x\($0)\u{200D}y", "“\($0)”"] }
        for text in Self.samples + mixed + [ascii, "RESOLVED: (a) That 3 Items [A-Z] be `noted`@home", "Ünïcödé 12 – DONE", "£5m — “agreed”…"] {
            let expected = text.lowercased().filter { $0.isLetter || $0.isNumber }
            #expect(DecisionExtractor.comparable(text) == expected, "\(text.debugDescription)")
        }
    }

    @Test func quickCharacterPropertiesAnswerAsTheStandardOnes() {
        var characters: [Character] = ["\r\n", "e\u{301}", " \u{301}", "£", "–", "’", "É", "ß", "٣", "Ⅻ", "\u{A0}", "\u{2003}", "日", "👍🏽"]
        characters += (0..<128).map { Character(Unicode.Scalar(UInt8($0))) }
        for char in characters {
            #expect(char.isLetterQuick == char.isLetter, "\(char.unicodeScalars.map(\.value))")
            #expect(char.isNumberQuick == char.isNumber, "\(char.unicodeScalars.map(\.value))")
            #expect(char.isUppercaseQuick == char.isUppercase, "\(char.unicodeScalars.map(\.value))")
            #expect(char.isLowercaseQuick == char.isLowercase, "\(char.unicodeScalars.map(\.value))")
            #expect(char.isWhitespaceQuick == char.isWhitespace, "\(char.unicodeScalars.map(\.value))")
        }
    }
}
