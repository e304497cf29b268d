import Docket
import DocketModel
import Foundation
import Testing

/// The hostile-input suite: each case has its expected outcome — a per-file error with a stable
/// code, or a record with a diagnostic — and must finish well inside a generous bound (these
/// bounds catch hangs and blow-ups; they are not speed measurements).
@Suite(.serialized)
struct HostileInputTests {
    /// Runs one paper through the pipeline, returning the record or the error code.
    static func outcome(_ bytes: [UInt8], name: String) -> (paper: Paper?, code: String?, seconds: Double) {
        let start = Date()
        do {
            var limits = Limits()
            limits.paperTimeoutSeconds = 60 * TestPaths.slowdown  // the bounds below are what is tested
            let paper = try Extraction(limits: limits).paper(bytes: bytes, source: DocumentSource(filePath: "/nonexistent/\(name)", displayPath: name))
            return (paper, nil, Date().timeIntervalSince(start))
        } catch let error as DocketError {
            return (nil, error.code.rawValue, Date().timeIntervalSince(start))
        } catch {
            return (nil, "unexpected: \(error)", Date().timeIntervalSince(start))
        }
    }

    static func file(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: TestPaths.hostile.appendingPathComponent(name)))
    }

    // MARK: Text

    @Test(arguments: [
        ("empty.txt", "input.empty"),
        ("binary.txt", "input.binary"),
    ])
    func textFilesThatAreNotPapersFailClearly(name: String, code: String) throws {
        let result = Self.outcome(try Self.file(name), name: name)
        #expect(result.code == code)
    }

    @Test func whitespaceOnlyAndNULBytesFailClearly() {
        #expect(Self.outcome(Array("   \n\t\r\n   \n".utf8), name: "blank.txt").code == "input.empty")
        #expect(Self.outcome(Array("Summary\n".utf8) + [0] + Array("more".utf8), name: "nul.txt").code == "input.binary")
    }

    @Test func aTwentyMegabyteSingleLineIsReadWithinBounds() {
        let line = Array(String(repeating: "The council agreed the budget. ", count: 20_000_000 / 31).utf8)
        let result = Self.outcome(line, name: "long-line.txt")
        #expect(result.paper != nil)
        #expect(result.seconds < 60 * TestPaths.slowdown, "took \(result.seconds) s")
    }

    @Test func aHundredThousandNumberedLinesAreSegmentedWithinBounds() throws {
        var text = "Report from: A B\n\n"
        for number in 1...100_000 { text += "\(number). Item number \(number) of the list.\n" }
        let result = Self.outcome(Array(text.utf8), name: "numbered.txt")
        let paper = try #require(result.paper)
        // Labels have at most three digits ("1000. …" reads as prose, like a year would), so the
        // first 999 lines are items and the rest their text.
        #expect(paper.allSections.count == 999)
        #expect(paper.allSections.last?.text.contains("Item number 100000 of the list.") == true)
        #expect(result.seconds < 60 * TestPaths.slowdown, "took \(result.seconds) s")
    }

    @Test func invalidUTF8AndUTF16WithoutBOMAreReadWithADiagnostic() throws {
        let latin = Self.outcome([0x53, 0x75, 0x6D, 0x6D, 0x61, 0x72, 0x79, 0x0A, 0x0A, 0xA3, 0x35, 0x20, 0x93, 0x71, 0x94, 0x0A], name: "latin.txt")
        #expect(latin.paper?.source.encoding == "windows-1252")
        #expect(latin.paper?.diagnostics.contains { $0.code == .encodingFallback } == true)
        let utf16 = Array("Summary\n\nA short paper about roads.\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let read = Self.outcome(utf16, name: "utf16.txt")
        #expect(read.paper?.summary == "A short paper about roads.")
        #expect(read.paper?.diagnostics.contains { $0.code == .utf16WithoutBOM } == true)
    }

    @Test func mixedLineEndingsGiveTheSameRecordAsUnixOnes() throws {
        let unix = "CABINET\n\n1 MAY 2025\n\nROADS\n\nSummary\n\nRoads are gritted.\n\n1. Background\n\n1.1 Text.\n"
        let mixed = unix.replacingOccurrences(of: "\n\n", with: "\r\n\r").replacingOccurrences(of: "\n", with: "\r\n")
        let a = try #require(Self.outcome(Array(unix.utf8), name: "a.txt").paper)
        let b = try #require(Self.outcome(Array(mixed.utf8), name: "a.txt").paper)
        #expect(a.allSections.map(\.heading) == b.allSections.map(\.heading))
        #expect(a.title == b.title && a.meeting == b.meeting)
    }

    // MARK: HTML

    @Test func unclosedTagsEverywhereStillGiveTheText() throws {
        let page = "<html><body><div><p>Summary<p>The council <b>agreed <i>the plan<table><tr><td>Risk<td>Flood<tr><td>Owner"
        #expect(Self.outcome(Array(page.utf8), name: "unclosed.html").paper != nil)
        let layout = try Extraction().normalizedLayout(bytes: Array(page.utf8), source: DocumentSource(filePath: "/nonexistent/unclosed.html", displayPath: "unclosed.html"))
        #expect(layout.text.contains("The council agreed the plan"))
    }

    @Test func aMislabelledCharsetIsRepaired() throws {
        var page = Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body><p>Cost ".utf8)
        page += [0xA3, 0x35, 0x20, 0x96, 0x20, 0x93, 0x6F, 0x6B, 0x94]
        page += Array("</p></body></html>".utf8)
        let paper = try #require(Self.outcome(page, name: "mislabelled.html").paper)
        let layout = try Extraction().normalizedLayout(bytes: page, source: DocumentSource(filePath: "/nonexistent/mislabelled.html", displayPath: "mislabelled.html"))
        #expect(layout.text.contains("Cost £5 – “ok”"))
        #expect(paper.diagnostics.contains { $0.code == .htmlEncodingMislabelled })
    }

    // MARK: PDF

    @Test(.enabled(if: TestPaths.tool("pdftotext") != nil, "pdftotext (poppler-utils) is not installed"),
          arguments: [("truncated.pdf", "pdf.damaged"), ("not-a-pdf.pdf", "pdf.damaged"), ("corrupt-xref.pdf", "pdf.damaged"),
                      ("no-text-layer.pdf", "pdf.no-text-layer"), ("encrypted.pdf", "pdf.encrypted")])
    func brokenPDFsFailWithTheirCause(name: String, code: String) throws {
        let path = TestPaths.hostile.appendingPathComponent(name).path
        guard FileManager.default.fileExists(atPath: path) else {
            print("skipped \(name): fixture not present")
            return
        }
        do {
            _ = try Extraction().paper(for: DocumentSource(filePath: path, displayPath: name))
            Issue.record("\(name) was read")
        } catch let error as DocketError {
            #expect(error.code.rawValue == code, "\(error)")
            if code == "pdf.no-text-layer" { #expect(error.message.contains("2 pages")) }
        }
    }

    @Test(.enabled(if: TestPaths.tool("pdftotext") != nil, "pdftotext (poppler-utils) is not installed"))
    func aPDFThatKeepsPdftotextBusyIsKilledAtTheLimitAndReadAgainInReadingOrder() throws {
        let path = TestPaths.hostile.appendingPathComponent("slow.pdf").path
        var limits = Limits()
        limits.pdfTimeoutSeconds = 0.3
        let start = Date()
        let paper = try Extraction(limits: limits).paper(for: DocumentSource(filePath: path, displayPath: "slow.pdf"))
        #expect(Date().timeIntervalSince(start) < 10)
        #expect(paper.diagnostics.contains { $0.code == .pdfLayoutTimeout })
        // Without the retry, the time limit is the paper's error.
        var pipeline = try Pipeline.parse("name: strict\nstages:\n  - read.pdf@1:\n      retry_in_reading_order: false\n  - normalize@1\n  - segment.numbered@1\n", file: "strict.yml")
        pipeline.name = "strict"
        #expect(throws: DocketError.self) {
            _ = try Extraction(pipeline: pipeline, limits: limits).paper(for: DocumentSource(filePath: path, displayPath: "slow.pdf"))
        }
        #expect(Date().timeIntervalSince(start) < 20)
    }

    @Test func aFileLargerThanTheLimitIsRefused() throws {
        var limits = Limits()
        limits.maxInputBytes = 10
        #expect(throws: DocketError(.tooLarge, "the file is 635 bytes; the limit is 10")) {
            _ = try Extraction(limits: limits).paper(for: DocumentSource(filePath: TestPaths.papers.appendingPathComponent("record-of-decision.txt").path))
        }
    }

    // MARK: Files

    @Test func oddFileNamesAreProcessedOrReportedNeverLost() throws {
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("docket-names-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        let paper = Data("Summary\n\nA paper.\n".utf8)
        try (paper + Data("NFC\n".utf8)).write(to: input.appendingPathComponent("caf\u{00E9}.txt"))
        try (paper + Data("NFD\n".utf8)).write(to: input.appendingPathComponent("cafe\u{0301}.txt"))
        let long = String(repeating: "a", count: 251) + ".txt"
        try paper.write(to: input.appendingPathComponent(long))
        // A name that is not UTF-8: "bad-\xFF.txt".
        let badName: [UInt8] = Array(input.path.utf8) + Array("/bad-".utf8) + [0xFF] + Array(".txt".utf8) + [0]
        let fd = badName.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT, 0o644) }
        }
        #expect(fd >= 0)
        _ = paper.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        let output = RunnerTests.output()
        let summary = try RunnerTests.run(input, output)
        #expect(summary.discovered == 4)
        #expect(summary.new == 3 && summary.failed == 1)
        let errors = try String(contentsOf: output.appendingPathComponent("errors.jsonl"), encoding: .utf8)
        #expect(errors.contains("\\\\xFF.txt"))
        let again = try RunnerTests.run(input, output)
        #expect(again.unchanged == 3 && again.stillFailed == 1)
    }

    @Test func aFileThatVanishesBeforeItIsReadIsAnError() {
        #expect(throws: DocketError(.unreadable, "no such file")) {
            _ = try Extraction().paper(for: DocumentSource(filePath: "/nonexistent/gone.pdf"))
        }
    }
}
