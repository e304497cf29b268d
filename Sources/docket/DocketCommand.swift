import ArgumentParser

/// The `docket` command line: each subcommand parses its arguments and calls one library function.
@main
struct DocketCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "docket",
        abstract: "Turn council committee papers (PDF, HTML, text) into typed, searchable records.",
        version: "0.1.0",
        subcommands: [ExtractCommand.self]
    )
}
