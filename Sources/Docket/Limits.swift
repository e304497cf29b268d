/// Limits that keep one paper from holding up a batch.
public struct Limits: Codable, Sendable, Equatable {
    /// Largest input file read, in bytes (default 200 MB).
    public var maxInputBytes: Int = 200 << 20
    /// Seconds `pdftotext` may run on one PDF (default 60).
    public var pdfTimeoutSeconds: Double = 60
    /// Largest `pdftotext` output accepted, in bytes (default 64 MB).
    public var maxPDFTextBytes: Int = 64 << 20

    public init() {}
}
