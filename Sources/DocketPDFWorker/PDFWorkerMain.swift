#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CPoppler
import DocketReaders

/// `docket-pdf-worker`: the long-lived process in which `docket` has poppler lay out PDF text
/// (`PDFWorker`, `PDFWorkerPool` in DocketReaders). It answers one request at a time on its
/// standard input and output (`PDFWorkerProtocol`) until its input ends. A PDF that crashes or
/// hangs poppler takes this process with it, never `docket`: the parent kills it at the time
/// limit, starts another, and reads that paper with `pdftotext` instead.
@main
enum PDFWorkerMain {
    static func main() {
        let input: Int32 = 0, output: Int32 = 1
        while let head = PDFWorkerProtocol.readExactly(12, from: input) {
            let maxLength = Int(clamping: PDFWorkerProtocol.integer(head[0..<8]))
            let pathLength = Int(PDFWorkerProtocol.integer(head[8..<12]))
            guard let pathBytes = PDFWorkerProtocol.readExactly(pathLength, from: input) else { break }
            let path = String(decoding: pathBytes, as: UTF8.self)
            var text: UnsafeMutablePointer<CChar>?
            var length = 0
            let raw = docket_pdf_layout_text(path, maxLength, &text, &length)
            let status = PDFWorkerProtocol.Status(rawValue: UInt8(truncatingIfNeeded: raw.rawValue)) ?? .failed
            let header = PDFWorkerProtocol.responseHeader(status: status, length: text == nil ? 0 : length)
            var sent = header.withUnsafeBytes { PDFWorkerProtocol.writeAll($0, to: output) }
            if sent, let text {
                sent = PDFWorkerProtocol.writeAll(UnsafeRawBufferPointer(start: text, count: length), to: output)
            }
            free(text)
            if !sent { break }
        }
    }
}
