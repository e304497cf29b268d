/// The pattern for sums of money in pounds: "£350,000", "£1.2m", "£2.5 million", "£12.3bn",
/// "£0.5k", "£ 13,000", "£1,234.56" — with the value in pence.
public enum MoneyPattern {
    public struct Match: Equatable, Sendable {
        /// As printed, from the pound sign to the end of the multiplier.
        public var text: String
        public var pence: Int64
        /// UTF-8 byte offsets in the searched text.
        public var range: Range<Int>
    }

    public static func all(in text: String) -> [Match] {
        let bytes = Array(text.utf8)
        var matches: [Match] = []
        var index = 0
        while index + 1 < bytes.count {
            // "£" is C2 A3 in UTF-8.
            guard bytes[index] == 0xC2, bytes[index + 1] == 0xA3 else { index += 1; continue }
            let start = index
            var cursor = index + 2
            if cursor < bytes.count, bytes[cursor] == 0x20 { cursor += 1 }
            var whole: Int64 = 0
            var digits = 0
            var fraction = ""
            while cursor < bytes.count {
                let byte = bytes[cursor]
                if isDigit(byte) {
                    whole = whole &* 10 &+ Int64(byte - 0x30); digits += 1; cursor += 1
                } else if byte == 0x2C, digits > 0, isThousandsGroup(bytes, after: cursor) {
                    cursor += 1  // "350,000": a comma before exactly three digits
                } else {
                    break
                }
            }
            guard digits > 0, digits <= 15 else { index = cursor; continue }
            if cursor + 1 < bytes.count, bytes[cursor] == 0x2E, (0x30...0x39).contains(bytes[cursor + 1]) {
                cursor += 1
                while cursor < bytes.count, (0x30...0x39).contains(bytes[cursor]), fraction.count < 6 {
                    fraction.append(Character(Unicode.Scalar(bytes[cursor]))); cursor += 1
                }
            }
            let (multiplier, end) = multiplierAt(bytes, cursor)
            let pence = value(whole: whole, fraction: fraction, multiplier: multiplier)
            let printed = String(decoding: bytes[start..<end], as: UTF8.self)
            matches.append(Match(text: printed, pence: pence, range: start..<end))
            index = end
        }
        return matches
    }

    /// Reads "m", "million", "bn", "billion", "k" (optionally after one space) at `cursor`.
    /// The multiplier words, as lower-case bytes, in the order they are tried.
    private static let multiplierWords: [(word: [UInt8], factor: Int64)] = [
        ("million", 1_000_000), ("billion", 1_000_000_000), ("bn", 1_000_000_000), ("m", 1_000_000), ("k", 1_000),
    ].map { (Array($0.0.utf8), $0.1) }

    private static func multiplierAt(_ bytes: [UInt8], _ cursor: Int) -> (Int64, Int) {
        for skip in 0...1 {
            let at = cursor + skip
            if skip == 1 && (at > bytes.count || cursor >= bytes.count || bytes[cursor] != 0x20) { continue }
            for (word, factor) in multiplierWords {
                guard at + word.count <= bytes.count, word.indices.allSatisfy({ bytes[at + $0] | 0x20 == word[$0] }) else { continue }
                let after = at + word.count
                if after < bytes.count, isWordByte(bytes[after]) { continue }
                if skip == 1 && word.count == 1 { continue }  // "£5 m" is too loose; "£5 million" is fine
                return (factor, after)
            }
        }
        return (1, cursor)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// Three digits follow the comma at `comma`, and no fourth.
    private static func isThousandsGroup(_ bytes: [UInt8], after comma: Int) -> Bool {
        guard comma + 3 < bytes.count else { return false }
        guard (1...3).allSatisfy({ isDigit(bytes[comma + $0]) }) else { return false }
        return comma + 4 >= bytes.count || !isDigit(bytes[comma + 4])
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    private static func value(whole: Int64, fraction: String, multiplier: Int64) -> Int64 {
        // pence = (whole + fraction) * multiplier * 100, computed in integers.
        let scale = Int64(pow10(fraction.count))
        let fractionValue = Int64(fraction) ?? 0
        let numerator = (whole &* scale &+ fractionValue) &* multiplier &* 100
        return numerator / scale
    }

    private static func pow10(_ n: Int) -> Int { (0..<n).reduce(1) { result, _ in result * 10 } }
}
