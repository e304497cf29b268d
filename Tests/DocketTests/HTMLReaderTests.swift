import DocketModel
@testable import DocketReaders
import Foundation
import Testing

struct HTMLReaderTests {
    private func read(_ html: String) throws -> Layout {
        try HTMLReader().read(bytes: Array(html.utf8), path: "page.html")
    }

    @Test func readsHeadingsParagraphsListsAndDropsFurniture() throws {
        let layout = try read("""
            <html><head><title>x</title><style>p{}</style></head><body>
            <nav><ul><li>Home</li></ul></nav><div class="cookie-banner">We use cookies</div>
            <h2>Background</h2><p>First&nbsp;line<br>second line</p><ul><li>One</li><li>Two</li></ul>
            <script>alert(1)</script><footer>Footer</footer></body></html>
            """)
        #expect(layout.blocks.map(\.kind) == [.heading, .paragraph, .listItem, .listItem])
        #expect(layout.blocks[1].lines.map(\.text) == ["First\u{00A0}line", "second line"])
        #expect(!layout.blocks.flatMap(\.lines).contains { ["Home", "We use cookies", "Footer", "alert(1)"].contains($0.text) })
    }

    /// White space of any script collapses to one space within and across a line's runs; a
    /// no-break space, letters of other scripts and marks stay as they are.
    @Test func collapsesWhiteSpaceOfEveryKindButTheNoBreakSpace() throws {
        let layout = try read("<p>  Caf\u{E9}\u{2003}\u{2003}costs\n\t \u{A3}5\u{3000}<b> \u{201C}net\u{201D} </b> \u{A0}x\u{301} </p>")
        #expect(layout.blocks.flatMap(\.lines).map(\.text) == ["Caf\u{E9} costs \u{A3}5 \u{201C}net\u{201D} \u{A0}x\u{301}"])
    }

    @Test func expandsRowAndColumnSpans() throws {
        let layout = try read("""
            <table><tr><th>Risk</th><th>Likelihood</th><th>Impact</th></tr>
            <tr><td rowspan="2">Flood</td><td colspan="2">High</td></tr>
            <tr><td>Low</td><td>Medium</td></tr></table>
            """)
        let table = try #require(layout.blocks.first { $0.kind == .table })
        #expect(table.rows == [["Risk", "Likelihood", "Impact"], ["Flood", "High", "High"], ["Flood", "Low", "Medium"]])
    }

    @Test func joinsAnItemNumberCellToItsTitle() throws {
        let layout = try read("""
            <table><tr><td><p>3.</p></td><td><p>Minutes</p><p>To approve the minutes.</p></td></tr></table>
            """)
        #expect(layout.blocks.flatMap(\.lines).map(\.text) == ["3. Minutes", "To approve the minutes."])
    }

    @Test func readsWindows1252SmartQuotesInAPageLabelledUTF8() throws {
        var bytes = Array("<html><head><meta charset=\"utf-8\"></head><body><p>The Council".utf8)
        bytes += [0x92, 0x73, 0x20, 0x93, 0x70, 0x6C, 0x61, 0x6E, 0x94, 0x20, 0xA3, 0x35]
        bytes += Array("</p></body></html>".utf8)
        let layout = try HTMLReader().read(bytes: bytes, path: "p.html")
        #expect(layout.blocks[0].lines[0].text == "The Council\u{2019}s \u{201C}plan\u{201D} £5")
        #expect(layout.source.encoding == "windows-1252")
        #expect(layout.diagnostics.contains { $0.code == .htmlEncodingMislabelled })
    }

    @Test func keepsEntityBombsInert() throws {
        let bomb = """
            <!DOCTYPE html [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
            <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>
            <html><body><p>&d;&d;&d;&d;&d;&d;&d;&d;</p><p>After</p></body></html>
            """
        let layout = try read(bomb)
        #expect(layout.blocks.flatMap(\.lines).reduce(0) { $0 + $1.text.count } < 10_000)
        #expect(layout.blocks.flatMap(\.lines).contains { $0.text == "After" })
    }

    @Test func neverReadsALocalFileNamedInAnEntity() throws {
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("docket-secret-\(getpid()).txt")
        try "TOP-SECRET-CONTENT".write(to: secret, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: secret) }
        let page = """
            <!DOCTYPE html [<!ENTITY xxe SYSTEM "file://\(secret.path)">]>
            <html><body><p>Value: &xxe;</p></body></html>
            """
        let layout = try read(page)
        #expect(!layout.blocks.flatMap(\.lines).contains { $0.text.contains("TOP-SECRET-CONTENT") })
    }

    @Test func keepsDeeplyNestedContentWhole() throws {
        let depth = 100_000
        let page = "<html><body>" + String(repeating: "<div>", count: depth) + "<p>Deep text</p>"
            + String(repeating: "</div>", count: depth) + "<p>After</p></body></html>"
        let texts = try read(page).blocks.flatMap(\.lines).map(\.text)
        #expect(texts == ["Deep text", "After"])
    }

    @Test func rejectsAnEmptyPage() {
        #expect(throws: DocketError.self) { try HTMLReader().read(bytes: [], path: "e.html") }
        #expect(throws: DocketError.self) { try HTMLReader().read(bytes: Array("<html><body> </body></html>".utf8), path: "e.html") }
    }
}

struct HTMLReaderLimitTests {
    @Test func decodesEntitiesThatModernGovEncodedTwice() throws {
        let layout = try HTMLReader().read(bytes: Array("<p>The Mayor&amp;#39;s report costs &amp;pound;5 &amp;amp; more</p>".utf8), path: "p.html")
        #expect(layout.blocks[0].lines[0].text == "The Mayor's report costs £5 & more")
    }

    @Test func readsAPageWithAFiftyMegabyteAttribute() throws {
        var page = Array("<html><body><p data-x=\"".utf8)
        page += [UInt8](repeating: 0x61, count: 50 << 20)
        page += Array("\">Kept text</p><p>After</p></body></html>".utf8)
        let texts = try HTMLReader().read(bytes: page, path: "big.html").blocks.flatMap(\.lines).map(\.text)
        #expect(texts == ["Kept text", "After"])
    }

    @Test func keepsLinksWithTheLineTheyAreOn() throws {
        let layout = try HTMLReader().read(bytes: Array("""
            <html><body><h2>Items</h2><ul><li><a href="documents/s1/Report.pdf">Report <span class="mgFileSize">PDF 1 KB</span></a></li>
            <li><a href="#top">Back to top</a></li></ul></body></html>
            """.utf8), path: "p.html")
        #expect(layout.links.map(\.url) == ["documents/s1/Report.pdf"])
        #expect(layout.links.map(\.text) == ["Report"])
        #expect(layout.links[0].span.line == layout.blocks[1].lines[0].span.line)
    }

    @Test func numbersTheItemsOfOrderedLists() throws {
        let layout = try HTMLReader().read(bytes: Array("<ol><li>Approved the plan.</li><li>Noted the risks.</li></ol><ul><li>Bullet</li></ul>".utf8), path: "p.html")
        #expect(layout.blocks.flatMap(\.lines).map(\.text) == ["1. Approved the plan.", "2. Noted the risks.", "Bullet"])
    }
}
