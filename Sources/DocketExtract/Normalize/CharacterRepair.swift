/// Repairs characters that conversion leaves behind: non-breaking and other fixed-width spaces
/// become spaces, zero-width characters, byte-order marks and soft hyphens are removed, the
/// ligatures ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ are spelled out, symbol-font bullets become "•", and C0/C1 control characters (other than tab)
/// are dropped. Idempotent. Works on the UTF-8 bytes: every character it changes has a lead
/// byte of C2, E2, E3 or EF, so other bytes are copied as they are.
enum CharacterRepair {
    /// The last two UTF-8 bytes of the private-use characters that Symbol and Wingdings fonts
    /// print as list bullets (U+F0B7 •, U+F0A7 ▪, U+F0A8, U+F0D8 ➢, U+F076 ❖, U+F0FC ✓, U+F0E0):
    /// they reach the text as private-use code points, and become "•".
    static let symbolFontBullets: Set<UInt16> = [0x82B7, 0x82A7, 0x82A8, 0x8398, 0x81B6, 0x83BC, 0x83A0]

    static func repair(_ text: String) -> String {
        // Fast path: plain ASCII without control characters needs nothing.
        if text.everyUTF8Byte({ $0 >= 0x20 && $0 < 0x7F || $0 == 0x09 }) { return text }
        var text = text
        return text.withUTF8 { bytes -> String? in
            // Bytes are copied in runs up to each repair; a text with none is returned as it is.
            var out: [UInt8] = []
            var repaired = false
            var copied = 0
            var index = 0
            func next(_ offset: Int) -> UInt8 { index + offset < bytes.count ? bytes[index + offset] : 0 }
            while index < bytes.count {
                let byte = bytes[index]
                // Printable ASCII and tab, most of any text, are kept without the cases below.
                if byte &- 0x20 < 0x5F || byte == 0x09 {
                    index += 1
                    continue
                }
                var length = 1
                var replacement: String?? = nil  // nil: keep; .some(nil): drop; .some(text): replace
                switch byte {
                case 0x09: break
                case 0x00...0x1F, 0x7F: replacement = .some(nil)
                case 0xC2:
                    length = 2
                    switch next(1) {
                    case 0xA0: replacement = " "                        // U+00A0
                    case 0xAD, 0x80...0x9F: replacement = .some(nil)    // soft hyphen, C1 controls
                    default: break
                    }
                case 0xE2 where next(1) == 0x80:
                    length = 3
                    switch next(2) {
                    case 0x80...0x8A, 0xAF: replacement = " "           // U+2000–200A, U+202F
                    case 0x8B...0x8D: replacement = .some(nil)          // U+200B–200D
                    default: break
                    }
                case 0xE2 where next(1) == 0x81:
                    length = 3
                    if next(2) == 0x9F { replacement = " " }             // U+205F
                    if next(2) == 0xA0 { replacement = .some(nil) }      // U+2060
                case 0xE3 where next(1) == 0x80 && next(2) == 0x80:
                    length = 3
                    replacement = " "                                   // U+3000
                case 0xEF where next(1) == 0xBB && next(2) == 0xBF:
                    length = 3
                    replacement = .some(nil)                            // U+FEFF
                case 0xEF where Self.symbolFontBullets.contains(UInt16(next(1)) << 8 | UInt16(next(2))):
                    length = 3
                    replacement = "•"                                   // U+F0B7, U+F0A7, … (symbol-font bullets)
                case 0xEF where next(1) == 0xAC && (0x80...0x86).contains(next(2)):
                    length = 3
                    replacement = ["ff", "fi", "fl", "ffi", "ffl", "st", "st"][Int(next(2) - 0x80)]
                default:
                    break
                }
                if let change = replacement {
                    if !repaired { out.reserveCapacity(bytes.count) }
                    repaired = true
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<index]))
                    if let text = change { out.append(contentsOf: text.utf8) }
                    copied = min(index + length, bytes.count)
                }
                index += length
            }
            guard repaired else { return nil }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
            return String(decoding: out, as: UTF8.self)
        } ?? text
    }
}
