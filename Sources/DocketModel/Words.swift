/// The words of a text — the pieces between spaces, as `split(separator: " ")` cuts them —
/// found lazily over the UTF-8 bytes: a rule that reads only a line's first words stops there,
/// instead of cutting the whole paragraph into pieces first.
///
/// A space followed by a combining mark (or another scalar that joins the character before it)
/// is one `Character` with that mark, as `split` sees it, and so no separator here either.
public struct Words: Sequence {
    let text: Substring

    public init<Text: StringProtocol>(_ text: Text) {
        self.text = Substring(text)
    }

    public struct Iterator: IteratorProtocol {
        let text: Substring
        /// Byte offsets into `text`.
        var position = 0
        let count: Int

        init(text: Substring) {
            self.text = text
            count = text.utf8.count
        }

        public mutating func next() -> Substring? {
            let found: Range<Int>? = text.utf8.withContiguousStorageIfAvailable { bytes in
                var start = position
                while start < count, Words.isSpace(bytes, at: start) { start += 1 }
                guard start < count else { return nil }
                var end = start + 1
                while end < count, !Words.isSpace(bytes, at: end) { end += 1 }
                return start..<end
            } ?? nil
            guard let found else {
                position = count
                return nil
            }
            position = found.upperBound
            let utf8 = text.utf8
            let lower = utf8.index(utf8.startIndex, offsetBy: found.lowerBound)
            return text[lower..<utf8.index(lower, offsetBy: found.count)]
        }
    }

    /// Whether the byte at `offset` of well-formed UTF-8 is a space that is a character of its
    /// own (`Character(" ")`): not followed by a scalar that joins it (a combining mark, a
    /// spacing mark, an emoji modifier, a zero-width joiner).
    public static func isSpace(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        guard bytes[offset] == 0x20 else { return false }
        let next = offset + 1
        guard next < bytes.count, bytes[next] >= 0xC0 else { return true }
        // Decode the scalar after the space.
        let lead = bytes[next]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard next + length <= bytes.count else { return true }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for index in (next + 1)..<(next + length) { value = value << 6 | UInt32(bytes[index] & 0x3F) }
        guard let scalar = Unicode.Scalar(value) else { return true }
        let properties = scalar.properties
        return !(properties.isGraphemeExtend || properties.isEmojiModifier || properties.generalCategory == .spacingMark
                 || scalar.value == 0x200D)
    }

    /// The first word, without reading further.
    public var first: Substring? {
        var iterator = makeIterator()
        return iterator.next()
    }

    /// The last word, found from the end without cutting the words before it.
    public var last: Substring? {
        let text = contiguousText
        let found: Range<Int>? = text.utf8.withContiguousStorageIfAvailable { bytes in
            var end = bytes.count
            while end > 0, Words.isSpace(bytes, at: end - 1) { end -= 1 }
            guard end > 0 else { return nil }
            var start = end - 1
            while start > 0, !Words.isSpace(bytes, at: start - 1) { start -= 1 }
            return start..<end
        } ?? nil
        guard let found else { return nil }
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: found.lowerBound)
        return text[lower..<utf8.index(lower, offsetBy: found.count)]
    }

    public func makeIterator() -> Iterator {
        Iterator(text: contiguousText)
    }

    /// The text with contiguous UTF-8: a bridged or foreign string has none; a native copy does.
    private var contiguousText: Substring {
        text.utf8.withContiguousStorageIfAvailable({ _ in true }) == nil ? Substring(String(text)) : text
    }
}
