@testable import Docket
@testable import DocketReaders
import DocketModel
import Foundation
import Testing

/// The long-lived PDF worker (`docket-pdf-worker`, built beside the test binary): it lays text out
/// byte for byte as `pdftotext -layout` does and measures the characters as `pdftohtml -xml`
/// does, and a worker that dies, hangs or declines a file costs that paper's fast path only.
struct PDFWorkerTests {
    /// The worker `swift build` put beside this test binary, when it is there with pdftotext.
    static let worker: String? = {
        guard TestPaths.tool("pdftotext") != nil, TestPaths.tool("pdftohtml") != nil else { return nil }
        return PDFWorkerPool.locateWorker()
    }()

    static func pdftotext(_ path: String) throws -> String {
        let result = try TestPaths.run(try #require(TestPaths.tool("pdftotext")), ["-layout", "-enc", "UTF-8", "-eol", "unix", path, "-"])
        return String(decoding: result.stdout, as: UTF8.self)
    }

    static func pdftohtml(_ path: String) throws -> [PDFTypography.PageRuns] {
        let result = try TestPaths.run(try #require(TestPaths.tool("pdftohtml")), ["-xml", "-i", "-q", "-stdout", "-enc", "UTF-8", path])
        return PDFTypography.parse(String(decoding: result.stdout, as: UTF8.self))
    }

    /// The text of an answer, or `nil`.
    static func text(_ answer: PDFWorkerPool.Answer) -> String? {
        if case .read(let text, _) = answer { return text }
        return nil
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
            let answer = pool.read(filePath: path, typography: false, timeout: 60, maxLength: 64 << 20)
            #expect(answer == .read(text: try Self.pdftotext(path), typography: nil), "\(path)")
        }
        // One worker read them all, one after another.
        #expect(pool.idleProcessIDs.count == 1)
    }

    /// The worker measures each character as pdftohtml measures its text, but groups nothing
    /// into runs (pdftohtml joins a line's strings by rules of its own): so nearly every line gets
    /// the same style either way, and the few that differ are lines one side could not pair
    /// with a row (in the corpus: 5 of 133 PDFs, most of it one risk register's table; no record changed).
    @Test(.enabled(if: worker != nil, "docket-pdf-worker or pdftotext is not installed"))
    func theWorkersTypographyStylesLinesAsPdftohtmlsDoes() throws {
        let pool = PDFWorkerPool(executable: Self.worker)
        defer { pool.stopIdleWorkers() }
        var lines = 0, same = 0, paired = 0, bold = 0
        for path in Self.samplePDFs() {
            let answer = pool.read(filePath: path, typography: true, timeout: 60, maxLength: 64 << 20)
            guard case .read(let text, let typography?) = answer else {
                Issue.record("\(path): \(answer)")
                continue
            }
            let pages = try PDFReader().layout(fromPdftotext: text, bytes: [], path: "paper.pdf").pages
            let fromWorker = PDFTypography.apply(typography, to: pages).flatMap(\.blocks).flatMap(\.lines)
            let fromPdftohtml = PDFTypography.apply(try Self.pdftohtml(path), to: pages).flatMap(\.blocks).flatMap(\.lines)
            #expect(fromWorker.count == fromPdftohtml.count)
            lines += fromWorker.count
            same += zip(fromWorker, fromPdftohtml).filter { $0.style == $1.style }.count
            // A line paired with a row of characters has a relative size (the bundled PDF is all
            // in its body size; the corpus PDFs have bold and larger lines as well).
            paired += fromWorker.filter { $0.style.relativeSize != nil }.count
            bold += fromWorker.filter(\.style.bold).count
        }
        #expect(paired * 2 > lines)
        if TestPaths.corpus != nil { #expect(bold > 0) }
        #expect(Double(same) >= 0.99 * Double(lines), "\(lines - same) of \(lines) lines styled differently")
    }

    @Test(.enabled(if: worker != nil, "docket-pdf-worker or pdftotext is not installed"))
    func papersReadThroughTheWorkerGiveTheRecordsPdftotextAndPdftohtmlGive() throws {
        let without = try Pipeline.parse(DefaultPipeline.text.replacingOccurrences(of: "timeout_seconds: 60", with: "timeout_seconds: 60\n      worker: false"),
                                         file: "no-worker.yml")
        for path in Self.samplePDFs() {
            let source = DocumentSource(filePath: path, displayPath: "paper.pdf")
            let through = try CanonicalJSON.encode(try Extraction().paper(for: source), pretty: false)
            let direct = try CanonicalJSON.encode(try Extraction(pipeline: without).paper(for: source), pretty: false)
            #expect(through == direct, "\(path)")
        }
    }

    @Test(.enabled(if: worker != nil, "docket-pdf-worker or pdftotext is not installed"))
    func aReaderWithTheWorkerGivesTheSameLayoutAsOneWithout() throws {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: Self.fixturePDF)))
        let through = try PDFReader(options: .init(worker: true)).read(bytes: bytes, filePath: Self.fixturePDF, path: "paper.pdf")
        let without = try PDFReader(options: .init(worker: false)).read(bytes: bytes, filePath: Self.fixturePDF, path: "paper.pdf")
        #expect(through == without)
        // Typography was read: the lines carry their sizes.
        #expect(through.pages.flatMap(\.blocks).flatMap(\.lines).contains { $0.style.relativeSize != nil })
    }

    @Test(.enabled(if: worker != nil, "docket-pdf-worker or pdftotext is not installed"))
    func aWorkerKilledBetweenPapersIsReplaced() throws {
        let pool = PDFWorkerPool(executable: Self.worker)
        defer { pool.stopIdleWorkers() }
        let expected = try Self.pdftotext(Self.fixturePDF)
        #expect(Self.text(pool.read(filePath: Self.fixturePDF, typography: false, timeout: 60, maxLength: 1 << 24)) == expected)
        let first = try #require(pool.idleProcessIDs.first)
        kill(first, SIGKILL)
        // The dead worker answers nothing: that paper falls back, and the next one gets a new worker.
        var answers = [pool.read(filePath: Self.fixturePDF, typography: false, timeout: 60, maxLength: 1 << 24)]
        answers.append(pool.read(filePath: Self.fixturePDF, typography: false, timeout: 60, maxLength: 1 << 24))
        #expect(Self.text(answers[0]) == nil && answers[0] == .unavailable)
        #expect(Self.text(answers[1]) == expected)
        let second = try #require(pool.idleProcessIDs.first)
        #expect(second != first && Self.isRunning(second))
    }

    @Test(.enabled(if: worker != nil, "docket-pdf-worker or pdftotext is not installed"))
    func aWorkerPastTheTimeLimitIsKilledAndNotKept() throws {
        let pool = PDFWorkerPool(executable: Self.worker)
        defer { pool.stopIdleWorkers() }
        let slow = TestPaths.hostile.appendingPathComponent("slow.pdf").path
        let start = Date()
        #expect(pool.read(filePath: slow, typography: true, timeout: 0.2, maxLength: 1 << 24) == .timedOut)
        #expect(Date().timeIntervalSince(start) < 10 * TestPaths.slowdown)
        #expect(pool.idleProcessIDs.isEmpty)
        // The pool still serves the next paper.
        #expect(Self.text(pool.read(filePath: Self.fixturePDF, typography: true, timeout: 60, maxLength: 1 << 24)) == (try Self.pdftotext(Self.fixturePDF)))
    }

    @Test(.enabled(if: worker != nil, "docket-pdf-worker or pdftotext is not installed"),
          arguments: ["truncated.pdf", "not-a-pdf.pdf", "corrupt-xref.pdf", "encrypted.pdf", "no-such-file.pdf"])
    func aFileTheWorkerCannotReadIsDeclinedAndTheWorkerKept(name: String) throws {
        let pool = PDFWorkerPool(executable: Self.worker)
        defer { pool.stopIdleWorkers() }
        let answer = pool.read(filePath: TestPaths.hostile.appendingPathComponent(name).path, typography: true, timeout: 60, maxLength: 1 << 24)
        if name == "corrupt-xref.pdf", case .read = answer {
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
        #expect(pool.read(filePath: Self.fixturePDF, typography: true, timeout: 60, maxLength: 10) == .unavailable)
        #expect(pool.idleProcessIDs.count == 1)
        // Text within the limit, characters over it: the text comes without typography.
        let length = try Self.pdftotext(Self.fixturePDF).utf8.count
        #expect(pool.read(filePath: Self.fixturePDF, typography: true, timeout: 60, maxLength: length) == .read(text: try Self.pdftotext(Self.fixturePDF), typography: nil))
    }

    @Test(.enabled(if: worker != nil, "docket-pdf-worker or pdftotext is not installed"))
    func aWorkerIsRetiredAfterItsShareOfPapers() throws {
        let pool = PDFWorkerPool(executable: Self.worker, papersPerWorker: 2)
        defer { pool.stopIdleWorkers() }
        _ = pool.read(filePath: Self.fixturePDF, typography: false, timeout: 60, maxLength: 1 << 24)
        let pid = try #require(pool.idleProcessIDs.first)
        _ = pool.read(filePath: Self.fixturePDF, typography: false, timeout: 60, maxLength: 1 << 24)
        #expect(pool.idleProcessIDs.isEmpty)
        #expect(!Self.isRunning(pid))
    }

    @Test func aWorkerThatCannotRunIsGivenUpAfterAFewTries() {
        // An executable that is no worker: it exits at once, as one without its library would.
        let pool = PDFWorkerPool(executable: TestPaths.tool("true") ?? "/bin/true")
        for _ in 0..<(PDFWorkerPool.givingUp + 3) {
            #expect(pool.read(filePath: Self.fixturePDF, typography: true, timeout: 60, maxLength: 1 << 24) == .unavailable)
        }
        #expect(pool.idleProcessIDs.isEmpty)
        #expect(!pool.isStartingWorkers)
    }

    @Test func withoutAWorkerThePoolDeclines() {
        let pool = PDFWorkerPool(executable: nil)
        #expect(pool.read(filePath: Self.fixturePDF, typography: true, timeout: 60, maxLength: 1 << 24) == .unavailable)
    }

    @Test func framesRoundTrip() {
        let request = PDFWorkerProtocol.request(path: "/tmp/papers/café.pdf", maxLength: 1 << 40, glyphs: true)
        #expect(PDFWorkerProtocol.integer(request[0..<8]) == 1 << 40)
        #expect(request[8] == 1)
        #expect(PDFWorkerProtocol.integer(request[9..<13]) == UInt64("/tmp/papers/café.pdf".utf8.count))
        #expect(String(decoding: request[PDFWorkerProtocol.requestHeaderSize...], as: UTF8.self) == "/tmp/papers/café.pdf")
        let header = PDFWorkerProtocol.responseHeader(status: .locked, glyphsOverLimit: true, textLength: 300, glyphLength: 70_000)
        #expect(header.count == PDFWorkerProtocol.responseHeaderSize)
        #expect(header[0] == PDFWorkerProtocol.Status.locked.rawValue && header[1] == 1)
        #expect(PDFWorkerProtocol.integer(header[2..<10]) == 300 && PDFWorkerProtocol.integer(header[10..<18]) == 70_000)
    }

    @Test func glyphRecordsBecomeOneRunPerCharacterOnTheirPages() throws {
        func words(_ values: [UInt32]) -> [UInt8] { values.flatMap { value in withUnsafeBytes(of: value) { Array($0) } } }
        // Two pages: "Hi" in bold at size 18, then nothing.
        let bytes = words([2, 2, 2]) + words([100, 50, 20, 18, 0x48, 1]) + words([100, 62, 20, 18, 0x69, 1])
        let pages = try #require(PDFTypography.pages(fromGlyphs: bytes))
        #expect(pages.count == 2 && pages[1].runs.isEmpty)
        #expect(pages[0].runs == [PDFTypography.Run(top: 100, left: 50, height: 20, size: 18, characters: 0..<1),
                                  PDFTypography.Run(top: 100, left: 62, height: 20, size: 18, characters: 1..<2)])
        #expect(pages[0].characters.map(\.scalar) == ["H", "i"] && pages[0].characters.allSatisfy(\.bold))
        // A page table that points past the records, or records cut short, is refused.
        #expect(PDFTypography.pages(fromGlyphs: words([1, 3]) + words([100, 50, 20, 18, 0x48, 1])) == nil)
        #expect(PDFTypography.pages(fromGlyphs: words([1, 1]) + words([100, 50, 20])) == nil)
        #expect(PDFTypography.pages(fromGlyphs: [1, 0]) == nil)
    }
}
