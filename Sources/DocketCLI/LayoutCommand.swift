import ArgumentParser
import Docket
import Foundation

/// `docket layout FILE`: the normalized lines of a paper, as the segmenter reads them.
struct LayoutCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "layout",
        abstract: "Print a paper's normalized lines with their indentation and typography.",
        discussion: """
            One row per line: line number, block kind (heading, list_item, table), indentation, \
            style (B: the whole line bold; b3: its first three characters bold; x1.4: its font \
            1.4 times the body text) and text. For reading why a line was or was not taken as a \
            heading.
            """
    )

    @Argument(help: "The paper to read (PDF, HTML, text or Markdown).")
    var file: String

    @Flag(help: "End each row with how the segmenter read the line (front matter, heading, numbered item, text).")
    var roles = false

    @OptionGroup var options: PipelineOptions

    func run() async throws {
        let pipeline = try options.loadPipeline()
        let extraction = Extraction(pipeline: pipeline, limits: options.limits)
        let listing: String
        do {
            let layout = try extraction.normalizedLayout(for: DocumentSource(filePath: file))
            listing = LayoutListing.text(of: layout, roles: roles ? extraction.lineRoles(of: layout) : nil)
        } catch {
            FileHandle.standardError.write(Data("docket: \(file): \(error)\n".utf8))
            throw ExitCode(1)
        }
        FileHandle.standardOutput.write(Data(listing.utf8))
    }
}
