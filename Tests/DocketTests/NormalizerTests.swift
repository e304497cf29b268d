import DocketExtract
import DocketModel
import DocketReaders
import Foundation
import Testing

struct NormalizerTests {
    private func layout(_ text: String) throws -> Layout {
        try TextReader().read(bytes: Array(text.utf8), path: "x.txt")
    }

    @Test func repairsCharacters() throws {
        let normalized = Normalizer().normalize(try layout("of\u{FB01}ce\u{00A0}hours \u{FB02}ood re\u{00AD}view zero\u{200B}width\n"))
        #expect(normalized.blocks[0].lines[0].text == "office hours flood review zerowidth")
    }

    @Test func removesRunningHeadersFootersAndPageNumbers() throws {
        let bodies = ["Roads are gritted.\nSalt is stocked.", "Routes change.", "Depots open at six.\nCrews rotate.\nCosts rise.", "None."]
        let pages = bodies.enumerated().map { "OFFICIAL - Westshire Council\n\n\($1)\n\nPage \($0 + 1) of 4\n" }
        let normalized = Normalizer().normalize(try layout(pages.joined(separator: "\u{0C}")))
        let texts = normalized.blocks.flatMap(\.lines).map(\.text)
        #expect(texts == bodies.flatMap { $0.split(separator: "\n").map(String.init) })
        #expect(normalized.diagnostics.contains { $0.code == .furnitureRemoved })
    }

    @Test func keepsRepeatedFormLabelsAndTheirValues() throws {
        let pages = (1...3).map { "(e) Exempt Information?\n\nOpen\n\nDecision \($0) was taken.\n" }
        let normalized = Normalizer().normalize(try layout(pages.joined(separator: "\u{0C}")))
        #expect(normalized.blocks.flatMap(\.lines).filter { $0.text == "Open" }.count == 3)
    }

    @Test func isIdempotent() throws {
        for file in try TestPaths.paperFiles() where file.pathExtension != "pdf" {
            let bytes = [UInt8](try Data(contentsOf: file))
            let once = Normalizer().normalize(try TextReader().read(bytes: bytes, path: file.lastPathComponent))
            let twice = Normalizer().normalize(once)
            #expect(once == twice, "normalizing \(file.lastPathComponent) twice changed it")
        }
    }

    @Test func spansPointAtTheirLinesInTheNormalizedText() throws {
        let normalized = Normalizer().normalize(try layout("Title\n\n1. Heading\n1.1 Café £5\n\u{0C}Second page\n"))
        let utf8 = Array(normalized.text.utf8)
        for line in normalized.blocks.flatMap(\.lines) {
            #expect(String(decoding: utf8[line.span.start..<line.span.end], as: UTF8.self) == line.text)
        }
        #expect(normalized.blocks.last?.lines.first?.span.page == 2)
    }
}
