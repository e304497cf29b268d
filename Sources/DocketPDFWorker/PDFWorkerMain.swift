#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CPoppler
import DocketReaders

/// `docket-pdf-worker`: the long-lived process in which `docket` has poppler read PDFs
/// (`PDFWorker`, `PDFWorkerPool` in DocketReaders): each paper's layout text and, for its
/// typography, its drawn characters, in one pass. It answers one request at a time on its
/// standard input and output (`PDFWorkerProtocol`) until its input ends. A PDF that crashes or
/// hangs poppler takes this process with it, never `docket`: the parent kills it at the time
/// limit, starts another, and reads that paper with `pdftotext` instead.
@main
enum PDFWorkerMain {
    static func main() {
        let input: Int32 = 0, output: Int32 = 1
        while let head = PDFWorkerProtocol.readExactly(PDFWorkerProtocol.requestHeaderSize, from: input) {
            let maxLength = Int(clamping: PDFWorkerProtocol.integer(head[0..<8]))
            let wantGlyphs = head[8] & 1 != 0
            let pathLength = Int(PDFWorkerProtocol.integer(head[9..<13]))
            guard let pathBytes = PDFWorkerProtocol.readExactly(pathLength, from: input) else { break }
            let path = String(decoding: pathBytes, as: UTF8.self)
            var reading = DocketPDFReading()
            let raw = docket_pdf_read(path, maxLength, wantGlyphs ? 1 : 0, &reading)
            let status = PDFWorkerProtocol.Status(rawValue: UInt8(truncatingIfNeeded: raw.rawValue)) ?? .failed
            let sent = send(status: status, reading: reading, to: output)
            docket_pdf_reading_free(&reading)
            if !sent { break }
        }
    }

    /// Writes one response; `false` when the parent is gone.
    static func send(status: PDFWorkerProtocol.Status, reading: DocketPDFReading, to output: Int32) -> Bool {
        // The characters: the page count, each page's end, then the glyph records as they are
        // (all in this machine's byte order; the parent runs here too).
        var glyphHead: [UInt8] = []
        if reading.page_ends != nil {
            var count = UInt32(reading.page_count)
            withUnsafeBytes(of: &count) { glyphHead += $0 }
            glyphHead += UnsafeRawBufferPointer(start: reading.page_ends, count: reading.page_count * MemoryLayout<UInt32>.stride)
        }
        let glyphBytes = reading.glyphs.map { UnsafeRawBufferPointer(start: $0, count: reading.glyph_count * MemoryLayout<DocketGlyph>.stride) }
        let header = PDFWorkerProtocol.responseHeader(status: status, glyphsOverLimit: reading.glyphs_over_limit != 0,
                                                      textLength: reading.text == nil ? 0 : reading.text_length,
                                                      glyphLength: glyphHead.count + (glyphBytes?.count ?? 0))
        guard header.withUnsafeBytes({ PDFWorkerProtocol.writeAll($0, to: output) }) else { return false }
        if let text = reading.text, !PDFWorkerProtocol.writeAll(UnsafeRawBufferPointer(start: text, count: reading.text_length), to: output) {
            return false
        }
        guard glyphHead.withUnsafeBytes({ PDFWorkerProtocol.writeAll($0, to: output) }) else { return false }
        if let glyphBytes, !PDFWorkerProtocol.writeAll(glyphBytes, to: output) { return false }
        return true
    }
}
