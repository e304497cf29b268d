/// Why a paper could not produce a record. Thrown by readers and the pipeline, caught per
/// paper, and written as an error record; the rest of a batch carries on.
public struct DocketError: Error, Codable, Hashable, Sendable, CustomStringConvertible {
    /// The closed set of reasons, each with a stable code used in error records and exit paths.
    public enum Code: String, Codable, Sendable, CaseIterable {
        /// The file could not be opened or read.
        case unreadable = "io.unreadable"
        /// The file is empty or holds only white space.
        case empty = "input.empty"
        /// The file is larger than the configured limit.
        case tooLarge = "input.too-large"
        /// The file looks binary (a NUL byte early on) and is not a PDF.
        case binary = "input.binary"
        /// The format could not be recognised.
        case unsupportedFormat = "input.unsupported-format"
        /// `pdftotext` is not installed.
        case toolMissing = "pdf.tool-missing"
        /// The PDF needs a password to open.
        case pdfEncrypted = "pdf.encrypted"
        /// The file claims to be a PDF but is damaged or is not one.
        case pdfDamaged = "pdf.damaged"
        /// The PDF has pages but no text layer (a scan).
        case pdfNoText = "pdf.no-text-layer"
        /// A child process or stage ran past its time limit.
        case timeout = "limit.timeout"
        /// Reading and extracting the paper ran past the per-paper deadline (`--paper-timeout`).
        case paperTimeout = "extract.timeout"
        /// A child process wrote more output than allowed.
        case outputTooLarge = "limit.output-too-large"
        /// The HTML could not be parsed at all.
        case htmlUnparseable = "html.unparseable"
    }

    public var code: Code
    public var message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { "\(code.rawValue): \(message)" }

    enum CodingKeys: String, CodingKey {
        case code, message
    }
}
