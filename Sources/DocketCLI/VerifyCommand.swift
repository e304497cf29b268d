import ArgumentParser
import Docket
import Foundation

/// `docket verify OUT`: every input accounted for exactly once.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check that every input paper is accounted for exactly once (done or failed) in OUT; exit 1 otherwise."
    )

    @Argument(help: "The output folder (with shards, or of one run).")
    var output: String

    @Option(help: "The input folder (default: the one the shards recorded).")
    var input: String?

    @Flag(help: "Print the report as JSON.")
    var json = false

    func run() throws {
        let report: Verify.Report
        do {
            report = try Verify.verify(output: output, input: input)
        } catch let error as RunError {
            throw runFailure(error)
        }
        if json {
            print(String(decoding: try JSONEncoder.sorted.encode(report), as: UTF8.self))
        } else {
            print("\(report.inputs) inputs: \(report.done) done, \(report.failed) failed, \(report.missing.count) missing, \(report.duplicated.count) accounted for twice, \(report.unknown.count) unknown")
            for path in report.missing { print("missing: \(path)") }
            for path in report.duplicated { print("twice: \(path)") }
            for path in report.unknown { print("unknown: \(path)") }
        }
        if !report.isComplete { throw ExitCode(1) }
    }
}
