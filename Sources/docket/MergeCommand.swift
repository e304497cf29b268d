import ArgumentParser
import Docket
import Foundation

/// `docket merge OUT`: fold the shards under OUT/shards into OUT.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Fold the shards written under OUT/shards into one output set in OUT (papers, index, errors, ledger)."
    )

    @Argument(help: "The shared output folder the shards wrote under.")
    var output: String

    @Flag(help: "If another docket process is writing OUTPUT, wait for it instead of failing.")
    var waitLock = false

    func run() throws {
        do {
            let summary = try Merge.merge(output: output, waitForLock: waitLock)
            FileHandle.standardError.write(Data("merged \(summary.shards) shards: \(summary.papers) papers, \(summary.failed) failed\n".utf8))
            if summary.failed > 0 { throw ExitCode(1) }
        } catch let error as RunError {
            throw runFailure(error)
        }
    }
}

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
