import DocketModel
import Foundation

/// What `docket extract` prints: the records of the files that could be read, and a line per
/// file that could not.
public struct ExtractReport: Sendable {
    /// Canonical JSON for stdout: one record, an array of records, or one compact line per record.
    public var output: String
    /// "path: code: message" for each file that failed.
    public var failures: [String]

    public static func run(files: [String], pipeline: Pipeline = .standard, limits: Limits, compact: Bool) -> ExtractReport {
        let extraction = Extraction(pipeline: pipeline, limits: limits)
        var papers: [Paper] = []
        var failures: [String] = []
        for file in files {
            do {
                papers.append(try extraction.paper(for: DocumentSource(filePath: file)))
            } catch let error as DocketError {
                failures.append("\(file): \(error.code.rawValue): \(error.message)")
            } catch {
                failures.append("\(file): \(error)")
            }
        }
        var output = ""
        do {
            if compact {
                for paper in papers { output += try CanonicalJSON.string(paper, pretty: false) + "\n" }
            } else if files.count == 1, let paper = papers.first {
                output = try CanonicalJSON.string(paper) + "\n"
            } else if !papers.isEmpty {
                output = try CanonicalJSON.string(papers) + "\n"
            }
        } catch {
            failures.append("encoding failed: \(error)")
        }
        return ExtractReport(output: output, failures: failures)
    }
}
