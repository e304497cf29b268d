@testable import DocketReaders
import DocketModel
import Foundation
import Testing

/// The long-lived PDF worker (`docket-pdf-worker`, built beside the test binary): it lays text out
/// byte for byte as `pdftotext -layout` does, and a worker that dies, hangs or declines a file
/// costs that paper's fast path only.
struct PDFWorkerTests {
    /// The worker `swift build` put beside this test binary, when it is there with pdftotext.
    static let worker: String? = {
        guard TestPaths.tool("pdftotext") != nil else { return nil }
        return PDFWorkerPool.locateWorker()
    }()

    static func pdftotext(_ path: String) throws -> String {
        let result = try TestPaths.run(try #require(TestPaths.tool("pdftotext")), ["-layout", "-enc", "UTF-8", "-eol", "unix", path, "-"])
        return String(decoding: result.stdout, as: UTF8.self)
    }

    static var fixturePDF: String { TestPaths.papers.appendingPathComponent("from-to-subject-report.pdf").path }

    /// The bundled PDF and, when the shared corpus is present, every twentieth real PDF.
    static func samplePDFs() -> [String] {
        var paths = [fixturePDF]
        if let corpus = TestPaths.corpus, let walker = FileManager.default.enumerator(atPath: corpus.path) {
            let real = walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".pdf") && !$0.hasPrefix("gold") }.sorted()
            paths += real.enumerated().filter { $0.offset % 20 == 0 }.map { corpus.appendingPathComponent($0.element).path }
        } else {
            print("PDFWorkerTests: ../shared/corpus not present; the bundled PDF only")
        }
        return paths
    }

    static func isRunning(_ pid: pid_t) -> Bool {
        kill(pid, 0) == 0
    }

    @Test(.enabled(if: worker != nil, "docket-pdf-worker or pdftotext is not installed"))
    func theWorkerLaysTextOutByteForByteAsPdftotextDoes() throws {
        let pool = PDFWorkerPool(executable: Self.worker)
        defer { pool.stopIdleWorkers() }
        for path in Self.samplePDFs() {
            let answer = pool.layoutText(filePath: path, timeout: 60, maxLength: 64 << 20)
            #expect(answer == .text(try Self.pdftotext(path)), "\(path)")
        }
        // One worker read them all, one after another.
        #expect(pool.idleProcessIDs.count == 1)
    }

    @Test(.enabled(if: worker != nil, "docket-pdf-worker or pdftotext is not installed"))
    func aReaderWithTheWorkerGivesTheSameLayoutAsOneWithout() throws {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: Self.fixturePDF)))
        let through = try PDFReader(options: .init(worker: true)).read(bytes: bytes, filePath: Self.fixturePDF, path: "paper.pdf")
        let without = try PDFReader(options: .init(worker: false)).read(bytes: bytes, filePath: Self.fixturePDF, path: "paper.pdf")
        #expect(through == without)
        #expect(through.pages.count > 0)
    }

    @Test(.enabled(if: worker != nil, "docket-pdf-worker or pdftotext is not installed"))
    func aWorkerKilledBetweenPapersIsReplaced() throws {
        let pool = PDFWorkerPool(executable: Self.worker)
        defer { pool.stopIdleWorkers() }
        let expected = PDFWorkerPool.Answer.text(try Self.pdftotext(Self.fixturePDF))
        #expect(pool.layoutText(filePath: Self.fixturePDF, timeout: 60, maxLength: 1 << 24) == expected)
        let first = try #require(pool.idleProcessIDs.first)
        kill(first, SIGKILL)
        // The dead worker answers nothing: that paper falls back, and the next one gets a new worker.
        var answers = [pool.layoutText(filePath: Self.fixturePDF, timeout: 60, maxLength: 1 << 24)]
        answers.append(pool.layoutText(filePath: Self.fixturePDF, timeout: 60, maxLength: 1 << 24))
        #expect(answers.last == expected)
        #expect(answers.allSatisfy { $0 == expected || $0 == .unavailable })
        let second = try #require(pool.idleProcessIDs.first)
        #expect(second != first && Self.isRunning(second))
    }

    @Test(.enabled(if: worker != nil, "docket-pdf-worker or pdftotext is not installed"))
    func aWorkerPastTheTimeLimitIsKilledAndNotKept() throws {
        let pool = PDFWorkerPool(executable: Self.worker)
        defer { pool.stopIdleWorkers() }
        let slow = TestPaths.hostile.appendingPathComponent("slow.pdf").path
        let start = Date()
        #expect(pool.layoutText(filePath: slow, timeout: 0.2, maxLength: 1 << 24) == .timedOut)
        #expect(Date().timeIntervalSince(start) < 10 * TestPaths.slowdown)
        #expect(pool.idleProcessIDs.isEmpty)
        // The pool still serves the next paper.
        #expect(pool.layoutText(filePath: Self.fixturePDF, timeout: 60, maxLength: 1 << 24) == .text(try Self.pdftotext(Self.fixturePDF)))
    }

    @Test(.enabled(if: worker != nil, "docket-pdf-worker or pdftotext is not installed"),
          arguments: ["truncated.pdf", "not-a-pdf.pdf", "corrupt-xref.pdf", "encrypted.pdf", "no-such-file.pdf"])
    func aFileTheWorkerCannotReadIsDeclinedAndTheWorkerKept(name: String) throws {
        let pool = PDFWorkerPool(executable: Self.worker)
        defer { pool.stopIdleWorkers() }
        let answer = pool.layoutText(filePath: TestPaths.hostile.appendingPathComponent(name).path, timeout: 60, maxLength: 1 << 24)
        if name == "corrupt-xref.pdf", case .text = answer {
            return  // poppler may rebuild a broken cross-reference table; pdftotext reads the same then
        }
        #expect(answer == .unavailable)
        let pid = try #require(pool.idleProcessIDs.first)
        #expect(Self.isRunning(pid))
    }

    @Test(.enabled(if: worker != nil, "docket-pdf-worker or pdftotext is not installed"))
    func textOverTheLimitIsDeclined() throws {
        let pool = PDFWorkerPool(executable: Self.worker)
        defer { pool.stopIdleWorkers() }
        #expect(pool.layoutText(filePath: Self.fixturePDF, timeout: 60, maxLength: 10) == .unavailable)
        #expect(pool.idleProcessIDs.count == 1)
    }

    @Test(.enabled(if: worker != nil, "docket-pdf-worker or pdftotext is not installed"))
    func aWorkerIsRetiredAfterItsShareOfPapers() throws {
        let pool = PDFWorkerPool(executable: Self.worker, papersPerWorker: 2)
        defer { pool.stopIdleWorkers() }
        _ = pool.layoutText(filePath: Self.fixturePDF, timeout: 60, maxLength: 1 << 24)
        let pid = try #require(pool.idleProcessIDs.first)
        _ = pool.layoutText(filePath: Self.fixturePDF, timeout: 60, maxLength: 1 << 24)
        #expect(pool.idleProcessIDs.isEmpty)
        #expect(!Self.isRunning(pid))
    }

    @Test func withoutAWorkerThePoolDeclines() {
        let pool = PDFWorkerPool(executable: nil)
        #expect(pool.layoutText(filePath: Self.fixturePDF, timeout: 60, maxLength: 1 << 24) == .unavailable)
    }

    @Test func framesRoundTrip() {
        let request = PDFWorkerProtocol.request(path: "/tmp/papers/café.pdf", maxLength: 1 << 40)
        #expect(PDFWorkerProtocol.integer(request[0..<8]) == 1 << 40)
        #expect(PDFWorkerProtocol.integer(request[8..<12]) == UInt64("/tmp/papers/café.pdf".utf8.count))
        #expect(String(decoding: request[12...], as: UTF8.self) == "/tmp/papers/café.pdf")
        let header = PDFWorkerProtocol.responseHeader(status: .locked, length: 300)
        #expect(header.count == PDFWorkerProtocol.responseHeaderSize)
        #expect(header[0] == PDFWorkerProtocol.Status.locked.rawValue && PDFWorkerProtocol.integer(header[1...]) == 300)
    }
}
