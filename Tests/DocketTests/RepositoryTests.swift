import Foundation
import Testing

/// Rules about the repository itself that a case-insensitive file system (macOS's default)
/// depends on: a clone there is broken when two tracked paths differ only in case.
@Suite struct RepositoryTests {
    /// The tracked paths, or nil when this is not a git checkout or git is missing.
    static let trackedPaths: [String]? = {
        guard FileManager.default.fileExists(atPath: TestPaths.root.appendingPathComponent(".git").path),
              let git = TestPaths.tool("git"),
              let result = try? TestPaths.run(git, ["-C", TestPaths.root.path, "ls-files", "-z"]), result.status == 0 else { return nil }
        return result.stdout.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
    }()

    /// Paths (and every folder on them) that are equal ignoring case, grouped.
    static func caseCollisions(_ paths: [String]) -> [[String]] {
        var byFolded: [String: Set<String>] = [:]
        for path in paths {
            let parts = path.split(separator: "/")
            for end in 1...parts.count {
                let prefix = parts[..<end].joined(separator: "/")
                byFolded[prefix.lowercased(), default: []].insert(prefix)
            }
        }
        return byFolded.values.filter { $0.count > 1 }.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }

    @Test func collisionsAreFoundInFoldersAsWellAsFiles() {
        #expect(Self.caseCollisions(["Sources/Docket/A.swift", "Sources/docket/B.swift"]) == [["Sources/Docket", "Sources/docket"]])
        #expect(Self.caseCollisions(["README.md", "Readme.md", "docs/x.md"]) == [["README.md", "Readme.md"]])
        #expect(Self.caseCollisions(["Sources/DocketCLI/A.swift", "Sources/Docket/B.swift"]).isEmpty)
    }

    @Test(.enabled(if: RepositoryTests.trackedPaths != nil, "not a git checkout (or no git): the tracked-path check skipped"))
    func noTwoTrackedPathsDifferOnlyInCase() throws {
        let paths = try #require(Self.trackedPaths)
        #expect(paths.count > 50)
        #expect(Self.caseCollisions(paths) == [], "paths equal ignoring case break a clone on macOS")
    }
}
