/// The pattern for telephone numbers as papers print them: UK and Irish ones — "01634 331106",
/// "03000 416157", "(01634) 331106", "+44 (0)1634 331106", "Tel: 020 8937 2063",
/// "+443000416334", "07700 900123" — and North American ones (US and Canada) — "(626) 855-1500",
/// "705-724-2144", "619.321.3208", "+1 408 535 1260", "1-800-555-0199" — with "ext 1234" /
/// "x1234" kept as an extension, read to E.164 (`+441634331106`, `+353…`, `+16268551500`).
/// A North American number needs its separators where they belong (3-3-4 digits), so that
/// file numbers, dates and parcel numbers ("264-20-086") are not read as one.
public enum PhonePattern {
    public struct Match: Equatable, Sendable {
        /// As printed.
        public var raw: String
        public var e164: String
        public var ext: String?
        public var range: Range<Int>
    }

    public static func all(in text: String) -> [Match] {
        guard mayHoldNumber(text) else { return [] }
        let chars = Array(text)
        var matches: [Match] = []
        var index = 0
        while index < chars.count {
            let char = chars[index]
            if let (match, end) = northAmerican(chars, at: index) {
                matches.append(match)
                index = end
                continue
            }
            let startsNumber = char == "+" || char == "0" || (char == "(" && index + 1 < chars.count && chars[index + 1] == "0")
            guard startsNumber, index == 0 || !(chars[index - 1].isLetterQuick || chars[index - 1].isNumberQuick) else { index += 1; continue }
            var digits = ""
            var end = index
            var cursor = index
            var plus = false
            while cursor < chars.count {
                let c = chars[cursor]
                if c.isASCII && c.isNumberQuick { digits.append(c); end = cursor + 1 }
                else if c == "+" && cursor == index { plus = true }
                else if c == " " || c == "(" || c == ")" || c == "-" || c == "." {
                    // Separators only between digit groups.
                    if cursor + 1 >= chars.count || !(chars[cursor + 1].isNumberQuick || chars[cursor + 1] == "(" || chars[cursor + 1] == " ") { break }
                } else { break }
                if digits.count > 15 { break }
                cursor += 1
            }
            guard let e164 = normalize(digits, plus: plus) else { index = max(index + 1, end); continue }
            var ext: String?
            var rangeEnd = end
            if let (value, after) = extensionAt(chars, end) { ext = value; rangeEnd = after }
            matches.append(Match(raw: String(chars[index..<end]).trimmingSpaces(), e164: e164, ext: ext, range: index..<rangeEnd))
            index = rangeEnd
        }
        return matches
    }

    /// Whether `text` has the ten ASCII digits that every number this pattern reads has (a UK
    /// or Irish number after its prefix, a North American one) — counted over the bytes, before
    /// the text is cut into characters.
    static func mayHoldNumber(_ text: String) -> Bool {
        func count<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Bool {
            var digits = 0
            for byte in bytes where byte &- 0x30 < 10 {
                digits += 1
                if digits == 10 { return true }
            }
            return false
        }
        return text.utf8.withContiguousStorageIfAvailable(count) ?? count(text.utf8)
    }

    /// E.164 for the digits, or nil when they are not a plausible UK or Irish number.
    static func normalize(_ digits: String, plus: Bool) -> String? {
        var national = digits
        if plus || digits.hasPrefix("44") || digits.hasPrefix("353") {
            if digits.hasPrefix("44") {
                national = String(digits.dropFirst(2))
                if national.hasPrefix("0") { national.removeFirst() }  // +44 (0)1634
                return (9...10).contains(national.count) ? "+44" + national : nil
            }
            if digits.hasPrefix("353") {
                national = String(digits.dropFirst(3))
                if national.hasPrefix("0") { national.removeFirst() }
                return (7...9).contains(national.count) ? "+353" + national : nil
            }
            return nil
        }
        guard national.hasPrefix("0"), !national.hasPrefix("00") else { return nil }
        guard national.count == 11 || national.count == 10 else { return nil }
        return "+44" + national.dropFirst()
    }

    /// A North American number starting at `index`: "(AAA) EEE-NNNN", "AAA-EEE-NNNN",
    /// "AAA.EEE.NNNN", "AAA EEE NNNN" after "+1 " or "1-", area and exchange codes starting 2–9.
    static func northAmerican(_ chars: [Character], at index: Int) -> (Match, Int)? {
        guard index == 0 || !(chars[index - 1].isLetterQuick || chars[index - 1].isNumberQuick || chars[index - 1] == "-" || chars[index - 1] == "/") else { return nil }
        var cursor = index
        var country = false
        if cursor < chars.count, chars[cursor] == "+" { cursor += 1 }
        if cursor + 1 < chars.count, chars[cursor] == "1", chars[cursor + 1] == " " || chars[cursor + 1] == "-" || chars[cursor + 1] == "." {
            country = true
            cursor += 2
        } else if cursor > index {
            return nil  // "+" then not "1 …": another country's number
        }
        func digits(_ count: Int) -> String? {
            guard cursor + count <= chars.count else { return nil }
            let run = chars[cursor..<(cursor + count)]
            guard run.allSatisfy({ $0.isASCII && $0.isNumberQuick }) else { return nil }
            cursor += count
            return String(run)
        }
        let area: String
        var separator: Character?
        if cursor < chars.count, chars[cursor] == "(" {
            // "(626) 855-1500", "(626)855-1500", "(626) 855 1500"
            cursor += 1
            guard let code = digits(3), cursor < chars.count, chars[cursor] == ")" else { return nil }
            cursor += 1
            if cursor < chars.count, chars[cursor] == " " || chars[cursor] == "-" { cursor += 1 }
            area = code
        } else {
            // "705-724-2144", "619.321.3208": the same separator twice.
            guard let code = digits(3), cursor < chars.count, "-. ".contains(chars[cursor]) else { return nil }
            separator = chars[cursor]
            cursor += 1
            area = code
        }
        guard let exchange = digits(3), cursor < chars.count, "-. ".contains(chars[cursor]) else { return nil }
        if let separator, chars[cursor] != separator { return nil }
        let second = chars[cursor]
        cursor += 1
        guard let line = digits(4) else { return nil }
        if cursor < chars.count, chars[cursor].isNumberQuick || chars[cursor] == "-" && cursor + 1 < chars.count && chars[cursor + 1].isNumberQuick { return nil }
        // Spaces alone separate a number only after "+1", or the digits are more likely a count.
        if separator == " " && second == " " && !country { return nil }
        guard let a = area.first, let e = exchange.first, a >= "2", e >= "2" else { return nil }
        var end = cursor
        var ext: String?
        if let (value, after) = extensionAt(chars, end) { ext = value; end = after }
        let raw = String(chars[index..<cursor]).trimmingSpaces()
        return (Match(raw: raw, e164: "+1" + area + exchange + line, ext: ext, range: index..<end), end)
    }

    private static func extensionAt(_ chars: [Character], _ start: Int) -> (String, Int)? {
        var cursor = start
        while cursor < chars.count, chars[cursor] == " " || chars[cursor] == "," || chars[cursor] == "(" { cursor += 1 }
        let rest = String(chars[cursor..<min(chars.count, cursor + 12)]).asciiLowercased()
        for marker in ["extension", "ext.", "ext", "x"] where rest.hasPrefix(marker) {
            var position = cursor + marker.count
            while position < chars.count, chars[position] == " " || chars[position] == ":" { position += 1 }
            let digits = chars[position...].prefix { $0.isNumberQuick }
            guard (2...6).contains(digits.count) else { return nil }
            var end = position + digits.count
            if end < chars.count, chars[end] == ")" { end += 1 }
            return (String(digits), end)
        }
        return nil
    }
}
