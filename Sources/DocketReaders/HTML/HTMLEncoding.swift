import Foundation
import DocketModel

/// Decides an HTML page's encoding before libxml2 sees it, in the order browsers use: a byte
/// order mark, then `<meta charset>` or `http-equiv` in the first 4 KB, then a UTF-8 validity
/// check, then Windows-1252. A page labelled ISO-8859-1 or ASCII is read as Windows-1252 (as
/// browsers do); a page labelled UTF-8 that is not valid UTF-8 is read as Windows-1252 with a
/// `html.encoding-mislabelled` diagnostic. The text is handed to libxml2 as UTF-8.
enum HTMLEncoding {
    static func decode(_ bytes: [UInt8]) throws -> TextDecoder.Decoded {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return try TextDecoder().decode(bytes)
        }
        let declared = declaredCharset(bytes)
        if let declared, ["iso-8859-1", "latin1", "us-ascii", "ascii", "windows-1252", "cp1252", "iso8859-1"].contains(declared) {
            if let text = String(validating: bytes, as: UTF8.self), !bytes.contains(where: { $0 >= 0x80 }) {
                return TextDecoder.Decoded(text: text, encoding: "windows-1252", diagnostics: [])
            }
            return TextDecoder.Decoded(text: Windows1252.decode(bytes), encoding: "windows-1252", diagnostics: [])
        }
        if bytes.prefix(8192).contains(0) {
            return try TextDecoder().decode(bytes)  // UTF-16 without a BOM, or binary
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return TextDecoder.Decoded(text: text, encoding: "utf-8", diagnostics: [])
        }
        let label = declared.map { "labelled \($0) but " } ?? ""
        let note = Diagnostic(.warning, code: .htmlEncodingMislabelled,
                              message: "the page is \(label)not valid UTF-8; read as Windows-1252")
        return TextDecoder.Decoded(text: Windows1252.decode(bytes), encoding: "windows-1252", diagnostics: [note])
    }

    /// The charset named by a `<meta>` tag in the first 4 KB, lower-cased.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self).asciiLowercased()
        guard let range = head.utf8Range(of: "charset=") else { return nil }
        let value = head[range.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
        let name = value.prefix { $0.isLetterQuick || $0.isNumberQuick || $0 == "-" || $0 == "_" }
        return name.isEmpty ? nil : String(name)
    }
}
