import Docket
@testable import DocketIndex
import DocketModel
import Foundation
import Testing

/// Row ids in a finished index: a paper's rows sit together under its prefix, in reading
/// order, whatever order the papers were indexed in; colliding prefixes are settled by id.
struct IndexRowIDTests {
    static func paper(id: String) throws -> Paper {
        var paper = try Extraction().paper(for: DocumentSource(filePath: TestPaths.papers.appendingPathComponent("cabinet-report.txt").path,
                                                               displayPath: "papers/x.txt"))
        paper.id = id
        return paper
    }

    static func scratchIndex() throws -> (folder: URL, path: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("docket-rowid-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return (folder, folder.appendingPathComponent("docket.db"))
    }

    @Test(.enabled(if: TestPaths.tool("sqlite3") != nil, "the sqlite3 shell is not installed"))
    func aPapersRowsTakeItsPrefixInReadingOrderWhateverTheOrderOfIndexing() throws {
        let papers = try ["alpha", "beta", "gamma"].map(Self.paper(id:))
        var files: [Data] = []
        for order in [papers, papers.reversed()] {
            let (folder, path) = try Self.scratchIndex()
            defer { try? FileManager.default.removeItem(at: folder) }
            let index = try SearchIndex(path: path.path)
            for paper in order { try index.replace(paper) }
            try index.finish()
            let prefix = RowIDPlan.prefix(paper: "beta", salt: 0)
            let rows = try IndexTests.sqlite(path, "SELECT group_concat(rowid - \(prefix), ',') FROM (SELECT rowid FROM sections WHERE paper_id = 'beta' ORDER BY position)")
            #expect(rows == (0..<papers[1].allSections.count).map(String.init).joined(separator: ","))
            files.append(try Data(contentsOf: path))
        }
        #expect(files[0] == files[1], "the same papers indexed in another order give another file")
    }

    @Test func collidingPrefixesAreSettledInTheOrderOfPaperIDs() {
        // A prefix function under which every paper collides at salt 0.
        let colliding: (String, Int) -> Int64 = { _, salt in Int64(salt) << 20 }
        let forward = RowIDPlan(paperIDs: ["b", "a", "c"], prefix: colliding)
        let backward = RowIDPlan(paperIDs: ["c", "b", "a"], prefix: colliding)
        #expect(forward.prefixes == ["a": 0, "b": 1 << 20, "c": 2 << 20])
        #expect(backward.prefixes == forward.prefixes)
        #expect(Set(RowIDPlan(paperIDs: ["x", "y"]).prefixes.values).count == 2)
    }

    @Test(.enabled(if: TestPaths.tool("sqlite3") != nil, "the sqlite3 shell is not installed"))
    func aPaperMetTwiceInAFirstBuildIsKeptOnceWithItsIndexes() throws {
        let (folder, path) = try Self.scratchIndex()
        defer { try? FileManager.default.removeItem(at: folder) }
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

    @Test(.enabled(if: TestPaths.tool("sqlite3") != nil, "the sqlite3 shell is not installed"))
    func anIndexOfAnotherSchemaVersionIsStartedAgain() throws {
        let (folder, path) = try Self.scratchIndex()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try IndexTests.sqlite(path, "CREATE TABLE papers (id TEXT); INSERT INTO papers VALUES ('old'); PRAGMA user_version = 1;")
        let index = try SearchIndex(path: path.path)
        #expect(try index.paperIDs().isEmpty)
        try index.replace(try Self.paper(id: "new"))
        try index.finish()
        #expect(try IndexTests.sqlite(path, "SELECT group_concat(id) FROM papers") == "new")
        #expect(try IndexTests.sqlite(path, "PRAGMA user_version") == "\(IndexSchema.version)")
    }

    /// A first build records where each paper's rows lie and the finish copies them range by
    /// range; a finished index opened again takes each paper's window, and a copy that then
    /// misses rows is done again sorted; a working file without every range sorts. Every way
    /// gives the same file for the same papers.
    @Test(.enabled(if: TestPaths.tool("sqlite3") != nil, "the sqlite3 shell is not installed"))
    func everyWayOfCopyingRowsGivesTheSameFile() throws {
        let papers = try ["alpha", "beta", "gamma", "delta"].map(Self.paper(id:))
        func build(_ history: (SearchIndex, URL) throws -> SearchIndex) throws -> (order: RowCopy.Order, file: Data) {
            let (folder, path) = try Self.scratchIndex()
            defer { try? FileManager.default.removeItem(at: folder) }
            let first = try SearchIndex(path: path.path)
            try first.replace(papers[0])
            let index = try history(first, path)
            for paper in papers.dropFirst() { try index.replace(paper) }
            let order = try index.plannedCopyOrder()
            try index.finish()
            return (order, try Data(contentsOf: path))
        }
        let fresh = try build { index, _ in index }
        let metTwice = try build { index, _ in
            try index.replace(papers[2])
            try index.remove(id: papers[2].id)
            return index
        }
        let reopened = try build { index, path in
            try index.finish()
            return try SearchIndex(path: path.path)
        }
        // Rows moved from where their positions put them: the windows miss them.
        let moved = try build { index, path in
            try index.finish()
            _ = try IndexTests.sqlite(path, "UPDATE sections SET rowid = rowid + 100000 WHERE paper_id = 'alpha'")
            return try SearchIndex(path: path.path)
        }
        let incomplete = try build { index, path in
            index.close()
            _ = try IndexTests.sqlite(path, "DELETE FROM row_ranges WHERE paper_id = 'alpha' AND tbl = 'sections'")
            return try SearchIndex(path: path.path)
        }
        #expect(fresh.order == .ranged(counted: false))
        #expect(metTwice.order == .ranged(counted: false))
        #expect(reopened.order == .ranged(counted: true))
        #expect(moved.order == .ranged(counted: true))
        #expect(incomplete.order == .sorted)
        for (name, other) in [("met twice", metTwice), ("reopened", reopened), ("moved", moved), ("incomplete", incomplete)] {
            #expect(other.file == fresh.file, "\(name): another file than a first build's")
        }
    }

    /// The ranged copy sorts nothing: SQLite walks the plan by prefix and reads each paper's rows
    /// by a row-id range (a sort would show as a temporary B-tree).
    @Test func theRangedCopyReadsRangesAndSortsNothing() throws {
        let database = try SQLiteDatabase(path: ":memory:")
        try database.execute(IndexSchema.tables + IndexSchema.rowRanges + RowCopy.planTable)
        try database.execute("ATTACH ':memory:' AS finished;")
        try database.execute(IndexSchema.tables.replacingOccurrences(of: "EXISTS ", with: "EXISTS finished."))
        for order in [RowCopy.Order.ranged(counted: false), .sorted] {
            let sql = RowCopy.sql(table: "sections", columns: ["id", "paper_id", "position", "text"], from: "main", into: "finished", order: order)
            // The sorted copy's last statement reads `temp.row_order` (created first) in its
            // key's order.
            let statements = sql.components(separatedBy: ";").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            for create in statements where create.hasPrefix("CREATE") { try database.execute(create) }
            let statement = statements.last { $0.hasPrefix("INSERT INTO finished") }!
            let plan = try database.query("EXPLAIN QUERY PLAN " + statement).compactMap { $0.last?.text }.joined(separator: " | ")
            #expect(!plan.contains("TEMP B-TREE"), "\(order): \(plan)")
            #expect(plan.contains("USING INTEGER PRIMARY KEY"), "\(order): \(plan)")
        }
    }
}
