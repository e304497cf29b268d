import Foundation

/// Where the tests find the project's fixtures and the shared corpus of real papers.
enum TestPaths {
    /// How much slower code runs in this test process: ThreadSanitizer slows it five- to
    /// tenfold, so time bounds of in-process work scale by this factor there.
    static let slowdown: Double = ProcessInfo.processInfo.environment["DOCKET_SANITIZER_RUN"] == nil ? 1 : 10

    /// The package root (two levels above this file's folder).
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = root.appendingPathComponent("Fixtures")
    static let papers = fixtures.appendingPathComponent("papers")
    static let goldens = fixtures.appendingPathComponent("golden")
    static let hostile = fixtures.appendingPathComponent("hostile")
    static let schema = root.appendingPathComponent("schema/docket.paper-1.schema.json")

    /// `../shared/corpus` beside the checkout, when it is there.
    static var corpus: URL? {
        let candidate = root.deletingLastPathComponent().appendingPathComponent("shared/corpus")
        return FileManager.default.fileExists(atPath: candidate.appendingPathComponent("gold").path) ? candidate : nil
    }

    /// The fixture papers, sorted by name.
    static func paperFiles() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: papers, includingPropertiesForKeys: nil)
            .filter { !$0.lastPathComponent.hasPrefix(".") }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// An executable on PATH, or nil.
    static func tool(_ name: String) -> String? {
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    /// Runs a program and returns its exit status and standard output.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], stdin: Data? = nil) throws -> (status: Int32, stdout: Data, stderr: Data) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        if let stdin {
            let input = Pipe()
            process.standardInput = input
            try process.run()
            input.fileHandleForWriting.write(stdin)
            try input.fileHandleForWriting.close()
        } else {
            process.standardInput = FileHandle.nullDevice
            try process.run()
        }
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, stdout, stderr)
    }
}
