#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The frames `docket` and its PDF worker (`docket-pdf-worker`, Sources/DocketPDFWorker)
/// exchange over the socket that is the worker's standard input and output.
///
/// One request, one response, in turn:
/// - request: the longest text the caller accepts (8 bytes), flags (1 byte: 1 = also send the
///   drawn characters), the path's length (4 bytes), the path's UTF-8 bytes;
/// - response: a status (1 byte, `Status`), flags (1 byte: 1 = the characters were asked for
///   but are over the limit), the text's length (8 bytes), the characters' length (8 bytes),
///   the text (UTF-8, pages ended by form feeds, as `pdftotext -layout -eol unix` prints it),
///   the characters (`PDFTypography.pages(fromGlyphs:)` reads them). Both are empty unless
///   the status is `.read`.
///
/// The frames' integers are little-endian (the characters' block is in the machine's byte
/// order, see `PDFTypography.pages(fromGlyphs:)`). The worker exits when its input ends.
public enum PDFWorkerProtocol {
    /// What the worker found; the raw values are those of `DocketPDFStatus` in CPoppler.h.
    public enum Status: UInt8, Sendable {
        case read = 0
        case unreadable = 1
        case locked = 2
        case tooLong = 3
        case failed = 4
    }

    /// Bytes in a request before the path.
    public static let requestHeaderSize = 13
    /// Bytes in a response header.
    public static let responseHeaderSize = 18

    /// The request for the file at `path`, accepting at most `maxLength` bytes of text, with
    /// the drawn characters when `glyphs` is true.
    public static func request(path: String, maxLength: Int, glyphs: Bool) -> [UInt8] {
        var frame: [UInt8] = []
        frame.reserveCapacity(requestHeaderSize + path.utf8.count)
        append(UInt64(max(0, maxLength)), bytes: 8, to: &frame)
        frame.append(glyphs ? 1 : 0)
        append(UInt64(path.utf8.count), bytes: 4, to: &frame)
        frame.append(contentsOf: path.utf8)
        return frame
    }

    /// The response header.
    public static func responseHeader(status: Status, glyphsOverLimit: Bool, textLength: Int, glyphLength: Int) -> [UInt8] {
        var frame: [UInt8] = [status.rawValue, glyphsOverLimit ? 1 : 0]
        append(UInt64(textLength), bytes: 8, to: &frame)
        append(UInt64(glyphLength), bytes: 8, to: &frame)
        return frame
    }

    /// A little-endian integer from `bytes` (at most 8 of them).
    public static func integer<Bytes: Collection>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var value: UInt64 = 0
        for (shift, byte) in bytes.enumerated() { value |= UInt64(byte) << (8 * UInt64(shift)) }
        return value
    }

    private static func append(_ value: UInt64, bytes: Int, to frame: inout [UInt8]) {
        for shift in 0..<bytes { frame.append(UInt8(truncatingIfNeeded: value >> (8 * UInt64(shift)))) }
    }

    /// Reads exactly `count` bytes from `fd`, blocking; `nil` at end of input or on an error.
    public static func readExactly(_ count: Int, from fd: Int32) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let got = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + filled, count - filled) }
            if got < 0 && errno == EINTR { continue }
            guard got > 0 else { return nil }
            filled += got
        }
        return bytes
    }

    /// Writes all of `bytes` to `fd`; `false` when the other end is gone. On a socket it never
    /// raises SIGPIPE (the worker's descriptors are a socket; run by hand, they may be a pipe).
    public static func writeAll(_ bytes: UnsafeRawBufferPointer, to fd: Int32) -> Bool {
        var written = 0
        while written < bytes.count {
            #if os(Linux)
            var sent = send(fd, bytes.baseAddress! + written, bytes.count - written, Int32(MSG_NOSIGNAL))
            if sent < 0 && errno == ENOTSOCK { sent = write(fd, bytes.baseAddress! + written, bytes.count - written) }
            #else
            let sent = write(fd, bytes.baseAddress! + written, bytes.count - written)
            #endif
            if sent < 0 && errno == EINTR { continue }
            guard sent > 0 else { return false }
            written += sent
        }
        return true
    }
}
