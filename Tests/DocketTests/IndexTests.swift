import Docket
import DocketIndex
import Foundation
import Testing

/// The SQLite index as other clients see it: the sqlite3 shell, Python's sqlite3 module,
/// Datasette; plus `docket search` and the export feeds.
@Suite(.serialized)
struct IndexTests {
    static func builtIndex() throws -> (input: URL, output: URL) {
        let input = try RunnerTests.makeInput()
        let output = RunnerTests.output()
        _ = try RunnerTests.run(input, output)
        return (input, output)
    }

    static func sqlite(_ database: URL, _ sql: String) throws -> String {
        let result = try TestPaths.run(TestPaths.tool("sqlite3")!, [database.path, sql])
        #expect(result.status == 0, "\(String(decoding: result.stderr, as: UTF8.self))")
        return String(decoding: result.stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test(.enabled(if: TestPaths.tool("sqlite3") != nil, "the sqlite3 shell is not installed"))
    func theShellQueriesTheFullTextTablesAndTheyStayInStep() throws {
        let (input, output) = try Self.builtIndex()
        let database = output.appendingPathComponent("docket.db")
        #expect(Int(try Self.sqlite(database, "select count(*) from sections_fts where sections_fts match 'library'")) ?? 0 > 0)
        #expect(Int(try Self.sqlite(database, "select count(*) from decisions_fts where decisions_fts match 'approve'")) ?? 0 > 0)
        #expect(Int(try Self.sqlite(database, "select count(*) from risks_fts where risks_fts match 'staff'")) ?? 0 > 0)

        // Change one paper and remove another, then check the index holds exactly the papers on disk.
        let changed = input.appendingPathComponent("0-cabinet-report.txt")
        let oldID = try JSONSerialization.jsonObject(with: Data(try Self.sqlite(database, "select json_object('id', id) from papers where path = '0-cabinet-report.txt'").utf8)) as! [String: String]
        try (try Data(contentsOf: changed) + Data("\nA late addition.\n".utf8)).write(to: changed)
        try FileManager.default.removeItem(at: input.appendingPathComponent("0-cabinet-minutes.txt"))
        _ = try RunnerTests.run(input, output)
        #expect(try Self.sqlite(database, "select count(*) from papers where path = '0-cabinet-report.txt'") == "1")
        #expect(try Self.sqlite(database, "select count(*) from papers where id = '\(oldID["id"]!)'") == "0")
        #expect(try Self.sqlite(database, "select count(*) from papers where path = '0-cabinet-minutes.txt'") == "0")
        #expect(try Self.sqlite(database, "select count(*) from sections where paper_id not in (select id from papers)") == "0")
        let files = try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("papers").path).count
        #expect(try Self.sqlite(database, "select count(*) from papers") == "\(files)")
        #expect(try Self.sqlite(database, "pragma integrity_check") == "ok")
        // The full-text tables were built in a scratch file beside the index, which is gone.
        #expect(!FileManager.default.fileExists(atPath: database.path + ".fts"))
        for table in ["papers", "sections", "decisions", "risks"] {
            _ = try Self.sqlite(database, "insert into \(table)_fts(\(table)_fts, rank) values('integrity-check', 1)")
        }
    }

    @Test(.enabled(if: TestPaths.tool("python3") != nil, "python3 is not installed"))
    func pythonsSqliteModuleReadsTheIndex() throws {
        let (_, output) = try Self.builtIndex()
        let script = """
            import sqlite3, sys
            db = sqlite3.connect(sys.argv[1])
            rows = db.execute("select p.title, s.heading from sections_fts join sections s on s.rowid = sections_fts.rowid join papers p on p.id = s.paper_id where sections_fts match 'risk' order by bm25(sections_fts)").fetchall()
            print(len(rows)); print(rows[0][0])
            """
        let result = try TestPaths.run(TestPaths.tool("python3")!, ["-c", script, output.appendingPathComponent("docket.db").path])
        let lines = String(decoding: result.stdout, as: UTF8.self).split(separator: "\n")
        #expect(result.status == 0)
        #expect((Int(lines.first ?? "0") ?? 0) > 0)
    }

    @Test func searchRanksFiltersAndRejectsMalformedQueries() throws {
        let (_, output) = try Self.builtIndex()
        let database = output.appendingPathComponent("docket.db").path
        let hits = try IndexQuery.search(database: database, SearchRequest(query: "library opening hours"))
        #expect(!hits.isEmpty)
        #expect(hits.first?.title?.lowercased().contains("library") == true)
        #expect(hits.allSatisfy { $0.snippet.contains("[") })
        #expect(hits == hits.sorted { ($0.rank, $0.id) < ($1.rank, $1.id) })

        let minutes = try IndexQuery.search(database: database, SearchRequest(query: "minutes") ~ { $0.docType = "minutes"; $0.scopes = [.decisions] })
        #expect(minutes.allSatisfy { $0.docType == "minutes" && $0.scope == "decision" })
        #expect(try IndexQuery.search(database: database, SearchRequest(query: "library") ~ { $0.since = "2030-01-01" }).isEmpty)
        #expect(throws: SearchError.self) { try IndexQuery.search(database: database, SearchRequest(query: "library AND (")) }
        if let docket = CLITests.docketBinary {
            #expect(try TestPaths.run(docket, ["search", "library AND (", "--db", database]).status == 2)
            let found = try TestPaths.run(docket, ["search", "gritting", "--db", database, "--json"])
            #expect(found.status == 0 && String(decoding: found.stdout, as: UTF8.self).contains("Winter Gritting"))
        }
    }

    @Test func indexFailuresAreTypedWithThePathAndAMissingIndexIsNoIndex() throws {
        let nowhere = "/nonexistent-\(getpid())/docket.db"
        do {
            _ = try SearchIndex(path: nowhere)
            Issue.record("opened an index in a folder that does not exist")
        } catch let error as IndexError {
            guard case .open(let path, let reason) = error else { Issue.record("not an open failure: \(error)"); return }
            #expect(path == nowhere && !reason.isEmpty)
            #expect(error.description.hasPrefix("cannot open the index \(nowhere): "))
        }
        #expect(throws: SearchError.noIndex("no index at \(nowhere) (run `docket run` first)")) {
            try IndexQuery.search(database: nowhere, SearchRequest(query: "library"))
        }
        #expect(throws: SearchError.self) { try IndexQuery.export(database: nowhere, format: .jsonl, index: "docket") { _ in } }
    }

    @Test func everyExportLineParsesAndIdsSuitEveryEngine() throws {
        let (_, output) = try Self.builtIndex()
        let database = output.appendingPathComponent("docket.db").path
        let papers = try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("papers").path).count
        for format in ExportFormat.allCases {
            var lines: [String] = []
            try IndexQuery.export(database: database, format: format, index: "docket") { lines.append($0) }
            #expect(!lines.contains { $0.contains("\n") }, "\(format): every document is one line")
            let objects = try lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
            switch format {
            case .jsonl:
                #expect(objects.count == papers)
                #expect(objects.allSatisfy { $0["schema"] as? String == "docket.paper/1" })
            case .opensearchBulk:
                #expect(objects.count % 2 == 0)
                var ids: [String] = []
                for pair in stride(from: 0, to: objects.count, by: 2) {
                    let action = try #require(objects[pair]["index"] as? [String: String])
                    #expect(action["_id"] == objects[pair + 1]["id"] as? String)
                    ids.append(action["_id"]!)
                }
                #expect(Set(ids).count == ids.count)
                #expect(ids.allSatisfy(Self.isPortableID))
            case .meilisearch, .typesense:
                let ids = objects.compactMap { $0["id"] as? String }
                #expect(ids.count == objects.count && Set(ids).count == ids.count)
                #expect(ids.allSatisfy(Self.isPortableID))
                #expect(objects.filter { $0["type"] as? String == "paper" }.count == papers)
            }
        }
    }

    static func isPortableID(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 511 && id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
    }

    @Test(.enabled(if: IndexTests.datasetteInstalled, "datasette is not installed (pip install datasette): skipped"))
    func datasetteSearchesTheIndex() throws {
        let (_, output) = try Self.builtIndex()
        let port = Int.random(in: 20_000...40_000)
        let server = Process()
        server.executableURL = URL(fileURLWithPath: TestPaths.tool("python3")!)
        server.arguments = ["-m", "datasette", "serve", output.appendingPathComponent("docket.db").path, "--host", "127.0.0.1", "--port", "\(port)"]
        server.standardOutput = FileHandle.nullDevice
        server.standardError = FileHandle.nullDevice
        try server.run()
        // SIGKILL: a child started by Foundation.Process from a test task has SIGTERM blocked.
        defer { kill(server.processIdentifier, SIGKILL); server.waitUntilExit() }
        let fetch = """
            import json, sys, time, urllib.request
            url = "http://127.0.0.1:%s/docket/sections.json?_search=gritting&_shape=array" % sys.argv[1]
            for attempt in range(100):
                try:
                    rows = json.load(urllib.request.urlopen(url, timeout=2)); print(len(rows)); print(rows[0]["text"]); sys.exit(0)
                except Exception as error:
                    time.sleep(0.2)
            print("no answer"); sys.exit(1)
            """
        let result = try TestPaths.run(TestPaths.tool("python3")!, ["-c", fetch, "\(port)"])
        let text = String(decoding: result.stdout, as: UTF8.self)
        #expect(result.status == 0, "\(text)")
        #expect(text.lowercased().contains("grit"))
    }

    static var datasetteInstalled: Bool {
        guard let python = TestPaths.tool("python3") else { return false }
        return (try? TestPaths.run(python, ["-c", "import datasette"]).status) == 0
    }
}

infix operator ~: AdditionPrecedence

/// `value ~ { $0.x = y }`: a changed copy, for building requests inline.
func ~ <T>(value: T, change: (inout T) -> Void) -> T {
    var copy = value
    change(&copy)
    return copy
}
