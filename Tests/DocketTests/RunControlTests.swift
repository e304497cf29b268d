import Docket
import Foundation
import Testing

/// A run that no paper can stall and no second process can race: the per-paper deadline,
/// bounded stops after SIGTERM and SIGINT, the one-writer lock, and a re-run whose workers
/// withdraw records while others record (the case ThreadSanitizer watches).
@Suite(.serialized)
struct RunControlTests {
    /// A paper that takes seconds to read and segment (a debug build takes about 10 s):
    /// a quarter of a million short lines.
    static func slowPaper() -> Data {
        Data(String(repeating: "Yes.\n", count: 250_000).utf8)
    }

    @Test func aPaperPastItsDeadlineBecomesATimeoutAndTheRunGoesOn() throws {
        let input = try RunnerTests.makeInput()
        try Self.slowPaper().write(to: input.appendingPathComponent("slow.txt"))
        let output = RunnerTests.output()
        let summary = try RunnerTests.run(input, output) { $0.limits.paperTimeoutSeconds = 1 }
        #expect(summary.failed == 1)
        #expect(summary.new == summary.discovered - 1)
        let errors = String(decoding: try Data(contentsOf: output.appendingPathComponent("errors.jsonl")), as: UTF8.self)
        let lines = errors.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.contains("\"code\":\"extract.timeout\"") == true && lines.first?.contains("slow.txt") == true, "\(errors)")
    }

    @Test func aReRunWithChangedPapersWithdrawsOldRecordsSafely() throws {
        // Every paper changes, so each worker withdraws the old record (reading the ledger)
        // while the other records its paper (writing it): under ThreadSanitizer this is the race
        // of a ledger read without its lock. The race needs the two to overlap, so there are
        // many papers and several rounds (the code before the fix was reported in the first).
        let input = try RunnerTests.makeInput(copies: 40)
        let output = RunnerTests.output()
        _ = try RunnerTests.run(input, output, jobs: 2)
        let files = try FileManager.default.subpathsOfDirectory(atPath: input.path).filter { $0.hasSuffix(".txt") }
        for round in 0..<4 {
            for file in files {
                let handle = try FileHandle(forWritingTo: input.appendingPathComponent(file))
                try handle.seekToEnd()
                try handle.write(contentsOf: Data("\nChanged \(round).\n".utf8))
                try handle.close()
            }
            let summary = try RunnerTests.run(input, output, jobs: 2)
            #expect(summary.changed == files.count)
        }
        let fresh = RunnerTests.output()
        _ = try RunnerTests.run(input, fresh, jobs: 1)
        #expect(RunnerTests.differences(try RunnerTests.snapshot(output), try RunnerTests.snapshot(fresh)).isEmpty)
    }

    @Test func aSecondWriterIsRefusedAndASecondRunAfterAKillIsNot() throws {
        let input = try RunnerTests.makeInput()
        let output = RunnerTests.output()
        let holder = try OutputLock(folder: output.path, wait: false)
        #expect(throws: RunError.self) { _ = try RunnerTests.run(input, output) }
        do {
            _ = try RunnerTests.run(input, output)
        } catch let error as RunError {
            #expect(error.description.contains(output.path) && error.description.contains("pid \(getpid())"), "\(error)")
        }
        withExtendedLifetime(holder) {}
        // Released (as the kernel does when a holder dies): the next run goes ahead.
        _ = consume holder
        #expect(try RunnerTests.run(input, output).new > 0)
    }
}

/// The same rules through the `docket` binary: signals, exit statuses, concurrent processes.
@Suite(.serialized)
struct RunControlCLITests {
    /// A started `docket` process with its output discarded.
    struct Child {
        let pid: pid_t
        let started = Date()

        init(_ arguments: [String]) throws {
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
            let all = [CLITests.docketBinary!] + arguments
            let argv: [UnsafeMutablePointer<CChar>?] = all.map { strdup($0) } + [nil]
            defer { for pointer in argv { free(pointer) } }
            var pid: pid_t = 0
            guard posix_spawn(&pid, all[0], &actions, nil, argv, environ) == 0 else { throw CocoaError(.fileNoSuchFile) }
            self.pid = pid
        }

        /// Waits for the exit; returns the exit status and the seconds since the start.
        func wait() -> (status: Int32, seconds: Double) {
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
            return ((status >> 8) & 0xff, Date().timeIntervalSince(started))
        }
    }

    /// An archive that keeps a run busy for seconds (slow papers and ordinary ones), and the
    /// outputs of one uninterrupted run over it; made once for the suite.
    static let busy: (input: URL, reference: [String: Data])? = {
        guard let docket = CLITests.docketBinary, let input = try? RunnerTests.makeInput(copies: 40) else { return nil }
        for index in 0..<2 {
            // First in path order, so in progress when a signal comes.
            try? (RunControlTests.slowPaper() + Data("Paper \(index).\n".utf8)).write(to: input.appendingPathComponent("+slow-\(index).txt"))
        }
        let reference = RunnerTests.output()
        guard let run = try? TestPaths.run(docket, ["run", input.path, "--out", reference.path, "--quiet", "--paper-timeout", "100000"]),
              run.status == 0, let outputs = try? RunnerTests.snapshot(reference) else { return nil }
        return (input, outputs)
    }()

    static var busyArchive: URL { busy!.input }
    static var reference: [String: Data] { busy!.reference }

    /// These drive the plain `docket` binary (the sanitizer run has its own build of the tests
    /// only), so the sanitizer run leaves them to the plain one.
    static let enabled = CLITests.docketBinary != nil && ProcessInfo.processInfo.environment["DOCKET_SANITIZER_RUN"] == nil

    /// `docket run` over the busy archive into `output`, with the deadline lifted.
    static func runArguments(_ output: URL, _ extra: [String] = []) -> [String] {
        ["run", busyArchive.path, "--out", output.path, "--quiet", "--paper-timeout", "100000"] + extra
    }

    static func expectOutputsOfOneRun(_ output: URL) throws {
        let differences = RunnerTests.differences(try RunnerTests.snapshot(output), reference)
        #expect(differences.isEmpty, "\(differences)")
    }

    static func waitUntilLocked(_ output: URL) {
        let lock = output.appendingPathComponent(OutputLock.fileName).path
        for _ in 0..<200 where (try? Data(contentsOf: URL(fileURLWithPath: lock)))?.isEmpty ?? true {
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    @Test(.enabled(if: Self.enabled, "no docket executable, or the sanitizer run"),
          arguments: [(SIGTERM, Int32(143)), (SIGINT, Int32(130))])
    func aSignalStopsTheRunWithinItsGraceAndAReRunFinishes(signal: Int32, expected: Int32) throws {
        let output = RunnerTests.output()
        let run = try Child(Self.runArguments(output, ["--jobs", "2", "--stop-grace", "1"]))
        Self.waitUntilLocked(output)
        Thread.sleep(forTimeInterval: 0.5)
        let signalled = Date()
        kill(run.pid, signal)
        let result = run.wait()
        let stopSeconds = Date().timeIntervalSince(signalled)
        #expect(result.status == expected)
        // Grace 1 s, then the papers in progress stop at their next check (the backstop is 5 s more).
        #expect(stopSeconds < 1 + 5 + 2, "stopping took \(stopSeconds) s")
        let finish = try TestPaths.run(CLITests.docketBinary!, Self.runArguments(output, ["--jobs", "2"]))
        #expect(finish.status == 0)
        try Self.expectOutputsOfOneRun(output)
    }

    @Test(.enabled(if: Self.enabled, "no docket executable, or the sanitizer run"))
    func concurrentWritersGetExit3OrWaitAndTheOutputsEqualOneRun() throws {
        let output = RunnerTests.output()
        let docket = CLITests.docketBinary!
        let first = try Child(Self.runArguments(output, ["--jobs", "2"]))
        Self.waitUntilLocked(output)
        let second = try TestPaths.run(docket, ["run", Self.busyArchive.path, "--out", output.path, "--quiet"])
        #expect(second.status == 3)
        let message = String(decoding: second.stderr, as: UTF8.self)
        #expect(message.contains(output.path) && message.contains("pid \(first.pid)"), "\(message)")
        let merge = try TestPaths.run(docket, ["merge", output.path])
        #expect(merge.status == 3, "merge must not write a folder a run holds")
        let waiting = try Child(Self.runArguments(output, ["--wait-lock"]))
        #expect(first.wait().status == 0)
        #expect(waiting.wait().status == 0)
        try Self.expectOutputsOfOneRun(output)
    }

    @Test(.enabled(if: Self.enabled, "no docket executable, or the sanitizer run"))
    func aWriterKilledWithSIGKILLLeavesNoLockBehind() throws {
        let output = RunnerTests.output()
        let docket = CLITests.docketBinary!
        let killed = try Child(Self.runArguments(output))
        Self.waitUntilLocked(output)
        kill(killed.pid, SIGKILL)
        _ = killed.wait()
        let next = try TestPaths.run(docket, Self.runArguments(output))
        #expect(next.status == 0, "\(String(decoding: next.stderr, as: UTF8.self))")
    }
}
