import ArgumentParser
import Docket

/// Options shared by the commands that process papers: the pipeline and the limits.
struct PipelineOptions: ParsableArguments {
    @Option(help: "Pipeline definition file (default: the built-in Pipelines/default.yml).")
    var pipeline: String?

    @Option(help: "Seconds pdftotext may run on one PDF before its process group is killed (default 60).")
    var pdfTimeout: Double?

    @Option(help: "Largest pdftotext output accepted for one PDF, in bytes (default 67108864).")
    var maxPdfText: Int?

    @Option(help: "Largest input file read, in bytes (default 209715200).")
    var maxInputBytes: Int = 200 << 20

    @Option(help: "Seconds one paper may take to read and extract before it becomes an extract.timeout error (default 120).")
    var paperTimeout: Double = 120

    /// The checked pipeline; a bad definition is a usage error (exit 2) naming file and line.
    func loadPipeline() throws -> Pipeline {
        guard let pipeline else { return .standard }
        do {
            return try Pipeline.load(path: pipeline)
        } catch let error as PipelineError {
            throw ValidationError("invalid pipeline: \(error)")
        }
    }

    var limits: Limits {
        var limits = Limits()
        limits.maxInputBytes = maxInputBytes
        limits.pdfTimeoutSeconds = pdfTimeout
        limits.maxPDFTextBytes = maxPdfText
        limits.paperTimeoutSeconds = paperTimeout
        return limits
    }
}
