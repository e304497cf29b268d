import DocketExtract
import DocketModel
import DocketReaders
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The façade for one paper: read → normalize → segment → extract as the pipeline says,
/// returning the record or the `DocketError` that stopped it.
public struct Extraction: Sendable {
    public var pipeline: Pipeline
    public var limits: Limits
    /// Set by a run that is stopping: papers in progress stop at their next deadline check and
    /// throw `CancellationError` (they are left for the next run, not recorded as failed).
    public var stop: Locked<Bool>?

    public init(pipeline: Pipeline = .standard, limits: Limits = Limits(), stop: Locked<Bool>? = nil) {
        self.pipeline = pipeline
        self.limits = limits
        self.stop = stop
    }

    /// Reads and processes one file.
    public func paper(for source: DocumentSource) throws -> Paper {
        let bytes = try readBytes(source.filePath)
        return try paper(bytes: bytes, source: source)
    }

    /// Processes bytes already read from `source`; `sha256`, when the caller has hashed the
    /// bytes already, saves hashing them again.
    ///
    /// Reading and extraction together must end within `limits.paperTimeoutSeconds`: the stages
    /// check the paper's `Deadline` in their loops, and a paper past it throws
    /// `extract.timeout`.
    public func paper(bytes: [UInt8], source: DocumentSource, sha256: String? = nil) throws -> Paper {
        try withDeadline { try process(try read(bytes: bytes, source: source, sha256: sha256)) }
    }

    /// Reads and normalizes one file without segmenting it: the lines every later stage reads,
    /// with their indentation, spans and styles (`docket layout`).
    public func normalizedLayout(for source: DocumentSource) throws -> Layout {
        try normalizedLayout(bytes: try readBytes(source.filePath), source: source)
    }

    /// How the segmenter read each line of a normalized layout (`LayoutListing`'s `roles`).
    public func lineRoles(of layout: Layout) -> [Int: String] {
        Segmenter(options: pipeline.segmenter).lineRoles(layout)
    }

    /// The normalized layout of bytes already read from `source`.
    public func normalizedLayout(bytes: [UInt8], source: DocumentSource) throws -> Layout {
        try Deadline.$current.withValue(Deadline(seconds: limits.paperTimeoutSeconds, stop: stop)) {
            Normalizer(options: pipeline.normalizer).normalize(try read(bytes: bytes, source: source))
        }
    }

    /// Processes text as `pdftotext -layout` prints a PDF (pages ended by form feeds), without a
    /// PDF: for tests and fuzzing of everything after the child process.
    public func paper(pdftotextOutput text: String, source: DocumentSource) throws -> Paper {
        try withDeadline { try process(try PDFReader().layout(fromPdftotext: text, bytes: Array(text.utf8), path: source.displayPath)) }
    }

    /// Runs `body` with this paper's deadline bound to the thread.
    private func withDeadline(_ body: () throws -> Paper) throws -> Paper {
        let deadline = Deadline(seconds: limits.paperTimeoutSeconds, stop: stop)
        return try Deadline.$current.withValue(deadline) { try body() }
    }

    /// Everything after reading: normalize, segment, and run the pipeline's extractors, with the
    /// deadline checked after each stage (the stages also stop early inside their loops).
    private func process(_ layout: Layout) throws -> Paper {
        try checkDeadline("reading")
        let normalized = Normalizer(options: pipeline.normalizer).normalize(layout)
        try checkDeadline("normalizing")
        let segmented = Segmenter(options: pipeline.segmenter).segment(normalized)
        try checkDeadline("segmenting")
        let paper = pipeline.extractors.apply(to: segmented)
        try checkDeadline("extracting")
        return paper
    }

    /// Throws when the paper's deadline has passed: `CancellationError` when the run is
    /// stopping, else `extract.timeout` naming the stage it was in.
    private func checkDeadline(_ stage: String) throws {
        guard let deadline = Deadline.current, deadline.hasPassed else { return }
        if deadline.isStopped { throw CancellationError() }
        throw DocketError(.paperTimeout, "the paper took longer than \(Self.seconds(limits.paperTimeoutSeconds)) s to process (stopped while \(stage)); raise --paper-timeout to allow more")
    }

    private static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    func read(bytes: [UInt8], source: DocumentSource, sha256: String? = nil) throws -> Layout {
        let format = FormatSniffer.format(of: bytes, path: source.displayPath)
        func notRead() -> DocketError {
            DocketError(.unsupportedFormat, "the pipeline `\(pipeline.name)` has no reader for \(format.rawValue)")
        }
        switch format {
        case .pdf:
            guard var options = pipeline.pdf else { throw notRead() }
            if let timeout = limits.pdfTimeoutSeconds { options.timeoutSeconds = timeout }
            if let maximum = limits.maxPDFTextBytes { options.maxOutputBytes = maximum }
            return try PDFReader(options: options).read(bytes: bytes, filePath: source.filePath, path: source.displayPath, sha256: sha256)
        case .html:
            guard let options = pipeline.html else { throw notRead() }
            return try HTMLReader(options: options).read(bytes: bytes, path: source.displayPath, sha256: sha256)
        case .text:
            guard let options = pipeline.text else { throw notRead() }
            return try TextReader(options: options).read(bytes: bytes, path: source.displayPath, sha256: sha256)
        }
    }

    /// The file's bytes, read with plain system calls (open, fstat, read) into one buffer;
    /// a directory, a missing or unopenable file, or one over `limits.maxInputBytes` (also if
    /// it grows past it while being read) is a `DocketError`.
    func readBytes(_ path: String) throws -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            throw errno == ENOENT ? DocketError(.unreadable, "no such file")
                : errno == EISDIR ? DocketError(.unreadable, "is a directory, not a file")
                : DocketError(.unreadable, "cannot open the file for reading (\(String(cString: strerror(errno))))")
        }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0 else { throw DocketError(.unreadable, "cannot read the file's size") }
        if status.st_mode & S_IFMT == S_IFDIR { throw DocketError(.unreadable, "is a directory, not a file") }
        let size = Int(status.st_size)
        if size > limits.maxInputBytes {
            throw DocketError(.tooLarge, "the file is \(size) bytes; the limit is \(limits.maxInputBytes)")
        }
        var bytes = [UInt8](repeating: 0, count: max(size, 0) + 1)  // one spare byte shows growth
        var count = 0
        while true {
            if count == bytes.count {
                guard bytes.count <= limits.maxInputBytes else {
                    throw DocketError(.tooLarge, "the file is over \(limits.maxInputBytes) bytes, the limit")
                }
                bytes.append(contentsOf: repeatElement(0, count: max(bytes.count, 4096)))
            }
            let read = bytes.withUnsafeMutableBytes { SystemCall.read(fd, $0.baseAddress! + count, $0.count - count) }
            if read < 0 {
                if errno == EINTR { continue }
                throw DocketError(.unreadable, "read failed: \(String(cString: strerror(errno)))")
            }
            if read == 0 { break }
            count += read
        }
        if count > limits.maxInputBytes {
            throw DocketError(.tooLarge, "the file is \(count) bytes; the limit is \(limits.maxInputBytes)")
        }
        bytes.removeLast(bytes.count - count)
        return bytes
    }
}
