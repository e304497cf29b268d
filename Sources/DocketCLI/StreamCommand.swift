import ArgumentParser
import Docket
import Foundation

/// `docket stream`: paths on stdin, one JSON line per path on stdout, in order.
struct StreamCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stream",
        abstract: "Read paths on stdin; write exactly one JSON line per path on stdout, in order, failures included.",
        discussion: """
            For Hadoop Streaming and Spark RDD.pipe. A paper that cannot be read gives an error \
            line (schema docket.error/1) in its place. The exit status is non-zero only when \
            the process itself cannot go on.
            """
    )

    @Flag(help: "Paths are separated by NUL bytes instead of newlines.")
    var null = false

    @Flag(help: "Write id<TAB>json (Hadoop key/value) instead of json.")
    var key = false

    @Option(help: "Papers processed at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @OptionGroup var options: PipelineOptions

    func run() throws {
        signal(SIGPIPE, SIG_IGN)
        var processor = StreamProcessor(pipeline: try options.loadPipeline(), limits: options.limits, jobs: jobs)
        processor.key = key
        let output = FileHandle.standardOutput
        var failed = false
        processor.run(input: FileHandle.standardInput, separator: null ? 0 : 0x0A) { line in
            guard !failed else { return }
            do {
                try output.write(contentsOf: Data((line + "\n").utf8))
            } catch {
                failed = true
            }
        }
        if failed { throw ExitCode(3) }  // stdout closed: the consumer has gone
    }
}
