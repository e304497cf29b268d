extension Unicode.Scalar {
    // The scalar twins of `Character+ASCII`, for the readers that walk scalars: ASCII decided
    // from the value, every other scalar from Unicode's properties.

    /// A letter or a digit, as `Character.isLetter || isNumber` judge a character by its first
    /// scalar (`isAlphabetic`, or a numeric type).
    @inlinable public var isLetterOrNumberQuick: Bool {
        isASCII ? (value | 0x20) &- 0x61 < 26 || value &- 0x30 < 10 : properties.isAlphabetic || properties.numericType != nil
    }

    /// `properties.isWhitespace`: for ASCII, space and tab to carriage return.
    @inlinable public var isWhitespaceQuick: Bool {
        isASCII ? value == 0x20 || value &- 0x09 < 5 : properties.isWhitespace
    }
}
