extension Character {
    // Swift's `Character` properties look every character up in Unicode's property tables, even
    // "a" and "7"; the extractors ask them of nearly every character they read. These give the
    // same answers, deciding a one-byte (ASCII) character from its byte and leaving every other
    // character — "\r\n" included — to the standard property.

    /// `isLetter`: for ASCII, `A`–`Z` and `a`–`z`.
    @inlinable public var isLetterQuick: Bool {
        let utf8 = self.utf8
        if utf8.count == 1, let byte = utf8.first { return (byte | 0x20) &- 0x61 < 26 }
        return isLetter
    }

    /// `isNumber`: for ASCII, `0`–`9`.
    @inlinable public var isNumberQuick: Bool {
        let utf8 = self.utf8
        if utf8.count == 1, let byte = utf8.first { return byte &- 0x30 < 10 }
        return isNumber
    }

    /// `isUppercase`: for ASCII, `A`–`Z`.
    @inlinable public var isUppercaseQuick: Bool {
        let utf8 = self.utf8
        if utf8.count == 1, let byte = utf8.first { return byte &- 0x41 < 26 }
        return isUppercase
    }

    /// `isLowercase`: for ASCII, `a`–`z`.
    @inlinable public var isLowercaseQuick: Bool {
        let utf8 = self.utf8
        if utf8.count == 1, let byte = utf8.first { return byte &- 0x61 < 26 }
        return isLowercase
    }

    /// `isWhitespace`: for ASCII, space and tab to carriage return.
    @inlinable public var isWhitespaceQuick: Bool {
        let utf8 = self.utf8
        if utf8.count == 1, let byte = utf8.first { return byte == 0x20 || byte &- 0x09 < 5 }
        return isWhitespace
    }
}
