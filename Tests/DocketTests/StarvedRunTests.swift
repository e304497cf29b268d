import Foundation
import Testing

/// A full disk and a read-only output folder, made for real with mounts in a private mount
/// namespace (CI runs as root, so permission bits cannot simulate them): the run exits 3 with a
/// clear message, leaves no half-written output, and a later run with space completes to exactly
/// the outputs of an undisturbed run.
struct StarvedRunTests {
    static var canMount: Bool {
        guard geteuid() == 0, let unshare = TestPaths.tool("unshare") else { return false }
        return (try? TestPaths.run(unshare, ["-m", "true"]).status) == 0
    }

    @Test(.enabled(if: StarvedRunTests.canMount && CLITests.docketBinary != nil,
                   "needs root, unshare and mount namespaces (and the docket binary): skipped"))
    func aFullDiskAndAReadOnlyFolderStopTheRunCleanly() throws {
        let docket = CLITests.docketBinary!
        let input = try RunnerTests.makeInput(copies: 40)
        let reference = RunnerTests.output()
        #expect(try TestPaths.run(docket, ["run", input.path, "--out", reference.path, "--quiet"]).status == 0)

        let work = FileManager.default.temporaryDirectory.appendingPathComponent("docket-starved-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let small = work.appendingPathComponent("small").path, readOnly = work.appendingPathComponent("ro").path
        let copy = work.appendingPathComponent("copy").path, results = work.appendingPathComponent("results").path
        let script = """
            set -u
            mkdir -p '\(small)' '\(readOnly)'
            mount -t tmpfs -o size=256k tmpfs '\(small)'
            '\(docket)' run '\(input.path)' --out '\(small)/out' --quiet 2> '\(results).full-stderr'; echo "full=$?" > '\(results)'
            find '\(small)/out' -name '.docket-tmp-*' | wc -l | sed 's/^/leftovers=/' >> '\(results)'
            mount -o remount,size=64m '\(small)'
            '\(docket)' run '\(input.path)' --out '\(small)/out' --quiet; echo "after=$?" >> '\(results)'
            cp -r '\(small)/out' '\(copy)'
            mount -t tmpfs -o size=1m tmpfs '\(readOnly)'
            mount -o remount,ro '\(readOnly)'
            '\(docket)' run '\(input.path)' --out '\(readOnly)/out' --quiet 2> '\(results).ro-stderr'; echo "readonly=$?" >> '\(results)'
            """
        let run = try TestPaths.run(TestPaths.tool("unshare")!, ["-m", "sh", "-c", script])
        #expect(run.status == 0, "\(String(decoding: run.stderr, as: UTF8.self))")
        let lines = try String(contentsOfFile: results, encoding: .utf8)
        #expect(lines.contains("full=3"), "\(lines)")
        #expect(lines.contains("leftovers=0"), "\(lines)")
        #expect(lines.contains("after=0"), "\(lines)")
        #expect(lines.contains("readonly=3"), "\(lines)")
        let fullMessage = try String(contentsOfFile: results + ".full-stderr", encoding: .utf8)
        #expect(fullMessage.contains("No space left on device") || fullMessage.contains("disk is full"), "\(fullMessage)")
        let readOnlyMessage = try String(contentsOfFile: results + ".ro-stderr", encoding: .utf8)
        #expect(readOnlyMessage.contains("docket:"), "\(readOnlyMessage)")
        let differences = RunnerTests.differences(try RunnerTests.snapshot(URL(fileURLWithPath: copy)), try RunnerTests.snapshot(reference))
        #expect(differences.isEmpty, "\(differences)")
    }
}
