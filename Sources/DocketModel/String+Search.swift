// The helpers here and in String+Trimming, and PhraseSet's search, are `@inlinable`: the rules in
// DocketExtract and DocketReaders call them for nearly every line, and a generic function of
// another module is otherwise called through `StringProtocol`'s witness tables, unspecialised
// (real text papers: 0.92× the CPU time with them inlinable; docs/BENCHMARKS.md).
extension StringProtocol {
    /// The first (or last) place `needle` occurs, found by comparing UTF-8 bytes — many times
    /// faster than Foundation's `range(of:)`, which bridges to `NSString` on Linux. With
    /// `caseInsensitive`, ASCII letters match either case (other characters must match exactly).
    @inlinable public func utf8Range(of needle: String, caseInsensitive: Bool = false, backwards: Bool = false) -> Range<Index>? {
        var needle = needle
        let offset: Int? = needle.withUTF8 { pattern in
            guard !pattern.isEmpty else { return nil }
            if let found = utf8.withContiguousStorageIfAvailable({
                Self.search($0, for: pattern, caseInsensitive: caseInsensitive, backwards: backwards)
            }) {
                return found
            }
            return Array(utf8).withUnsafeBufferPointer {
                Self.search($0, for: pattern, caseInsensitive: caseInsensitive, backwards: backwards)
            }
        }
        guard let start = offset else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: start)
        return lower..<utf8.index(lower, offsetBy: needle.utf8.count)
    }

    /// Whether `needle` occurs, by comparing UTF-8 bytes (see `utf8Range(of:)`).
    @inlinable public func utf8Contains(_ needle: String, caseInsensitive: Bool = false) -> Bool {
        utf8Range(of: needle, caseInsensitive: caseInsensitive) != nil
    }

    /// Whether the text contains the ASCII character `ascii` (one byte compare per byte).
    @inlinable public func containsASCII(_ ascii: Unicode.Scalar) -> Bool {
        let byte = UInt8(ascii: ascii)
        return anyUTF8Byte { $0 == byte }
    }

    /// `utf8.contains(where:)`, asked of the contiguous bytes: the view's own iteration costs
    /// about ten instructions a byte, and the rules ask this of nearly every line.
    @inlinable public func anyUTF8Byte(_ test: (UInt8) -> Bool) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(where: test) } ?? utf8.contains(where: test)
    }

    /// `utf8.allSatisfy(_:)`, asked of the contiguous bytes (see `anyUTF8Byte`).
    @inlinable public func everyUTF8Byte(_ test: (UInt8) -> Bool) -> Bool {
        !anyUTF8Byte { !test($0) }
    }

    /// Where the byte of the ASCII character `ascii` first occurs among the first `limit`
    /// bytes — `utf8.prefix(limit).firstIndex(of:)` without walking the view index by index.
    @inlinable public func firstUTF8Index(ofASCII ascii: Unicode.Scalar, within limit: Int = .max) -> Index? {
        let byte = UInt8(ascii: ascii)
        let offset: Int?? = utf8.withContiguousStorageIfAvailable { $0.prefix(limit).firstIndex(of: byte) }
        guard let found = offset ?? utf8.prefix(limit).firstIndex(of: byte).map({ utf8.distance(from: utf8.startIndex, to: $0) })
        else { return nil }
        return utf8.index(utf8.startIndex, offsetBy: found)
    }

    /// `firstIndex(of: Character(ascii))`, found by the character's byte. The byte is the
    /// character where its neighbours say so (`startsCharacter`, `isWholeASCIICharacter`); when
    /// a neighbour is not ASCII — a combining mark may follow, or a prepended mark precede — the
    /// text is read character by character, as `firstIndex(of:)` would.
    @inlinable public func firstIndex(ofASCII ascii: Unicode.Scalar) -> Index? {
        let byte = UInt8(ascii: ascii)
        /// The byte offset of the first match, -1 for none, nil when a neighbour leaves it open.
        func find(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
            guard let at = bytes.firstIndex(of: byte) else { return -1 }
            return bytes.startsCharacter(at: at) && bytes.isWholeASCIICharacter(at: at) ? at : nil
        }
        guard let decided = utf8.withContiguousStorageIfAvailable(find) ?? Array(utf8).withUnsafeBufferPointer(find) else {
            return firstIndex(of: Character(ascii))
        }
        return decided < 0 ? nil : utf8.index(utf8.startIndex, offsetBy: decided)
    }

    /// `first?.isUppercaseQuick == true`, read from the first byte when it is a whole
    /// character (`isWholeASCIICharacter`), which spares making a `Character` of every line a
    /// rule asks this of.
    @inlinable public var startsWithCapital: Bool {
        let settled: Bool?? = utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard let head = bytes.first else { return false }
            guard bytes.isWholeASCIICharacter(at: 0) else { return nil }
            return head &- 0x41 < 26
        }
        if let settled = settled ?? nil { return settled }
        return first?.isUppercaseQuick == true
    }

    /// `prefix(limit).firstIndex(of: Character(ascii))`: the character found by its byte, then
    /// the characters before it counted, up to `limit` — not `limit` characters made first.
    @inlinable public func firstIndex(ofASCII ascii: Unicode.Scalar, withinCharacters limit: Int) -> Index? {
        guard let found = firstIndex(ofASCII: ascii), self[..<found].prefix(limit).count < limit else { return nil }
        return found
    }

    /// The number of words separated by spaces — `split(separator: " ").count` without
    /// building the pieces.
    @inlinable public var wordCount: Int {
        func count(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
            var words = 0
            var inWord = false
            for byte in bytes {
                if byte == 0x20 {
                    inWord = false
                } else if !inWord {
                    inWord = true
                    words += 1
                }
            }
            return words
        }
        return utf8.withContiguousStorageIfAvailable(count) ?? Array(utf8).withUnsafeBufferPointer(count)
    }

    /// The number of letters (`isLetterQuick` characters) — `filter(\.isLetterQuick).count`
    /// without building a string or, for ASCII text, breaking it into characters: in ASCII every
    /// letter is one byte and one character (the only two-byte character, "\r\n", is no letter).
    @inlinable public var letterCount: Int {
        let ascii: Int?? = utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            var letters = 0
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                if (byte | 0x20) &- 0x61 < 26 { letters += 1 }
            }
            return letters
        }
        if let ascii = ascii ?? nil { return ascii }
        return lazy.filter(\.isLetterQuick).count
    }

    /// The number of letters and whether they are all capitals (`uppercased()` leaves them as
    /// they are) — what `let letters = filter(\.isLetterQuick)` followed by `letters.count` and
    /// `letters.uppercased() == letters` gives, read from the bytes when the text is ASCII.
    @inlinable public var letterCase: (letters: Int, capitals: Bool) {
        let ascii: (Int, Bool)?? = utf8.withContiguousStorageIfAvailable { bytes -> (Int, Bool)? in
            var letters = 0
            var capitals = true
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                if (byte | 0x20) &- 0x61 < 26 {
                    letters += 1
                    if byte >= 0x61 { capitals = false }
                }
            }
            return (letters, capitals)
        }
        if let ascii = ascii ?? nil { return ascii }
        let letters = String(filter(\.isLetterQuick))
        return (letters.count, letters.uppercased() == letters)
    }

    /// The text with ASCII capitals lowered and every other character kept as it is — for
    /// comparing with ASCII vocabularies. Unlike `lowercased()`, it never leaves the fast UTF-8
    /// path, whatever else the text contains (`£`, `–`, curly quotes).
    @inlinable public func asciiLowercased() -> String {
        /// The lowered bytes, or nil when there is no capital to lower (then the text itself is
        /// the answer: a `String` is returned as it is and a `Substring` copied without being
        /// validated again, as decoding its bytes would).
        func lower(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
            guard bytes.contains(where: { $0 &- 0x41 < 26 }) else { return nil }
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                for (index, byte) in bytes.enumerated() { out[index] = byte &- 0x41 < 26 ? byte | 0x20 : byte }
                return bytes.count
            }
        }
        if let result = utf8.withContiguousStorageIfAvailable(lower) { return result ?? String(self) }
        return Array(utf8).withUnsafeBufferPointer(lower) ?? String(self)
    }

    @usableFromInline static func search(_ bytes: UnsafeBufferPointer<UInt8>, for pattern: UnsafeBufferPointer<UInt8>,
                               caseInsensitive: Bool, backwards: Bool) -> Int? {
        guard bytes.count >= pattern.count else { return nil }
        let last = bytes.count - pattern.count
        @inline(__always) func fold(_ byte: UInt8) -> UInt8 {
            caseInsensitive && byte &- 0x41 < 26 ? byte | 0x20 : byte
        }
        let head = fold(pattern[0])
        if !backwards {
            // The common case, kept tight: the first byte is looked for as it is and, ignoring
            // case, in its other case too (`hasPageCounter` asks that of every line); only then
            // is the rest compared.
            let other = caseInsensitive && head &- 0x61 < 26 ? head - 0x20 : head
            var start = 0
            while start <= last {
                let byte = bytes[start]
                if byte == head || byte == other {
                    var offset = 1
                    while offset < pattern.count && fold(bytes[start + offset]) == fold(pattern[offset]) { offset += 1 }
                    if offset == pattern.count { return start }
                }
                start += 1
            }
            return nil
        }
        // Backwards, either case.
        var start = last
        while start >= 0 {
            if fold(bytes[start]) == head {
                var offset = 1
                while offset < pattern.count && fold(bytes[start + offset]) == fold(pattern[offset]) { offset += 1 }
                if offset == pattern.count { return start }
            }
            start -= 1
        }
        return nil
    }
}

extension StringProtocol where UTF8View: BidirectionalCollection {
    /// Whether the text's last character is one of `marks` (ASCII punctuation), nil for an empty
    /// text: `last.map { marks.contains($0) }`, read from the last byte when it is a character
    /// of its own (`startsCharacter`, `isWholeASCIICharacter`), which spares finding the last
    /// character and comparing it with each mark as a `Character`.
    @inlinable public func lastCharacter(isOneOf marks: String) -> Bool? {
        /// The last byte when it is the last character; nil when that must be read.
        func lastCharacterByte(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt8? {
            let last = bytes.count - 1
            return bytes.startsCharacter(at: last) && bytes.isWholeASCIICharacter(at: last) ? bytes[last] : nil
        }
        guard !utf8.isEmpty else { return nil }
        let settled = utf8.withContiguousStorageIfAvailable(lastCharacterByte) ?? Array(utf8).withUnsafeBufferPointer(lastCharacterByte)
        guard let lastByte = settled else { return last.map { marks.contains($0) } }
        return marks.utf8.contains(lastByte)
    }
}
