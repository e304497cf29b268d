/// The punctuation papers print beyond ASCII that a rule over bytes may step over as it steps
/// over ASCII punctuation: no-break space, £, §, ©, «, ®, °, ·, », ×, ÷, the dashes
/// (U+2010–2015), the quotes (U+2018–201F), †, ‡, •, … and €.
///
/// Each is one scalar that is neither a letter nor a digit, has no case, and joins no neighbour
/// into one character (no combining mark, joiner or prepended mark among them). So in text of
/// ASCII and these marks, every scalar but CR LF is a character of its own, a character's
/// letter, digit and case tests read its byte, and lowering the text changes its ASCII
/// capitals only — what lets `comparable` and `asciiSentences` read such text from its bytes.
enum StandaloneMark {
    /// The length in bytes of the mark that starts at `index`, or nil when no mark starts there.
    static func length(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let lead = bytes[index]
        guard index + 1 < bytes.count else { return nil }
        let second = bytes[index + 1]
        switch lead {
        case 0xC2:
            switch second {
            case 0xA0, 0xA3, 0xA7, 0xA9, 0xAB, 0xAE, 0xB0, 0xB7, 0xBB: return 2
            default: return nil
            }
        case 0xC3: return second == 0x97 || second == 0xB7 ? 2 : nil
        case 0xE2:
            guard index + 2 < bytes.count else { return nil }
            let third = bytes[index + 2]
            if second == 0x80, third &- 0x90 < 6 || third &- 0x98 < 11 || third == 0xA6 { return 3 }
            if second == 0x82, third == 0xAC { return 3 }
            return nil
        default: return nil
        }
    }

    /// Whether the bytes hold only ASCII and these marks.
    static func onlyASCIIAndMarks(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            if bytes[index] < 0x80 {
                index += 1
            } else if let length = length(in: bytes, at: index) {
                index += length
            } else {
                return false
            }
        }
        return true
    }
}
