import ArgumentParser
import Docket
import Foundation

/// `docket export --db OUT/docket.db --format F`: feeds for search engines.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a search-engine feed from the index: opensearch-bulk, jsonl, meilisearch or typesense."
    )

    @Option(help: "The index (OUT_DIR/docket.db).")
    var db: String

    @Option(help: "opensearch-bulk (also Elasticsearch), jsonl, meilisearch or typesense.")
    var format: ExportFormat

    @Option(help: "Index name in the bulk actions.")
    var index: String = "docket"

    @Option(help: "Write to this file (atomically) instead of stdout.")
    var output: String?

    func run() throws {
        var buffer = Data()
        let stdout = FileHandle.standardOutput
        do {
            try IndexQuery.export(database: db, format: format, index: index) { line in
                if output != nil {
                    buffer.append(Data(line.utf8))
                    buffer.append(0x0A)
                } else {
                    stdout.write(Data((line + "\n").utf8))
                }
            }
        } catch {
            throw runFailure(error)
        }
        if let output {
            let temporary = output + ".tmp-\(getpid())"
            try buffer.write(to: URL(fileURLWithPath: temporary))
            guard rename(temporary, output) == 0 else { throw runFailure("cannot move \(temporary) to \(output)") }
        }
    }
}

extension ExportFormat: ExpressibleByArgument {}
