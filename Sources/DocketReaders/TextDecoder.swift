import DocketModel

/// Turns the bytes of a text file into a `String`, choosing the encoding the way archives need:
/// a byte-order mark first, then strict UTF-8, then UTF-16 recognised from its zero bytes, then
/// Windows-1252. It never substitutes U+FFFD silently.
///
/// Produces the decoded text, the encoding's name and diagnostics:
/// `text.encoding-fallback` (invalid UTF-8 read as Windows-1252),
/// `text.utf16-without-bom` (UTF-16 recognised by its zero bytes).
/// Throws `DocketError.binary` when a NUL byte appears in the first 8 KB of something that is
/// not UTF-16, and `.empty` for an empty file.
public struct TextDecoder: Sendable {
    public struct Decoded: Sendable {
        public var text: String
        public var encoding: String
        public var diagnostics: [Diagnostic]
    }

    public init() {}

    public func decode(_ bytes: [UInt8]) throws -> Decoded {
        if bytes.isEmpty { throw DocketError(.empty, "the file is empty") }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return try decodeUTF8(Array(bytes.dropFirst(3)), bomName: "utf-8-bom")
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return Decoded(text: decodeUTF16(bytes.dropFirst(2), bigEndian: false), encoding: "utf-16le", diagnostics: [])
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return Decoded(text: decodeUTF16(bytes.dropFirst(2), bigEndian: true), encoding: "utf-16be", diagnostics: [])
        }
        let head = bytes.prefix(8192)
        if head.contains(0) {
            if let bigEndian = utf16Guess(head) {
                let note = Diagnostic(.warning, code: .utf16WithoutBOM,
                                      message: "no byte-order mark; read as UTF-16 \(bigEndian ? "big" : "little")-endian from the pattern of zero bytes")
                return Decoded(text: decodeUTF16(bytes[...], bigEndian: bigEndian),
                               encoding: bigEndian ? "utf-16be" : "utf-16le", diagnostics: [note])
            }
            throw DocketError(.binary, "a NUL byte in the first 8 KB: this looks like a binary file, not text")
        }
        return try decodeUTF8(bytes, bomName: "utf-8")
    }

    private func decodeUTF8(_ bytes: [UInt8], bomName: String) throws -> Decoded {
        if let text = String(validating: bytes, as: UTF8.self) {
            return Decoded(text: text, encoding: bomName, diagnostics: [])
        }
        let note = Diagnostic(.warning, code: .encodingFallback,
                              message: "the file is not valid UTF-8; read as Windows-1252")
        return Decoded(text: Windows1252.decode(bytes), encoding: "windows-1252", diagnostics: [note])
    }

    /// `true` for big-endian, `false` for little-endian, `nil` when the zeros do not look like UTF-16.
    private func utf16Guess(_ head: ArraySlice<UInt8>) -> Bool? {
        let bytes = Array(head.prefix(head.count & ~1))
        guard bytes.count >= 4 else { return nil }
        var evenZero = 0, oddZero = 0
        for index in stride(from: 0, to: bytes.count, by: 2) {
            if bytes[index] == 0 { evenZero += 1 }
            if bytes[index + 1] == 0 { oddZero += 1 }
        }
        let units = bytes.count / 2
        if oddZero * 10 >= units * 7 && evenZero * 10 <= units { return false }
        if evenZero * 10 >= units * 7 && oddZero * 10 <= units { return true }
        return nil
    }

    private func decodeUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        var text = ""
        text.unicodeScalars.reserveCapacity(units.count)
        _ = transcode(units.makeIterator(), from: UTF16.self, to: UTF32.self, stoppingOnError: false) {
            text.unicodeScalars.append(Unicode.Scalar($0)!)
        }
        return text
    }
}
