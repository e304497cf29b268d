/// The pattern for dates as papers print them, read to ISO 8601:
/// "15 DECEMBER 2015", "15th December 2015", "Thursday, 30th January, 2025", "30 Jan 2025",
/// "January 30, 2025", "15/12/2015", "15.12.2015", "15-12-2015", "2025-01-30" — numeric dates day first, as in
/// the UK, unless the caller says the paper writes them month first ("8/24/2021", as US and
/// Canadian papers do: `prefersMonthFirst`). A numeric date that cannot be read one way
/// ("8/24/2021" day first) is read the other.
public enum DatePattern {
    public struct Match: Equatable, Sendable {
        /// `YYYY-MM-DD`.
        public var iso: String
        /// Character offsets of the date in the searched text.
        public var range: Range<Int>
        /// How the date was written.
        public var order: Order = .numeric
    }

    /// How a matched date was written: a month name after or before the day, or digits alone.
    public enum Order: Sendable {
        case dayFirst, monthFirst, numeric
        /// Digits that can only be read month first ("8/24/2021").
        case numericMonthFirstOnly
    }

    static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
        "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
        "oct": 10, "nov": 11, "dec": 12,
    ]

    private struct Token {
        var text: String
        var start: Int
        var end: Int
        var isNumber: Bool
    }

    /// The first date in `text`, if any, looking at its first 4,096 characters (front-matter
    /// lines are short; a 20 MB line of prose is not read character by character for a date).
    public static func first(in text: String, monthFirst: Bool = false) -> Match? {
        all(in: text.utf8.count > 4096 ? String(text.prefix(4096)) : text, monthFirst: monthFirst).first
    }

    /// Whether a paper writes its dates month first: more of its dates with a month name are
    /// written "January 30, 2025" than "30 January 2025", or a numeric date can only be read
    /// month first ("8/24/2021"). Reads at most the first 64 KB of `text`.
    public static func prefersMonthFirst(in text: String) -> Bool {
        var monthFirst = 0
        var dayFirst = 0
        for match in all(in: datedLines(of: text)) {
            switch match.order {
            case .monthFirst: monthFirst += 1
            case .dayFirst: dayFirst += 1
            case .numericMonthFirstOnly: monthFirst += 3
            case .numeric: continue
            }
        }
        return monthFirst > dayFirst
    }

    /// The lines of the text's first 64 KB that may hold a date, joined: those with a digit and
    /// either a month's name or a numeric date's separator. Tokenizing only these keeps the
    /// order count cheap, since most lines of a paper hold no date.
    static func datedLines(of text: String) -> String {
        var text = text
        return text.withUTF8 { all in
            let bytes = UnsafeBufferPointer(rebasing: all.prefix(65_536))
            var kept: [UInt8] = []
            var start = 0
            while start < bytes.count {
                var end = start
                var digit = false
                while end < bytes.count, bytes[end] != 0x0A {
                    digit = digit || bytes[end] &- 0x30 < 10
                    end += 1
                }
                let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                if digit, hasNumericDateShape(line) || namesMonth(line) {
                    if !kept.isEmpty { kept.append(0x0A) }
                    kept.append(contentsOf: line)
                }
                start = end + 1
            }
            return String(decoding: kept, as: UTF8.self)
        }
    }

    /// Whether the bytes hold digit, separator, one or two digits, the same separator, digit
    /// ("3/9/21", "08-31-2021", "03.02.2021"): the shape of every numeric date.
    static func hasNumericDateShape<Bytes: RandomAccessCollection>(_ bytes: Bytes) -> Bool where Bytes.Element == UInt8, Bytes.Index == Int {
        let base = bytes.startIndex
        let count = bytes.count
        func isDigit(_ index: Int) -> Bool { index < count && bytes[base + index] &- 0x30 < 10 }
        var index = 0
        while index + 4 < count {
            let separator = bytes[base + index + 1]
            if isDigit(index), separator == UInt8(ascii: "/") || separator == UInt8(ascii: "-") || separator == UInt8(ascii: "."), isDigit(index + 2) {
                let second = isDigit(index + 3) ? index + 4 : index + 3
                if second + 1 < count, bytes[base + second] == separator, isDigit(second + 1) { return true }
            }
            index += 1
        }
        return false
    }

    /// Whether `text` has what every date `all(in:)` reads has, from its bytes: the first three
    /// letters of a month's name, or an ASCII digit, one of "/.-" and an ASCII digit in a row
    /// (a numeric date's tokens are ASCII digits, and one separator stands between them). Most
    /// lines with a digit have neither, and are not tokenized.
    static func mayHoldDate(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            if namesMonth(bytes) { return true }
            var index = 1
            while index + 1 < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "/") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-"),
                   bytes[index - 1] &- 0x30 < 10, bytes[index + 1] &- 0x30 < 10 {
                    return true
                }
                index += 1
            }
            return false
        }
    }

    /// For each pair of bytes, indexed by the low five bits of each: whether the first two
    /// letters of a month's name, in either case, fall on it. Most pairs of a line do not, and
    /// `namesMonth` reads a third byte only where one does.
    private static let monthOpenings: [Bool] = {
        var table = [Bool](repeating: false, count: 1024)
        for name in ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"] {
            let bytes = Array(name.utf8)
            table[Int(bytes[0] & 0x1F) << 5 | Int(bytes[1] & 0x1F)] = true
        }
        return table
    }()

    /// Whether the bytes hold the first three letters of a month's name, in any case.
    static func namesMonth(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        monthOpenings.withUnsafeBufferPointer { openings in
            var index = 0
            while index + 2 < bytes.count {
                if openings[Int(bytes[index] & 0x1F) << 5 | Int(bytes[index + 1] & 0x1F)], namesMonth(bytes, at: index) { return true }
                index += 1
            }
            return false
        }
    }

    /// Whether the three bytes at `index` are a month's first three letters, in any case.
    private static func namesMonth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let key = (UInt32(bytes[index] | 0x20) << 16) | (UInt32(bytes[index + 1] | 0x20) << 8) | UInt32(bytes[index + 2] | 0x20)
        // "jan" … "dec" packed as three bytes; a switch over constants, not a look-up.
        switch key {
        case 0x6A_616E, 0x66_6562, 0x6D_6172, 0x61_7072, 0x6D_6179, 0x6A_756E, 0x6A_756C, 0x61_7567, 0x73_6570, 0x6F_6374,
             0x6E_6F76, 0x64_6563:
            return true
        default:
            return false
        }
    }


    /// Every date in `text`, in order.
    public static func all(in text: String, monthFirst: Bool = false) -> [Match] {
        // Every form has a day or year in ASCII digits (Int() reads no others): none, no date.
        guard text.anyUTF8Byte({ $0 &- 0x30 < 10 }), mayHoldDate(text) else { return [] }
        let (marks, tokens) = scan(text)
        var found: [Match] = []
        var position = 0
        while position < tokens.count {
            if let (match, used) = dateAt(tokens, position, marks, monthFirst: monthFirst) {
                found.append(match)
                position += used
            } else {
                position += 1
            }
        }
        return found
    }

    /// The text's characters as the rules below read them: each one's mark (its byte when it is
    /// one ASCII byte, else 0: only ASCII separators are compared) and the runs of letters or
    /// of digits, with character offsets. A byte that is a whole character
    /// (`isWholeASCIICharacter`) is read as a byte; elsewhere the text is read character by
    /// character, as `Array(text)` would cut it.
    private static func scan(_ text: String) -> (marks: [UInt8], tokens: [Token]) {
        var marks: [UInt8] = []
        var tokens: [Token] = []
        var copy = text
        copy.withUTF8 { bytes in
            marks.reserveCapacity(bytes.count)
            var tokenStart = -1  // the open token's first character, or -1
            var tokenByteStart = 0
            var numeric = false
            var position = 0  // the next character's first byte
            func closeToken() {
                guard tokenStart >= 0 else { return }
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[tokenByteStart..<position]), as: UTF8.self)
                tokens.append(Token(text: text, start: tokenStart, end: marks.count, isNumber: numeric))
                tokenStart = -1
            }
            while position < bytes.count {
                let byte = bytes[position]
                let isLetter: Bool, isNumber: Bool, opensNumber: Bool, mark: UInt8, length: Int
                if bytes.isWholeASCIICharacter(at: position) {
                    isLetter = (byte | 0x20) &- 0x61 < 26
                    isNumber = byte &- 0x30 < 10
                    opensNumber = isNumber
                    mark = byte
                    length = 1
                } else {
                    let char = text[text.utf8.index(text.utf8.startIndex, offsetBy: position)]
                    isLetter = char.isLetterQuick
                    isNumber = char.isNumber
                    opensNumber = char.isNumberQuick
                    mark = char.utf8.count == 1 ? byte : 0
                    length = char.utf8.count
                }
                if tokenStart >= 0, !(numeric ? isNumber : isLetter) { closeToken() }
                if tokenStart < 0, isLetter || opensNumber {
                    tokenStart = marks.count
                    tokenByteStart = position
                    numeric = opensNumber
                }
                marks.append(mark)
                position += length
            }
            closeToken()
        }
        return (marks, tokens)
    }

    private static func dateAt(_ tokens: [Token], _ index: Int, _ marks: [UInt8], monthFirst: Bool) -> (Match, Int)? {
        let token = tokens[index]
        // ISO 8601: 2020-02-01.
        if token.isNumber, token.text.count == 4, let year = Int(token.text), index + 2 < tokens.count,
           tokens[index + 1].isNumber, tokens[index + 2].isNumber, tokens[index + 1].text.count <= 2, tokens[index + 2].text.count <= 2,
           marks[token.end] == UInt8(ascii: "-"), tokens[index + 1].start == token.end + 1, marks[tokens[index + 1].end] == UInt8(ascii: "-"),
           tokens[index + 2].start == tokens[index + 1].end + 1, let month = Int(tokens[index + 1].text), let day = Int(tokens[index + 2].text),
           let match = make(year, month, day, token.start, tokens[index + 2].end) {
            return (match, 3)
        }
        // 8/24/2021, or 24/8/2021 in a paper that writes month first.
        if token.isNumber, let first = Int(token.text), token.text.count <= 2, index + 2 < tokens.count,
           tokens[index + 1].isNumber, tokens[index + 2].isNumber, let second = Int(tokens[index + 1].text),
           tokens[index + 1].text.count <= 2, let yearValue = Int(tokens[index + 2].text),
           tokens[index + 2].text.count == 4 || tokens[index + 2].text.count == 2,
           separatorIs(marks, token.end, tokens[index + 1].start), separatorIs(marks, tokens[index + 1].end, tokens[index + 2].start),
           monthFirst && first <= 12 || first <= 12 && second > 12 {
            let year = yearValue < 100 ? 2000 + yearValue : yearValue
            if var match = make(year, first, second, token.start, tokens[index + 2].end) {
                match.order = second > 12 ? .numericMonthFirstOnly : .numeric
                return (match, 3)
            }
        }
        // Day first: 15 [th] December [,] 2015
        if token.isNumber, let day = Int(token.text), (1...31).contains(day), token.text.count <= 2 {
            var next = index + 1
            if next < tokens.count, ["st", "nd", "rd", "th"].contains(tokens[next].text.asciiLowercased()),
               tokens[next].start == token.end {
                next += 1
            }
            if next + 1 < tokens.count, let month = months[tokens[next].text.asciiLowercased()],
               tokens[next + 1].isNumber, let year = Int(tokens[next + 1].text), tokens[next + 1].text.count == 4,
               gapIsSmall(marks, tokens[next].end, tokens[next + 1].start) {
                return make(year, month, day, token.start, tokens[next + 1].end).map { var match = $0; match.order = .dayFirst; return (match, next + 2 - index) }
            }
            // 15/12/2015
            if index + 2 < tokens.count, tokens[index + 1].isNumber, tokens[index + 2].isNumber,
               let month = Int(tokens[index + 1].text), let yearValue = Int(tokens[index + 2].text),
               tokens[index + 2].text.count == 4 || tokens[index + 2].text.count == 2,
               separatorIs(marks, token.end, tokens[index + 1].start), separatorIs(marks, tokens[index + 1].end, tokens[index + 2].start) {
                let year = yearValue < 100 ? 2000 + yearValue : yearValue
                return make(year, month, day, token.start, tokens[index + 2].end).map { ($0, 3) }
            }
        }
        // Month first: January 30, 2025
        if let month = months[token.text.asciiLowercased()], token.text.count >= 3, index + 2 < tokens.count,
           tokens[index + 1].isNumber, let day = Int(tokens[index + 1].text), tokens[index + 1].text.count <= 2 {
            var yearIndex = index + 2
            if ["st", "nd", "rd", "th"].contains(tokens[yearIndex].text.asciiLowercased()) { yearIndex += 1 }
            if yearIndex < tokens.count, tokens[yearIndex].text.count == 4, let year = Int(tokens[yearIndex].text) {
                return make(year, month, day, token.start, tokens[yearIndex].end).map { var match = $0; match.order = .monthFirst; return (match, yearIndex + 1 - index) }
            }
        }
        return nil
    }

    private static func gapIsSmall(_ marks: [UInt8], _ from: Int, _ to: Int) -> Bool {
        to - from <= 3 && marks[from..<to].allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ".") }
    }

    private static func separatorIs(_ marks: [UInt8], _ from: Int, _ to: Int) -> Bool {
        to - from == 1 && (marks[from] == UInt8(ascii: "/") || marks[from] == UInt8(ascii: ".") || marks[from] == UInt8(ascii: "-"))
    }

    private static func make(_ year: Int, _ month: Int, _ day: Int, _ start: Int, _ end: Int) -> Match? {
        guard (1900...2100).contains(year), (1...12).contains(month) else { return nil }
        let monthDays = [31, year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard (1...monthDays[month - 1]).contains(day) else { return nil }
        let iso = padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2)
        return Match(iso: iso, range: start..<end)
    }
}

/// Zero-padded decimal digits: `padded(7, 2)` is "07".
func padded(_ value: Int, _ width: Int) -> String {
    var digits = "\(value)"
    while digits.count < width { digits = "0" + digits }
    return digits
}
