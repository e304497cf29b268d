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
    static func measure(_ file: String) throws -> Measured {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let arguments = [CLITests.docketBinary!, "extract", "--compact", file]
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

    @Test(.enabled(if: CLITests.docketBinary != nil, "the docket executable was not built"), arguments: [
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
}
