/// The pattern for labels that start numbered headings, paragraphs and items:
/// `1.`, `1`, `1.1`, `2.3.4`, `292.`, `1)`, `(1)`, `(a)`, `a)`, `a.`, `A.`, `(i)`, optionally
/// behind a bullet (`- 2.1 …`, `• 3.2 …`) or the word "Item" (`Item 5`, `ITEM 2:`, `Agenda
/// Item 3.`: the label is the number), and the item codes minutes and agendas number by
/// (`SectionLabel.Style.code`): `124/17`, `19/045`, `R2023-069`, `A-1`.
///
/// It rejects what only looks like a label: a number followed by lower-case text ("100 children
/// were"), a year ("2015 was"), a decimal in prose ("3.5 per cent"), a money amount, a time
/// ("10.00 am"), zero components ("0.3FE"), numbers glued to text ("5FE"), and what only looks
/// like a code: a financial year ("2025/26"), a date ("12/05/2018"), cents ("65/100").
public enum SectionLabelPattern {
    public struct Match: Sendable {
        public var label: SectionLabel
        /// The text after the label and the spaces that follow it.
        public var rest: Substring
        /// How many spaces or tabs separated the label from the text.
        public var gap: Int
        /// `true` when a bullet preceded the label.
        public var bulleted: Bool
    }

    private static let bullets: Set<Character> = ["-", "•", "*", "◦", "▪", "·", "–"]

    public static func match(_ line: String) -> Match? {
        guard line.utf8.withContiguousStorageIfAvailable(mayOpenWithLabel) ?? true else { return nil }
        return matchWithoutFilter(line)
    }

    /// `match` without the byte filter in front of it (`mayOpenWithLabel`), which tests hold it to.
    static func matchWithoutFilter(_ line: String) -> Match? {
        var text = Substring(line)
        var bulleted = false
        // Each bullet opens with "-", "*" or a byte of a longer scalar: most lines are ruled out
        // by their first byte before a character is made of it.
        if let head = text.utf8.first, head == 0x2D || head == 0x2A || head >= 0xC2,
           let first = text.first, bullets.contains(first), text.dropFirst().first == " " {
            text = text.dropFirst().drop { $0 == " " }
            bulleted = true
        }
        let afterItemWord = itemWord(text)
        if let afterItemWord { text = afterItemWord }
        guard let first = text.first else { return nil }
        let parsed: (SectionLabel, Substring)?
        if let code = code(text) {
            parsed = code
        } else if first.isASCII && first.isNumberQuick {
            parsed = decimal(text)
        } else if first == "(" {
            parsed = bracketed(text)
        } else if first.isASCII && first.isLetterQuick {
            parsed = lettered(text)
        } else {
            parsed = nil
        }
        guard var (parsedLabel, afterLabel) = parsed else { return nil }
        // "01", "025": a number written with a leading zero is a reference in a list or table
        // (a public-forum statement, a district, a code), not a paragraph's number.
        if parsedLabel.style == .decimal, parsedLabel.components.count == 1, parsedLabel.printed.count >= 2,
           parsedLabel.printed.hasPrefix("0") {
            return nil
        }
        // "ITEM 2: Title", "Item 5 – Title": the separator after the number is the label's.
        if afterItemWord != nil, let mark = afterLabel.first, ":-–".contains(mark) {
            afterLabel = afterLabel.dropFirst()
            parsedLabel.punctuated = true
        } else if afterItemWord != nil, afterLabel.hasPrefix(" -") || afterLabel.hasPrefix(" –") {
            afterLabel = afterLabel.dropFirst(2)
            parsedLabel.punctuated = true
        }
        var label = parsedLabel
        label.format = format(of: text[text.startIndex..<afterLabel.startIndex], label: label)
        let gap = afterLabel.prefix { $0 == " " || $0 == "\t" }.count
        let rest = afterLabel.dropFirst(gap)
        guard gap > 0 || rest.isEmpty else { return nil }
        guard restIsPlausible(rest, label: label, gap: gap) else { return nil }
        return Match(label: label, rest: rest, gap: gap, bulleted: bulleted)
    }

    /// The words `itemWord` reads, as bytes.
    private static let itemWordBytes = ["Agenda Item ", "AGENDA ITEM ", "Item ", "ITEM ", "SECTION ", "Section "].map { Array($0.utf8) }

    /// Whether a label may open a line with these bytes: `false` only where `match` finds none.
    /// Every form opens with a bullet ("-", "*" or a longer scalar), a digit, "(", or an ASCII
    /// letter; a letter only in a code (a capital, then a capital, digit or "-"), in a lettered
    /// label (letters, then ")", or one letter, then "."), or in a word `itemWord` reads. Most
    /// lines are prose ("The Council …") and are ruled out here, before a `Character` is made.
    static func mayOpenWithLabel(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let head = bytes.first else { return false }
        if head == 0x2D || head == 0x2A || head >= 0xC2 || head &- 0x30 < 10 || head == UInt8(ascii: "(") { return true }
        @inline(__always) func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }
        guard isLetter(head) else { return false }
        if head &- 0x41 < 26, bytes.count > 1, bytes[1] &- 0x41 < 26 || bytes[1] &- 0x30 < 10 || bytes[1] == UInt8(ascii: "-") { return true }
        var letters = 1
        while letters < bytes.count, isLetter(bytes[letters]) { letters += 1 }
        if letters < bytes.count, bytes[letters] == UInt8(ascii: ")") || bytes[letters] == UInt8(ascii: ".") && letters == 1 { return true }
        return opensWithItemWord(bytes)
    }

    /// Whether the bytes open with one of the words `itemWord` reads.
    private static func opensWithItemWord(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        itemWordBytes.contains { word in bytes.count >= word.count && bytes.prefix(word.count).elementsEqual(word) }
    }

    /// The text after "Item " / "ITEM " / "Agenda Item " when a number follows it, else `nil`.
    private static func itemWord(_ text: Substring) -> Substring? {
        // Each word opens with "A", "I" or "S".
        guard let head = text.utf8.first, head == UInt8(ascii: "A") || head == UInt8(ascii: "I") || head == UInt8(ascii: "S") else {
            return nil
        }
        // The bytes first: for these ASCII words a byte prefix is needed for a `Character` one.
        guard text.utf8.withContiguousStorageIfAvailable(opensWithItemWord) ?? true else { return nil }
        for word in ["Agenda Item ", "AGENDA ITEM ", "Item ", "ITEM ", "Item No. ", "ITEM NO. ", "SECTION ", "Section "]
        where text.utf8.starts(with: word.utf8) && text.hasPrefix(word) {
            let rest = text.dropFirst(word.count)
            guard let first = rest.first, first.isASCII, first.isNumberQuick else { continue }
            // "SECTION 1." of a resolution; "Section 34 (12) of the Planning Act" is a reference.
            if word.hasPrefix("S") {
                let digits = rest.prefix { $0.isNumberQuick }
                guard rest.dropFirst(digits.count).first == "." || rest.dropFirst(digits.count).first == ":" else { continue }
            }
            return rest
        }
        return nil
    }

    /// An item code at the start of `text` (`124/17`, `19/045`, `R2023-069`, `A-1`) and what
    /// follows it (a trailing ":" or "." is part of the label), or `nil`.
    static func code(_ text: Substring) -> (SectionLabel, Substring)? {
        // Every code opens with a digit or a capital: test that byte before copying any.
        guard let head = text.utf8.first, head &- 0x30 < 10 || head &- 0x41 < 26 else { return nil }
        // And what each form needs next, still before copying: a "/" after at most three
        // digits, or after a capital another capital, a digit or "-" (most lines fail here).
        if head &- 0x30 < 10 {
            guard text.utf8.prefix(4).contains(UInt8(ascii: "/")) else { return nil }
        } else {
            guard let second = text.utf8.dropFirst().first, second &- 0x41 < 26 || second &- 0x30 < 10 || second == UInt8(ascii: "-") else { return nil }
        }
        let bytes = Array(text.utf8.prefix(16))
        func digits(from start: Int) -> Int {
            var end = start
            while end < bytes.count, bytes[end] &- 0x30 < 10 { end += 1 }
            return end - start
        }
        func isUpper(_ index: Int) -> Bool { index < bytes.count && bytes[index] &- 0x41 < 26 }
        var length = 0
        if let first = bytes.first, first &- 0x30 < 10 {
            // Item and year ("124/17"), or year and item ("19/045").
            let a = digits(from: 0)
            guard (1...3).contains(a), a < bytes.count, bytes[a] == UInt8(ascii: "/") else { return nil }
            let b = digits(from: a + 1)
            guard (2...3).contains(b) else { return nil }
            length = a + 1 + b
            let left = Int(String(decoding: bytes[0..<a], as: UTF8.self)) ?? 0
            let right = Int(String(decoding: bytes[(a + 1)..<length], as: UTF8.self)) ?? 0
            // "2025/26" is a financial year, "65/100" cents, "12/05/2018" a date.
            if a >= 2 && b == 2 && right == (left + 1) % 100 || right == 100 || left == 0 { return nil }
            if length < bytes.count, bytes[length] == UInt8(ascii: "/") || bytes[length] &- 0x30 < 10 { return nil }
        } else if isUpper(0) {
            var letters = 0
            while isUpper(letters), letters < 2 { letters += 1 }
            let year = digits(from: letters)
            if year >= 2, letters + year < bytes.count, bytes[letters + year] == UInt8(ascii: "-") {
                // A resolution number: "R2023-069".
                let number = digits(from: letters + year + 1)
                guard (1...4).contains(number) else { return nil }
                length = letters + year + 1 + number
            } else if letters == 1, year == 0, bytes.count > 2, bytes[1] == UInt8(ascii: "-") {
                // An agenda section's item: "A-1", "C-12".
                let number = digits(from: 2)
                guard (1...2).contains(number) else { return nil }
                length = 2 + number
            } else {
                return nil
            }
            if length < bytes.count, isUpper(length) || bytes[length] &- 0x61 < 26 || bytes[length] &- 0x30 < 10 { return nil }
        } else {
            return nil
        }
        let end = text.utf8.index(text.startIndex, offsetBy: length)
        let printed = String(text[..<end])
        var after = text[end...]
        var punctuated = false
        if let mark = after.first, mark == ":" || mark == "." || mark == ")" {
            after = after.dropFirst()
            punctuated = true
        }
        return (SectionLabel(style: .code, components: [1], printed: printed, letters: "", punctuated: punctuated), after)
    }

    /// The label's written shape with letters and digits replaced: "(a)" → "(a)", "B." → "A.",
    /// "iv)" → "i)", "3)" → "1)", "(12)" → "(1)", "2.1" → "1.1".
    private static func format(of printed: Substring, label: SectionLabel) -> String {
        if label.style == .decimal { return Array(repeating: "1", count: label.depth).joined(separator: ".") }
        var out = ""
        var lastWasToken = false
        for char in printed {
            if char.isNumberQuick || char.isLetterQuick {
                if !lastWasToken {
                    if char.isNumberQuick { out += "1" }
                    else if label.roman != nil && label.letters.count > 1 { out += char.isUppercaseQuick ? "I" : "i" }
                    else { out += char.isUppercaseQuick ? "A" : "a" }
                }
                lastWasToken = true
            } else {
                out.append(char)
                lastWasToken = false
            }
        }
        return out
    }

    /// A decimal label ("1.", "2.3.4", "12)") at the start of `text` and the text after it, read
    /// from the bytes where they decide, else character by character (`decimalByCharacter`).
    static func decimal(_ text: Substring) -> (SectionLabel, Substring)? {
        let read: (SectionLabel, Substring)??? = text.utf8.withContiguousStorageIfAvailable { decimal(text, bytes: $0) }
        if let read = read ?? nil { return read }
        return decimalByCharacter(text)
    }

    /// `decimalByCharacter` over the bytes, or nil (not a label: `.some(nil)`) — and `nil` when a
    /// digit, "." or ")" it reads is not a whole character by its bytes (`isWholeASCIICharacter`:
    /// a combining mark may follow it): the character rule then decides. Every position read is
    /// a character's start, so where each byte read is a whole character this is that rule exactly.
    private static func decimal(_ text: Substring, bytes: UnsafeBufferPointer<UInt8>) -> (SectionLabel, Substring)?? {
        var undecided = false
        func isCharacter(_ at: Int, _ test: (UInt8) -> Bool) -> Bool {
            guard at < bytes.count, test(bytes[at]) else { return false }
            if !bytes.isWholeASCIICharacter(at: at) { undecided = true }
            return true
        }
        func isDigit(_ at: Int) -> Bool { isCharacter(at) { $0 &- 0x30 < 10 } }
        var components: [Int] = []
        var index = 0
        var digitsEnd = 0
        while true {
            var end = index
            var value = 0
            while isDigit(end), end - index < 4 {
                value = value * 10 + Int(bytes[end] &- 0x30)
                end += 1
            }
            guard end > index, end - index <= 3, !isDigit(end) else { return undecided ? nil : .some(nil) }
            components.append(value)
            index = end
            digitsEnd = index
            guard isCharacter(index, { $0 == UInt8(ascii: ".") }), components.count < 4, isDigit(index + 1) else { break }
            index += 1
        }
        guard !components.contains(0) else { return undecided ? nil : .some(nil) }
        var punctuated = false
        var style = SectionLabel.Style.decimal
        if isCharacter(index, { $0 == UInt8(ascii: ".") }) {
            punctuated = true
            index += 1
        } else if isCharacter(index, { $0 == UInt8(ascii: ")") }), components.count == 1 {
            punctuated = true
            style = .parenNumber
            index += 1
        }
        if undecided { return nil }
        // As printed: minute numbers keep their zeros ("18.05.1" is not "18.5.1").
        let printed = String(text[text.startIndex..<text.utf8.index(text.startIndex, offsetBy: digitsEnd)])
        let rest = text[text.utf8.index(text.startIndex, offsetBy: index)...]
        return (SectionLabel(style: style, components: components, printed: printed, letters: "", punctuated: punctuated), rest)
    }

    /// The decimal label rule read character by character: up to four groups of one to three
    /// ASCII digits joined by stops, then an optional stop or, after one group, a bracket.
    static func decimalByCharacter(_ text: Substring) -> (SectionLabel, Substring)? {
        var components: [Int] = []
        var index = text.startIndex
        var digitsEnd = index
        while true {
            let digits = text[index...].prefix { $0.isASCII && $0.isNumberQuick }
            guard (1...3).contains(digits.count), let value = Int(digits) else { return nil }
            components.append(value)
            index = digits.endIndex
            digitsEnd = index
            guard index < text.endIndex, text[index] == ".", components.count < 4 else { break }
            let next = text.index(after: index)
            guard next < text.endIndex, text[next].isASCII, text[next].isNumberQuick else { break }
            index = next
        }
        guard !components.contains(0) else { return nil }
        if components.count == 1 && components[0] > 999 { return nil }
        var punctuated = false
        var style = SectionLabel.Style.decimal
        if index < text.endIndex, text[index] == "." {
            punctuated = true
            index = text.index(after: index)
        } else if index < text.endIndex, text[index] == ")", components.count == 1 {
            punctuated = true
            style = .parenNumber
            index = text.index(after: index)
        }
        // As printed: minute numbers keep their zeros ("18.05.1" is not "18.5.1").
        let printed = String(text[text.startIndex..<digitsEnd])
        return (SectionLabel(style: style, components: components, printed: printed, letters: "", punctuated: punctuated), text[index...])
    }

    private static func bracketed(_ text: Substring) -> (SectionLabel, Substring)? {
        let inner = text.dropFirst().prefix { $0 != ")" }
        guard inner.endIndex < text.endIndex, !inner.isEmpty, inner.count <= 4 else { return nil }
        let after = text[text.index(after: inner.endIndex)...]
        if inner.allSatisfy({ $0.isASCII && $0.isNumberQuick }), let value = Int(inner), value > 0, value < 100 {
            return (SectionLabel(style: .parenNumber, components: [value], printed: String(value), letters: "", punctuated: true), after)
        }
        guard inner.allSatisfy({ $0.isASCII && $0.isLetterQuick }) else { return nil }
        let letters = String(inner)
        guard letters.count == 1 || RomanNumeral.value(letters.asciiLowercased()) != nil else { return nil }
        return (SectionLabel(style: .letter, components: [letterPosition(letters)], printed: "(\(letters))",
                             letters: letters, punctuated: true), after)
    }

    private static func lettered(_ text: Substring) -> (SectionLabel, Substring)? {
        // Most lines starting with a letter are prose: rule them out on the bytes first (ASCII
        // letters, then ")" or "." — and ")" after more than one letter).
        var byteCount = 0
        var following: UInt8 = 0
        for byte in text.utf8 {
            if byte &- 0x41 < 26 || byte &- 0x61 < 26 {
                byteCount += 1
            } else {
                following = byte
                break
            }
        }
        guard following == UInt8(ascii: ")") || following == UInt8(ascii: ".") && byteCount == 1 else { return nil }
        let letters = text.prefix { $0.isASCII && $0.isLetterQuick }
        guard !letters.isEmpty, letters.endIndex < text.endIndex else { return nil }
        let mark = text[letters.endIndex]
        guard mark == ")" || mark == "." else { return nil }
        let word = String(letters)
        if word.count > 1 {
            guard word == word.asciiLowercased(), RomanNumeral.value(word) != nil, mark == ")" else { return nil }
        }
        let after = text[text.index(after: letters.endIndex)...]
        return (SectionLabel(style: .letter, components: [letterPosition(word)], printed: word, letters: word, punctuated: true), after)
    }

    private static func letterPosition(_ letters: String) -> Int {
        guard letters.count == 1, let scalar = letters.asciiLowercased().unicodeScalars.first else {
            return RomanNumeral.value(letters.asciiLowercased()) ?? 0
        }
        return Int(scalar.value) - 96
    }

    /// What the text after a label does not open with: a unit, a currency sign, punctuation.
    private static let implausibleOpeners: Set<Character> = ["%", "£", "$", "€", ".", ",", ";", ":", "/", "-", "–", ")"]

    /// What follows a label must start like a heading or a sentence: not lower case, not a digit,
    /// not a unit or a currency sign.
    private static func restIsPlausible(_ rest: Substring, label: SectionLabel, gap: Int) -> Bool {
        guard let first = rest.first else { return label.punctuated || label.style != .letter }
        if first.isNumberQuick {
            // "88. 24/00108 - Revenue and Capital Budget…", "a) 24-00093 - Decision Report": a
            // decision number opening a title; "3.7        21-063        COVID-19 Paid Sick Leave
            // Ordinance.": an agenda's file number in a column of its own.
            let token = rest.prefix { !$0.isWhitespaceQuick }
            return (label.punctuated && label.depth == 1 || gap >= 4) && label.style != .parenNumber
                && (token.containsASCII("/") || token.containsASCII("-")) && token.utf8.count <= 12
        }
        if first.isLowercaseQuick { return false }
        if implausibleOpeners.contains(first) { return false }
        switch label.style {
        case .code:
            return first.isUppercaseQuick || first == "(" || first == "*" || first == "\"" || first == "“"
        case .decimal where !label.punctuated && label.depth == 1:
            // "3 Financial implications" is a label; "100 Children were…" and "15 DECEMBER 2015" are not.
            let word = rest.prefix { $0.isLetterQuick }.asciiLowercased()
            if DatePattern.months[word] != nil { return false }
            // "12 Main Street" is an address.
            if AddressPattern.isStreetAddress(label.printed + " " + rest) { return false }
            return first.isUppercaseQuick && (gap >= 2 || label.components[0] <= 30)
        case .letter where label.printed.count == 1 && !label.punctuated:
            return false
        case .letter:
            // "A. Agree…", "a. Full council", but not initials such as "J. Smith".
            if label.printed.count == 1, label.printed.first!.isUppercaseQuick, !label.printed.hasPrefix("(") {
                let word = rest.prefix { $0.isLetterQuick }
                return gap >= 2 || word.count >= 3 && word.uppercased() != word || word.count >= 3 && word == word.uppercased()
            }
            return true
        default:
            return true
        }
    }
}
