import ArgumentParser
import Docket
import Foundation

/// `docket run INPUT_DIR --out OUT_DIR`: the incremental, parallel batch job.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Process a folder of papers into OUT_DIR: records, errors and ledger; only new or changed papers are redone.",
        discussion: """
            Writes OUT_DIR/papers/<id>.json, OUT_DIR/errors.jsonl and OUT_DIR/ledger.jsonl. \
            Exit status: 0 all papers done, 1 some failed (each in errors.jsonl), 2 usage or \
            pipeline error, 3 the run failed, every paper failed or another process is writing \
            OUT_DIR, 130 interrupted by SIGINT, 143 by SIGTERM.
            """
    )

    @Argument(help: "Folder of papers (searched recursively).")
    var input: String

    @Option(name: .long, help: "Output folder.")
    var out: String

    @Option(help: "Papers processed at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Re-run only the papers that failed before.")
    var retryFailed = false

    @Flag(help: "Keep the records of papers whose source has disappeared.")
    var keepRemoved = false

    @Flag(help: "Keep running, and process papers as they appear or change (Ctrl-C stops).")
    var watch = false

    @Option(help: "Seconds between polls in --watch mode.")
    var interval: Double = 2

    @Option(help: "Process only shard I of N (I/N), writing under OUT_DIR/shards/I-of-N; fold with `docket merge`.")
    var shard: String?

    @Option(help: "Number of shards, with the index taken from JOB_COMPLETION_INDEX or AWS_BATCH_JOB_ARRAY_INDEX.")
    var shardCount: Int?

    @Option(help: "Seconds to wait, after SIGINT or SIGTERM, for the papers in progress before stopping them too.")
    var stopGrace: Double = 10

    @Flag(help: "If another docket process is writing OUT_DIR, wait for it instead of failing.")
    var waitLock = false

    @Flag(help: "Print nothing but errors.")
    var quiet = false

    @Flag(help: "Print the summary as JSON on stdout.")
    var json = false

    @OptionGroup var options: PipelineOptions

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard stopGrace >= 0 else { throw ValidationError("--stop-grace must not be negative") }
    }

    func run() async throws {
        var runOptions = RunOptions(input: input, output: out, jobs: jobs, pipeline: try options.loadPipeline(), limits: options.limits)
        runOptions.retryFailed = retryFailed
        runOptions.keepRemoved = keepRemoved
        runOptions.shard = try resolveShard()
        runOptions.waitForLock = waitLock
        let terminal = isatty(STDERR_FILENO) == 1 && !quiet
        do {
            if watch {
                let watcher = Watcher(options: runOptions, interval: interval)
                let interrupt = Interrupt.install(grace: stopGrace) { watcher.stopInProgress.withLock { $0 = true } }
                watcher.shouldStop = { interrupt.requested }
                watcher.onPass = { summary in if !quiet { Self.report(summary, json: json) } }
                try watcher.run()
                if interrupt.requested { throw ExitCode(interrupt.exitCode) }
                return
            }
            let runner = Runner(options: runOptions)
            let interrupt = Interrupt.install(grace: stopGrace) { runner.stopInProgress.withLock { $0 = true } }
            runner.shouldStop = { interrupt.requested }
            if terminal { runner.progress = ProgressBar().update }
            let summary = try runner.run()
            if terminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            if !quiet || json { Self.report(summary, json: json) }
            if summary.interrupted { throw ExitCode(interrupt.requested ? interrupt.exitCode : 130) }
            if summary.exitCode != 0 { throw ExitCode(summary.exitCode) }
        } catch let error as RunError {
            throw runFailure(error)
        }
    }

    /// `--shard I/N`, or `--shard-count N` with I from the array job's environment.
    func resolveShard() throws -> Shard? {
        do {
            if let shard { return try Shard(parsing: shard) }
            guard let shardCount else { return nil }
            guard let index = Shard.indexFromEnvironment() else {
                throw ValidationError("--shard-count needs JOB_COMPLETION_INDEX or AWS_BATCH_JOB_ARRAY_INDEX in the environment")
            }
            return try Shard(index: index, count: shardCount)
        } catch let error as RunError {
            throw ValidationError(error.description)
        }
    }

    static func report(_ summary: RunSummary, json: Bool) {
        if json, let data = try? JSONEncoder.sorted.encode(summary) {
            FileHandle.standardOutput.write(data + Data("\n".utf8))
            return
        }
        let line = String(format: "%d papers: %d new, %d changed, %d unchanged, %d removed, %d failed%@ in %.2f s (%.1f papers/s%@)%@\n",
                          summary.discovered, summary.new, summary.changed, summary.unchanged, summary.removed, summary.failed,
                          summary.stillFailed > 0 ? " (+\(summary.stillFailed) failed before)" : "", summary.elapsedSeconds,
                          summary.papersPerSecond, summary.indexSeconds > 0 ? String(format: "; index %.2f s", summary.indexSeconds) : "",
                          summary.interrupted ? " — interrupted" : "")
        FileHandle.standardError.write(Data(line.utf8))
    }
}

extension JSONEncoder {
    static var sorted: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }
}
