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
