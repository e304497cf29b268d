import Foundation
import Testing

/// The largest hostile inputs, each through the `docket` binary in a child process of its own,
/// so that its peak memory (from `wait4`) and its time can be bounded per case.
@Suite(.serialized)
struct HostileBoundsTests {
    struct Measured {
        var status: Int32
        var seconds: Double
        var peakMegabytes: Double
    }

    /// Runs `docket extract --compact FILE` with output discarded; returns status, time and peak RSS.
    static func measure(_ file: String, extraArguments: [String] = []) throws -> Measured {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let arguments = [CLITests.docketBinary!, "extract", "--compact"] + extraArguments + [file]
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let start = Date()
        guard posix_spawn(&pid, arguments[0], &actions, nil, argv, environ) == 0 else { throw CocoaError(.fileNoSuchFile) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        return Measured(status: (status >> 8) & 0xff, seconds: Date().timeIntervalSince(start), peakMegabytes: Double(usage.ru_maxrss) / 1024)
    }

    static func write(_ data: Data, name: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("docket-bounds-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }

    @Test(.enabled(if: CLITests.docketBinary != nil, "the docket executable was not built"),
          .enabled(if: ProcessInfo.processInfo.environment["DOCKET_SANITIZER_RUN"] == nil,
                   "the sanitizer run (these measure the plain binary, which the plain run covers)"),
          arguments: [
        ("line.txt", "a 20 MB single line"),
        ("numbered.txt", "100,000 numbered lines"),
        ("nested.html", "100,000 levels of nesting"),
        ("attribute.html", "a 50 MB attribute"),
        ("bomb.html", "an entity bomb"),
    ])
    func largeHostileInputsStayInsideTheirBounds(name: String, what: String) throws {
        let data: Data
        switch name {
        case "line.txt":
            data = Data(String(repeating: "The council agreed the budget. ", count: 20_000_000 / 31).utf8)
        case "numbered.txt":
            data = Data((1...100_000).map { "\($0). Item number \($0) of the list." }.joined(separator: "\n").utf8)
        case "nested.html":
            data = Data(("<html><body>" + String(repeating: "<div>", count: 100_000) + "<p>Deep</p>" + String(repeating: "</div>", count: 100_000)).utf8)
        case "attribute.html":
            data = Data("<p data-x=\"".utf8) + Data(repeating: 0x61, count: 50 << 20) + Data("\">Text</p>".utf8)
        default:
            let entities = "<!DOCTYPE html [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">]>"
            data = Data((entities + "<html><body><p>" + String(repeating: "&e;", count: 1000) + "</p></body></html>").utf8)
        }
        let result = try Self.measure(try Self.write(data, name: name))
        print("bounds: \(what): exit \(result.status), \(String(format: "%.2f", result.seconds)) s, peak \(Int(result.peakMegabytes)) MB")
        #expect(result.status == 0, "\(what) did not give a record")
        #expect(result.seconds < 60, "\(what) took \(result.seconds) s")
        #expect(result.peakMegabytes < 1536, "\(what) peaked at \(result.peakMegabytes) MB")
    }

    /// Inputs of every shape a stage could be quadratic in, each at a size where a step that
    /// compares every item with every other (10^10 comparisons and more) would run for many
    /// minutes, while a linear pass takes seconds even in a debug build. The per-paper deadline
    /// is lifted so that only the stages' own cost is measured.
    @Test(.enabled(if: CLITests.docketBinary != nil, "the docket executable was not built"),
          .enabled(if: ProcessInfo.processInfo.environment["DOCKET_SANITIZER_RUN"] == nil,
                   "the sanitizer run (these measure the plain binary, which the plain run covers)"),
          arguments: SizeShape.allCases)
    func everyStageIsLinearInItsInput(shape: SizeShape) throws {
        let path = try Self.write(shape.data(), name: shape.fileName)
        let result = try Self.measure(path, extraArguments: ["--paper-timeout", "100000"])
        print("size suite: \(shape.rawValue): exit \(result.status), \(String(format: "%.2f", result.seconds)) s, peak \(Int(result.peakMegabytes)) MB")
        #expect(result.status == 0, "\(shape.rawValue) did not give a record")
        #expect(result.seconds < 150, "\(shape.rawValue) took \(result.seconds) s")
        #expect(result.peakMegabytes < 1536, "\(shape.rawValue) peaked at \(result.peakMegabytes) MB")
    }
}

/// The generated inputs of the size suite (issue: "every stage linear in its input").
enum SizeShape: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case numberedParagraphs = "100,000 numbered paragraphs 1.1 … 1.100000"
    case letteredItems = "100,000 lettered items"
    case nestedLists = "an HTML list nested 50,000 deep"
    case indentation = "50,000 lines of changing indentation"
    case shortLines = "a million short lines"
    case tableRows = "a 50,000-row table"
    case headings = "20,000 headings in a row"
    case riskRows = "10,000 risk rows"
    case htmlParagraphs = "an HTML page of 100,000 paragraphs"
    case htmlCells = "an HTML page of 100,000 table cells"
    case minuteParagraphs = "minutes with 30,000 paragraphs under one item"
    case runOnItems = "minutes with 30,000 items run into the paragraph before"
    case runOnNumbers = "a minutes line with 100,000 numbers after a full stop that start no item"

    var testDescription: String { rawValue }

    var fileName: String {
        switch self {
        case .nestedLists, .htmlParagraphs, .htmlCells: return "shape.html"
        case .tableRows, .riskRows: return "shape.md"
        default: return "shape.txt"
        }
    }

    func data() -> Data {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        var text = ""
        switch self {
        case .numberedParagraphs:
            text = "Report title\n\n" + (1...100_000).map { "1.\($0) Paragraph \($0) of the report says something.\n\n" }.joined()
        case .letteredItems:
            text = "Report title\n\n" + (0..<100_000).map { "(\(letters[$0 % 26])) Item \($0) of the list.\n" }.joined()
        case .nestedLists:
            text = "<html><body>" + String(repeating: "<ul><li>Item", count: 50_000) + String(repeating: "</li></ul>", count: 50_000) + "</body></html>"
        case .indentation:
            text = "Report title\n\n" + (0..<50_000).map { String(repeating: " ", count: $0 % 400) + "- level \($0)\n" }.joined()
        case .shortLines:
            text = String(repeating: "Yes.\n", count: 1_000_000)
        case .tableRows:
            text = "# Table\n\n| Name | Value | Note |\n|---|---|---|\n" + (0..<50_000).map { "| Row \($0) | \($0) | Note \($0) |\n" }.joined()
        case .headings:
            text = "Report title\n\n" + (0..<20_000).map { "Key Considerations Number \($0)\n\n" }.joined()
        case .riskRows:
            text = "# Risks\n\n| Risk | Description | Likelihood | Impact | Mitigation |\n|---|---|---|---|---|\n"
                + (0..<10_000).map { "| R\($0) Funding gap | Costs rise | High | Medium | Monitor budget \($0) |\n" }.joined()
        case .htmlParagraphs:
            text = "<html><body>" + (0..<100_000).map { "<p>Paragraph \($0) of the page.</p>" }.joined() + "</body></html>"
        case .minuteParagraphs:
            text = "MINUTES OF THE HARBOUR COUNCIL MEETING HELD ON 3 MARCH 2026\n\n1. MATTERS ARISING\n\n"
                + (0..<30_000).map { "Members discussed matter \($0). All agreed.\n\n" }.joined()
        case .runOnItems:
            text = "MINUTES OF THE HARBOUR COUNCIL MEETING HELD ON 3 MARCH 2026\n\n"
                + (1...30_000).map { "\($0). ITEM NUMBER \($0) Members discussed it. All agreed. \($0 + 1). RUN ON ITEM The clerk noted it.\n" }.joined()
        case .runOnNumbers:
            text = "MINUTES OF THE HARBOUR COUNCIL MEETING HELD ON 3 MARCH 2026\n\n1. MATTERS ARISING "
                + String(repeating: "It was agreed. 2. no further action. ", count: 100_000) + "\n"
        case .htmlCells:
            text = "<html><body><table>" + (0..<10_000).map { row in
                "<tr>" + (0..<10).map { "<td>c\(row)-\($0)</td>" }.joined() + "</tr>"
            }.joined() + "</table></body></html>"
        }
        return Data(text.utf8)
    }
}
