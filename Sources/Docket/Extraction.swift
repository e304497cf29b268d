import DocketExtract
import DocketModel
import DocketReaders
import Foundation

/// The façade for one paper: read → normalize → segment → extract as the pipeline says,
/// returning the record or the `DocketError` that stopped it.
public struct Extraction: Sendable {
    public var pipeline: Pipeline
    public var limits: Limits

    public init(pipeline: Pipeline = .standard, limits: Limits = Limits()) {
        self.pipeline = pipeline
        self.limits = limits
    }

    /// Reads and processes one file.
    public func paper(for source: DocumentSource) throws -> Paper {
        let bytes = try readBytes(source.filePath)
        return try paper(bytes: bytes, source: source)
    }

    /// Processes bytes already read from `source`.
    public func paper(bytes: [UInt8], source: DocumentSource) throws -> Paper {
        process(try read(bytes: bytes, source: source))
    }

    /// Processes text as `pdftotext -layout` prints a PDF (pages ended by form feeds), without a
    /// PDF: for tests and fuzzing of everything after the child process.
    public func paper(pdftotextOutput text: String, source: DocumentSource) throws -> Paper {
        process(try PDFReader().layout(fromPdftotext: text, bytes: Array(text.utf8), path: source.displayPath))
    }

    /// Everything after reading: normalize, segment, and run the pipeline's extractors.
    private func process(_ layout: Layout) -> Paper {
        var paper = Segmenter(options: pipeline.segmenter).segment(Normalizer(options: pipeline.normalizer).normalize(layout))
        pipeline.extractors.apply(to: &paper)
        return paper
    }

    func read(bytes: [UInt8], source: DocumentSource) throws -> Layout {
        let format = FormatSniffer.format(of: bytes, path: source.displayPath)
        func notRead() -> DocketError {
            DocketError(.unsupportedFormat, "the pipeline `\(pipeline.name)` has no reader for \(format.rawValue)")
        }
        switch format {
        case .pdf:
            guard var options = pipeline.pdf else { throw notRead() }
            if let timeout = limits.pdfTimeoutSeconds { options.timeoutSeconds = timeout }
            if let maximum = limits.maxPDFTextBytes { options.maxOutputBytes = maximum }
            return try PDFReader(options: options).read(bytes: bytes, filePath: source.filePath, path: source.displayPath)
        case .html:
            guard let options = pipeline.html else { throw notRead() }
            return try HTMLReader(options: options).read(bytes: bytes, path: source.displayPath)
        case .text:
            guard let options = pipeline.text else { throw notRead() }
            return try TextReader(options: options).read(bytes: bytes, path: source.displayPath)
        }
    }

    func readBytes(_ path: String) throws -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw DocketError(.unreadable, "no such file")
        }
        if isDirectory.boolValue { throw DocketError(.unreadable, "is a directory, not a file") }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw DocketError(.unreadable, "cannot open the file for reading")
        }
        defer { try? handle.close() }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        if size > limits.maxInputBytes {
            throw DocketError(.tooLarge, "the file is \(size) bytes; the limit is \(limits.maxInputBytes)")
        }
        do {
            let data = try handle.readToEnd() ?? Data()
            if data.count > limits.maxInputBytes {
                throw DocketError(.tooLarge, "the file is \(data.count) bytes; the limit is \(limits.maxInputBytes)")
            }
            return [UInt8](data)
        } catch let error as DocketError {
            throw error
        } catch {
            throw DocketError(.unreadable, "read failed: \(error.localizedDescription)")
        }
    }
}
