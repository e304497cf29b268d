extension UnsafeBufferPointer where Element == UInt8 {
    // The one rule every byte shortcut over UTF-8 text rests on: where an ASCII byte is a
    // character of its own. A character goes on past a scalar only into a combining mark, a
    // joiner or another scalar that extends it, and begins before one only after a prepended
    // mark; none of these is ASCII. The one ASCII pair that makes one character is CR LF.

    /// Whether the byte at `index`, which starts a character, is that whole character: it is
    /// ASCII, the byte after it (if any) is ASCII, and the two are not CR LF.
    @inlinable public func isWholeASCIICharacter(at index: Int) -> Bool {
        let byte = self[index]
        guard byte < 0x80 else { return false }
        guard index + 1 < count else { return true }
        let next = self[index + 1]
        return next < 0x80 && !(byte == 0x0D && next == 0x0A)
    }

    /// Whether an ASCII byte at `index` starts a character: it is the first byte, or the byte
    /// before it is ASCII and the two are not CR LF.
    @inlinable public func startsCharacter(at index: Int) -> Bool {
        guard index > 0 else { return true }
        let previous = self[index - 1]
        return previous < 0x80 && !(previous == 0x0D && self[index] == 0x0A)
    }
}
