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
        // Lines are gathered into blocks of about a megabyte and each block written at once,
        // to stdout or to a temporary file beside `output` that is moved into place at the end.
        let temporary = output.map { $0 + ".tmp-\(getpid())" }
        let handle: FileHandle
        if let temporary {
            guard FileManager.default.createFile(atPath: temporary, contents: nil), let file = FileHandle(forWritingAtPath: temporary) else {
                throw runFailure("cannot write \(temporary)")
            }
            handle = file
        } else {
            handle = FileHandle.standardOutput
        }
        var block = Data()
        do {
            try IndexQuery.export(database: db, format: format, index: index) { line in
                block.append(contentsOf: line.utf8)
                block.append(0x0A)
                if block.count >= 1 << 20 {
                    try handle.write(contentsOf: block)
                    block.removeAll(keepingCapacity: true)
                }
            }
            try handle.write(contentsOf: block)
            if temporary != nil { try handle.close() }
        } catch {
            if let temporary {
                try? handle.close()
                try? FileManager.default.removeItem(atPath: temporary)
            }
            throw runFailure(error)
        }
        if let output, let temporary {
            guard rename(temporary, output) == 0 else { throw runFailure("cannot move \(temporary) to \(output)") }
        }
    }
}

extension ExportFormat: ExpressibleByArgument {}
