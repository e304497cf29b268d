import Docket
@testable import DocketIndex
import DocketModel
import Foundation
import Testing

/// Row ids in the index: a paper's rows share its prefix and sit together, and a paper whose
/// prefix is already taken moves over instead of failing.
struct IndexRowIDTests {
    static func paper(id: String) throws -> Paper {
        var paper = try Extraction().paper(for: DocumentSource(filePath: TestPaths.papers.appendingPathComponent("cabinet-report.txt").path,
                                                               displayPath: "papers/x.txt"))
        paper.id = id
        return paper
    }

    @Test func aPapersRowsShareItsPrefixInOrder() throws {
        let paper = try Self.paper(id: "p1")
        let rows = IndexRows(paper: paper, record: "{}")
        let sections = try #require(rows.inserts.first { $0.0.hasPrefix("INSERT INTO sections") }?.1)
        let prefix = IndexRows.prefix(paper: "p1", salt: 0)
        #expect(sections.count == paper.allSections.count && sections.count > 3)
        #expect(sections.enumerated().allSatisfy { $0.element[0] == .integer(prefix | Int64($0.offset)) })
        #expect(IndexRows.prefix(paper: "p1", salt: 1) != prefix)
    }

    @Test(.enabled(if: TestPaths.tool("sqlite3") != nil, "the sqlite3 shell is not installed"))
    func aTakenPrefixMovesThePaperOver() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("docket-rowid-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("docket.db")
        let first = try Self.paper(id: "first"), second = try Self.paper(id: "second")
        var index = try SearchIndex(path: path.path)
        try index.replace(first)
        try index.finish()
        // A row of the first paper squats on the second paper's first row id.
        let taken = IndexRows.prefix(paper: "second", salt: 0)
        _ = try IndexTests.sqlite(path, "INSERT INTO sections (rowid, id, paper_id, position, kind) VALUES (\(taken), 'first-squatter', 'first', 999, 'other')")
        index = try SearchIndex(path: path.path)
        try index.replace(second)
        try index.finish()
        let moved = IndexRows.prefix(paper: "second", salt: 1)
        #expect(try IndexTests.sqlite(path, "SELECT count(*) FROM sections WHERE paper_id = 'second'") == "\(second.allSections.count)")
        #expect(try IndexTests.sqlite(path, "SELECT min(rowid) FROM sections WHERE paper_id = 'second'") == "\(moved)")
        #expect(try IndexTests.sqlite(path, "SELECT paper_id FROM sections WHERE rowid = \(taken)") == "first")
    }

    @Test(.enabled(if: TestPaths.tool("sqlite3") != nil, "the sqlite3 shell is not installed"))
    func aPaperMetTwiceInAFirstBuildIsKeptOnceWithItsIndexes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("docket-twice-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("docket.db")
        let paper = try Self.paper(id: "same"), other = try Self.paper(id: "other")
        let index = try SearchIndex(path: path.path)
        try index.replace(paper)
        try index.replace(other)
        try index.replace(paper)  // the same bytes under a second name
        try index.remove(id: "other")
        try index.finish()
        #expect(try IndexTests.sqlite(path, "SELECT count(*) FROM sections WHERE paper_id = 'same'") == "\(paper.allSections.count)")
        #expect(try IndexTests.sqlite(path, "SELECT count(*) FROM sections WHERE paper_id = 'other'") == "0")
        let indexes = try IndexTests.sqlite(path, "SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'sections' ORDER BY name)")
        #expect(indexes == "sections_id sections_paper")
    }
}
