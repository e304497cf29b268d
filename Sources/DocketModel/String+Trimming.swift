extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    @inlinable public func trimmingSpaces() -> String {
        let text = Substring(self)
        let bytes = text.utf8
        // Most lines have nothing to trim: the text is returned as it is.
        if let head = bytes.first, let tail = bytes.last, head != 0x20, head != 0x09, tail != 0x20, tail != 0x09 { return String(text) }
        guard let first = bytes.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }),
              let last = bytes.lastIndex(where: { $0 != 0x20 && $0 != 0x09 }) else { return "" }
        // Up to the byte after the last kept one (a scalar's end), not `first...last`, which
        // would find the end by walking characters.
        return String(text[first..<bytes.index(after: last)])
    }

    /// The text with every run of white space collapsed to one space and the ends trimmed.
    @inlinable public func collapsingSpaces() -> String {
        // Fast path: ASCII text with single spaces only and nothing to trim.
        var needsWork = false
        var previousSpace = true
        for byte in utf8 {
            let space = byte == 0x20
            if byte == 0x09 || byte == 0x0A || byte == 0x0D || byte >= 0x80 || (space && previousSpace) {
                needsWork = true
                break
            }
            previousSpace = space
        }
        if !needsWork && !previousSpace { return String(self) }
        var out = ""
        out.reserveCapacity(utf8.count)
        var pendingSpace = false
        for char in self {
            if char.isWhitespace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(char)
            }
        }
        return out
    }

    /// The text without any of `characters` at either end.
    @inlinable public func trimming(characters: String) -> String {
        trimming { characters.contains($0) }
    }

    /// The text without the Unicode scalars at either end that are among `scalars` — what
    /// Foundation's `trimmingCharacters(in: CharacterSet(charactersIn: scalars))` gives, without
    /// bridging the text to `NSString` (on Linux every call copies it there and back).
    @inlinable public func trimmingScalars(in scalars: String) -> String {
        trimmingScalars { scalars.unicodeScalars.contains($0) }
    }

    /// The text without punctuation (Unicode general category P*) at either end: Foundation's
    /// `trimmingCharacters(in: .punctuationCharacters)` without the bridge to `NSString`.
    @inlinable public func trimmingPunctuation() -> String {
        trimmingScalars { scalar in
            switch scalar.properties.generalCategory {
            case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
                 .finalPunctuation, .otherPunctuation:
                return true
            default:
                return false
            }
        }
    }

    /// The text without the Unicode scalars at either end for which `test` holds (a scalar at a
    /// time, as `CharacterSet` trims, not a `Character` at a time).
    @inlinable public func trimmingScalars(where test: (Unicode.Scalar) -> Bool) -> String {
        let scalars = Substring(self).unicodeScalars
        guard let first = scalars.firstIndex(where: { !test($0) }),
              let last = scalars.lastIndex(where: { !test($0) }) else { return "" }
        return String(scalars[first...last])
    }

    /// The text without the characters at either end for which `test` holds.
    @inlinable public func trimming(where test: (Character) -> Bool) -> String {
        var text = Substring(self)
        while let first = text.first, test(first) { text = text.dropFirst() }
        while let last = text.last, test(last) { text = text.dropLast() }
        return String(text)
    }
}
