/// Limits that keep one paper from holding up a batch. The PDF limits, when set, override the
/// pipeline's `read.pdf@1` options.
public struct Limits: Codable, Sendable, Equatable {
    /// Largest input file read, in bytes (default 200 MB).
    public var maxInputBytes: Int = 200 << 20
    /// Seconds `pdftotext` may run on one PDF (default: the pipeline's, 60).
    public var pdfTimeoutSeconds: Double?
    /// Largest `pdftotext` output accepted, in bytes (default: the pipeline's, 64 MB).
    public var maxPDFTextBytes: Int?
    /// Seconds one paper may take to read and extract (default 120); past it the paper becomes
    /// an `extract.timeout` error record. See `Deadline`.
    public var paperTimeoutSeconds: Double = 120

    public init() {}
}
