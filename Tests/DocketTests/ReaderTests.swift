@testable import DocketReaders
import DocketModel
import Foundation
import Testing

struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func matchesStandardVectors(input: String, digest: String) {
        #expect(SHA256.hex(Array(input.utf8)) == digest)
    }

    /// Inputs of many blocks, and of a length whose padding needs a block of its own.
    @Test func hashesLongInputs() {
        #expect(SHA256.hex([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        let twoBlocks = "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"
        #expect(SHA256.hex(Array(twoBlocks.utf8)) == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
    }

    /// A collection without contiguous storage is hashed as its bytes.
    @Test func hashesAnyCollectionOfBytes() {
        let bytes = (0..<1000).map { UInt8($0 % 251) }
        #expect(SHA256.hex(bytes.lazy.map { $0 }) == SHA256.hex(bytes))
        #expect(SHA256.hex(bytes[10..<500]) == SHA256.hex(Array(bytes[10..<500])))
    }
}

struct TextDecoderTests {
    @Test func readsUTF8WithAndWithoutBOM() throws {
        let plain = try TextDecoder().decode(Array("£5 café".utf8))
        #expect(plain.text == "£5 café" && plain.encoding == "utf-8")
        let bom = try TextDecoder().decode([0xEF, 0xBB, 0xBF] + Array("Hi".utf8))
        #expect(bom.text == "Hi" && bom.encoding == "utf-8-bom")
    }

    @Test func readsUTF16WithBOM() throws {
        let little = try TextDecoder().decode([0xFF, 0xFE, 0x41, 0x00, 0xA3, 0x00])
        #expect(little.text == "A£" && little.encoding == "utf-16le")
        let big = try TextDecoder().decode([0xFE, 0xFF, 0x00, 0x41, 0x00, 0xA3])
        #expect(big.text == "A£" && big.encoding == "utf-16be")
    }

    @Test func recognisesUTF16WithoutBOMFromItsZeroBytes() throws {
        let bytes = Array("Cabinet report".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let decoded = try TextDecoder().decode(bytes)
        #expect(decoded.text == "Cabinet report")
        #expect(decoded.diagnostics.map(\.code) == [.utf16WithoutBOM])
    }

    @Test func fallsBackToWindows1252AndSaysSo() throws {
        let decoded = try TextDecoder().decode([0x93, 0x51, 0x94, 0x20, 0xA3, 0x35, 0x20, 0x96, 0x20, 0x81])
        #expect(decoded.text == "\u{201C}Q\u{201D} £5 \u{2013} \u{81}")
        #expect(decoded.encoding == "windows-1252")
        #expect(decoded.diagnostics.map(\.code) == [.encodingFallback])
        #expect(!decoded.text.contains("\u{FFFD}"))
    }

    @Test func rejectsBinaryAndEmptyFiles() {
        #expect(throws: DocketError(.binary, "a NUL byte in the first 8 KB: this looks like a binary file, not text")) {
            try TextDecoder().decode([0x00, 0x01, 0x02, 0xFF, 0x00, 0x00, 0x10, 0x80, 0x7F])
        }
        #expect(throws: DocketError.self) { try TextDecoder().decode([]) }
    }
}

struct TextReaderTests {
    @Test func splitsPagesAtFormFeedsAndNormalisesLineEnds() throws {
        let text = "Title\r\nline two\rline three\u{2028}line four\u{0C}Page two\n"
        let layout = try TextReader().read(bytes: Array(text.utf8), path: "x.txt")
        #expect(layout.pages.count == 2)
        #expect(layout.pages[0].blocks.flatMap(\.lines).map(\.text) == ["Title", "line two", "line three", "line four"])
        #expect(layout.pages[1].blocks.flatMap(\.lines).map(\.text) == ["Page two"])
        #expect(layout.source.pages == 2)
    }

    @Test func readsTabSeparatedRowsAsATable() throws {
        let text = "Intro\n\nRisk\tDescription\tAction\nA\tB\tC\nD\tE\n"
        let layout = try TextReader().read(bytes: Array(text.utf8), path: "x.txt")
        let table = try #require(layout.blocks.first { $0.kind == .table })
        #expect(table.rows == [["Risk", "Description", "Action"], ["A", "B", "C"], ["D", "E", ""]])
    }

    @Test func readsMarkdownStructure() throws {
        let text = """
        ---
        title: "A Paper"
        ---

        # A Paper

        **Summary**

        Some *emphasis* and a [link](https://example.org).

        - first item
        - second item

        | Risk | Action |
        |------|--------|
        | Flood | Pump |
        """
        let layout = try TextReader().read(bytes: Array(text.utf8), path: "paper.md")
        let kinds = layout.blocks.map(\.kind)
        #expect(kinds == [.metadata, .heading, .heading, .paragraph, .listItem, .listItem, .table])
        #expect(layout.blocks[0].lines[0].text == "title: A Paper")
        #expect(layout.blocks[3].lines[0].text == "Some emphasis and a link (https://example.org).")
        #expect(layout.blocks[6].rows == [["Risk", "Action"], ["Flood", "Pump"]])
    }

    @Test func rejectsWhiteSpaceOnly() {
        #expect(throws: DocketError.self) { try TextReader().read(bytes: Array("  \n\t\n \r\n".utf8), path: "x.txt") }
    }
}

struct ChildProcessTests {
    @Test func collectsOutputAndStatus() throws {
        let result = try ChildProcess(executable: "/bin/sh", arguments: ["-c", "echo out; echo err >&2; exit 3"],
                                      timeout: 10, maxOutput: 1 << 20).run()
        #expect(String(decoding: result.stdout, as: UTF8.self) == "out\n")
        #expect(String(decoding: result.stderr, as: UTF8.self) == "err\n")
        #expect(result.status == 3 && !result.signalled)
    }

    @Test func killsTheWholeProcessGroupAtTheTimeLimit() throws {
        let marker = FileManager.default.temporaryDirectory.appendingPathComponent("docket-grandchild-\(getpid())").path
        try? FileManager.default.removeItem(atPath: marker)
        let start = Date()
        // The grandchild would write the marker after 2 s if it survived the kill.
        #expect(throws: DocketError.self) {
            try ChildProcess(executable: "/bin/sh", arguments: ["-c", "(sleep 2; touch \(marker)) & sleep 30"],
                             timeout: 0.5, maxOutput: 1 << 20).run()
        }
        #expect(Date().timeIntervalSince(start) < 5)
        Thread.sleep(forTimeInterval: 2.5)
        #expect(!FileManager.default.fileExists(atPath: marker))
    }

    @Test func stopsAProcessThatWritesTooMuch() {
        #expect(throws: DocketError.self) {
            try ChildProcess(executable: "/bin/sh", arguments: ["-c", "yes docket"], timeout: 10, maxOutput: 100_000).run()
        }
    }
}

struct PDFReaderTests {
    @Test func classifiesPdftotextFailures() {
        #expect(PDFReader.classify(status: 1, stderr: "Command Line Error: Incorrect password").code == .pdfEncrypted)
        #expect(PDFReader.classify(status: 1, stderr: "Syntax Error: Couldn't find trailer dictionary").code == .pdfDamaged)
    }

    @Test func reportsAScanWithItsPageCount() {
        #expect(throws: DocketError(.pdfNoText, "the PDF has 3 pages but no text layer (a scan?)")) {
            try PDFReader().layout(fromPdftotext: "\u{0C}\n\u{0C}  \u{0C}", bytes: Array("%PDF-1.4".utf8), path: "scan.pdf")
        }
    }

    @Test func readsPagesFromPdftotextOutput() throws {
        let layout = try PDFReader().layout(fromPdftotext: "One\n\n  1.1  Text\u{0C}Two\u{0C}", bytes: Array("%PDF-1.4".utf8), path: "a.pdf")
        #expect(layout.pages.count == 2)
        #expect(layout.pages[0].blocks[1].lines[0].indent == 2)
    }

    @Test func rejectsAFileThatIsNotAPDF() throws {
        let path = TestPaths.hostile.appendingPathComponent("not-a-pdf.pdf").path
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(throws: DocketError(.pdfDamaged, "not a PDF: the file does not start with %PDF-")) {
            try PDFReader().read(bytes: bytes, filePath: path, path: "not-a-pdf.pdf")
        }
    }

    @Test(.enabled(if: TestPaths.tool("pdftotext") != nil, "pdftotext (poppler-utils) is not installed"))
    func namesTheCauseForATruncatedPDF() throws {
        let path = TestPaths.hostile.appendingPathComponent("truncated.pdf").path
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        do {
            _ = try PDFReader().read(bytes: bytes, filePath: path, path: "truncated.pdf")
            Issue.record("a truncated PDF was read")
        } catch let error as DocketError {
            #expect(error.code == .pdfDamaged)
            #expect(error.message.contains("pdftotext"))
        }
    }
}

/// Raw lines are measured over bytes; these hold them to the scalar definitions they replace.
struct RawLineTests {
    static let samples = ["", " ", "\t \u{00A0}", "\u{00A0}x", " \u{00C2}", "  \t 1.1 Title  \t", "£5 café ", "\u{0301}x", " \u{0301}x ",
                          "\tcell\tcell", "x\u{00A0}", "\u{2003}", "Â\u{00A0}"]

    @Test(arguments: samples)
    func blankLinesAreSpacesTabsAndNoBreakSpaces(line: String) {
        #expect(RawLine.isBlank(line) == line.unicodeScalars.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" })
    }

    @Test(arguments: samples)
    func theIndentCountsLeadingSpacesAndTabs(line: String) {
        let made = RawLine.make(line, page: 2, line: 7)
        let indent = line.unicodeScalars.prefix { $0 == " " || $0 == "\t" }.count
        #expect(made.indent == indent)
        var text = Substring(line.unicodeScalars.dropFirst(indent))
        while let last = text.unicodeScalars.last, last == " " || last == "\t" { text = text.dropLast() }
        #expect(made.text == String(text) && made.span.page == 2 && made.span.line == 7)
    }

    @Test(arguments: samples)
    func aTabbedRowHasTwoPiecesBetweenTabs(line: String) {
        #expect(TableBuilder.isTabbedRow(line) == (line.split(separator: "\t").count >= 2))
    }
}
