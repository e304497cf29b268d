import DocketExtract
import DocketModel
import DocketReaders
import Foundation

/// The façade for one paper: read → normalize → segment → extract, returning the record or
/// the `DocketError` that stopped it.
public struct Extraction: Sendable {
    public var limits: Limits

    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// Reads and processes one file.
    public func paper(for source: DocumentSource) throws -> Paper {
        let bytes = try readBytes(source.filePath)
        return try paper(bytes: bytes, source: source)
    }

    /// Processes bytes already read from `source`.
    public func paper(bytes: [UInt8], source: DocumentSource) throws -> Paper {
        let layout = try read(bytes: bytes, source: source)
        let normalized = Normalizer().normalize(layout)
        var paper = Segmenter().segment(normalized)
        Extractors.standard.apply(to: &paper)
        return paper
    }

    func read(bytes: [UInt8], source: DocumentSource) throws -> Layout {
        switch FormatSniffer.format(of: bytes, path: source.displayPath) {
        case .pdf:
            let options = PDFReader.Options(timeoutSeconds: limits.pdfTimeoutSeconds, maxOutputBytes: limits.maxPDFTextBytes)
            return try PDFReader(options: options).read(bytes: bytes, filePath: source.filePath, path: source.displayPath)
        case .html:
            return try HTMLReader().read(bytes: bytes, path: source.displayPath)
        case .text:
            return try TextReader().read(bytes: bytes, path: source.displayPath)
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
