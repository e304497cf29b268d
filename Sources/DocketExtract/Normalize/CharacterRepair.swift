/// Repairs characters that conversion leaves behind: non-breaking and other fixed-width spaces
/// become spaces, zero-width characters, byte-order marks and soft hyphens are removed, the
/// ligatures ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ are spelled out, and C0/C1 control characters (other than tab)
/// are dropped. Idempotent.
enum CharacterRepair {
    static func repair(_ text: String) -> String {
        // Fast path: plain ASCII without control characters needs nothing.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F || $0 == 0x09 }) { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
                out.append(" ")
            case 0x200B...0x200D, 0x2060, 0xFEFF, 0x00AD:
                continue
            case 0xFB00: out.append(contentsOf: "ff".unicodeScalars)
            case 0xFB01: out.append(contentsOf: "fi".unicodeScalars)
            case 0xFB02: out.append(contentsOf: "fl".unicodeScalars)
            case 0xFB03: out.append(contentsOf: "ffi".unicodeScalars)
            case 0xFB04: out.append(contentsOf: "ffl".unicodeScalars)
            case 0xFB05, 0xFB06: out.append(contentsOf: "st".unicodeScalars)
            case 0x09:
                out.append(scalar)
            case 0x00...0x1F, 0x7F...0x9F:
                continue
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }
}
