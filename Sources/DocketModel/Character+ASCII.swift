extension Character {
    // Swift's `Character` properties look every character up in Unicode's property tables, even
    // "a" and "7"; the extractors ask them of nearly every character they read. These give the
    // same answers, deciding a one-byte (ASCII) character from its byte and leaving every other
    // character — "\r\n" included — to the standard property.

    /// The character's byte when it is one byte (ASCII), else `nil`.
    @usableFromInline var singleByte: UInt8? {
        let utf8 = self.utf8
        return utf8.count == 1 ? utf8.first : nil
    }

    /// `isLetter`: for ASCII, `A`–`Z` and `a`–`z`.
    @inlinable public var isLetterQuick: Bool { singleByte.map { ($0 | 0x20) &- 0x61 < 26 } ?? isLetter }

    /// `isNumber`: for ASCII, `0`–`9`.
    @inlinable public var isNumberQuick: Bool { singleByte.map { $0 &- 0x30 < 10 } ?? isNumber }

    /// `isUppercase`: for ASCII, `A`–`Z`.
    @inlinable public var isUppercaseQuick: Bool { singleByte.map { $0 &- 0x41 < 26 } ?? isUppercase }

    /// `isLowercase`: for ASCII, `a`–`z`.
    @inlinable public var isLowercaseQuick: Bool { singleByte.map { $0 &- 0x61 < 26 } ?? isLowercase }

    /// `isWhitespace`: for ASCII, space and tab to carriage return.
    @inlinable public var isWhitespaceQuick: Bool { singleByte.map { $0 == 0x20 || $0 &- 0x09 < 5 } ?? isWhitespace }
}
