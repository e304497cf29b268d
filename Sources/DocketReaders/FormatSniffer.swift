import DocketModel

/// Decides a file's format from its content first and its name second: `%PDF-` means PDF
/// whatever the name; an HTML name or an `<html`/`<!doctype html` start means HTML; the rest
/// is text (the text reader then rejects binary content).
public enum FormatSniffer {
    public static func format(of bytes: [UInt8], path: String) -> SourceFormat {
        if PDFReader.isPDF(bytes) { return .pdf }
        let lower = path.lowercased()
        if lower.hasSuffix(".pdf") { return .pdf }
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml") { return .html }
        let head = String(decoding: bytes.prefix(1024), as: UTF8.self).asciiLowercased()
        let trimmed = head.drop { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" || $0 == "\u{FEFF}" }
        if trimmed.hasPrefix("<!doctype html") || trimmed.hasPrefix("<html") || trimmed.hasPrefix("<?xml") && head.utf8Contains("<html") {
            return .html
        }
        return .text
    }

    /// File names Docket treats as papers when it walks a folder.
    public static func isCandidateName(_ name: String) -> Bool {
        let lower = name.lowercased()
        return [".pdf", ".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml"].contains { lower.hasSuffix($0) }
    }
}
