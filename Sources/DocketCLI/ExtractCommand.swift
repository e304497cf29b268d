import ArgumentParser
import Docket
import Foundation

/// `docket extract FILE...`: one paper record per file, canonical JSON on stdout.
struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract one paper record per file and print it as canonical JSON.",
        discussion: """
            With one file, prints its record; with several, a JSON array of records (or, with \
            --compact, one record per line). A file that cannot be read is reported on stderr \
            with its reason and the exit status is 1; the other files are still printed.
            """
    )

    @Argument(help: "Papers to read (PDF, HTML, text or Markdown).")
    var files: [String]

    @Flag(help: "One compact JSON line per paper instead of pretty-printed JSON.")
    var compact = false

    @OptionGroup var options: PipelineOptions

    func run() async throws {
        let pipeline = try options.loadPipeline()
        let report = ExtractReport.run(files: files, pipeline: pipeline, limits: options.limits, compact: compact)
        FileHandle.standardOutput.write(Data(report.output.utf8))
        for failure in report.failures {
            FileHandle.standardError.write(Data("docket: \(failure)\n".utf8))
        }
        if !report.failures.isEmpty { throw ExitCode(1) }
    }
}
