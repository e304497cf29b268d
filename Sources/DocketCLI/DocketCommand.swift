import ArgumentParser
import Docket
import Foundation

/// The `docket` command line: each subcommand parses its arguments and calls one library function.
@main
struct DocketCommand: AsyncParsableCommand {
    /// Runs the command line. Usage errors exit with status 2 (docs/DESIGN.md §5), not
    /// ArgumentParser's 64.
    static func main() async {
        let command: ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
        do {
            var runnable = command
            if var asyncCommand = runnable as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try runnable.run()
            }
        } catch let error as ValidationError {
            FileHandle.standardError.write(Data("docket: \(error.message)\n".utf8))
            Foundation.exit(2)
        } catch {
            exit(withError: error)
        }
    }

    static let configuration = CommandConfiguration(
        commandName: "docket",
        abstract: "Turn council committee papers (PDF, HTML, text) into typed, searchable records.",
        version: DocketVersion.current,
        subcommands: [ExtractCommand.self, LayoutCommand.self, RunCommand.self, SearchCommand.self, ExportCommand.self, StreamCommand.self,
                      MergeCommand.self, VerifyCommand.self, PipelinesCommand.self]
    )
}
