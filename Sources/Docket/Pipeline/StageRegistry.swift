import DocketExtract
import DocketReaders

/// The one registry of pipeline stages: every stage a pipeline definition may name, what it
/// needs and makes, the options it accepts, and how it is built into a `Pipeline`. Nothing
/// else knows stage names. Names are stable and versioned (`extract.risks@1`); a behaviour
/// change that alters output gets a new version.
public enum StageRegistry {
    /// What flows between stages.
    public enum Artifact: String, Sendable {
        case file, layout, normalizedLayout = "normalized layout", paper
    }

    /// The kind of value an option takes.
    public enum OptionKind: Sendable, Equatable {
        case bool
        case positiveNumber
        case positiveInteger
        case choice([String])
    }

    public struct Option: Sendable {
        public var key: String
        public var kind: OptionKind
        public var summary: String
    }

    public struct Entry: Sendable {
        /// The stage's name without its version (`extract.risks`).
        public var name: String
        public var version: Int
        public var summary: String
        public var requires: Artifact
        public var produces: Artifact
        public var options: [Option]
        /// Adds the stage to a pipeline from its options, already checked against `options`.
        let build: @Sendable (inout Pipeline, [String: String]) -> Void

        /// The name a pipeline definition uses: `extract.risks@1`.
        public var id: String { "\(name)@\(version)" }
    }

    public static let entries: [Entry] = [
        Entry(name: "read.text", version: 1, summary: "Plain text and Markdown: encodings, pages at form feeds, tab and pipe tables.",
              requires: .file, produces: .layout,
              options: [Option(key: "markdown", kind: .choice(["auto", "true", "false"]), summary: "Read Markdown structure (default auto: by file name).")]) { pipeline, options in
            let markdown = options["markdown"]
            pipeline.text = TextReader.Options(markdown: markdown == nil || markdown == "auto" ? nil : markdown == "true")
        },
        Entry(name: "read.html", version: 1, summary: "HTML through libxml2: report pages, ModernGov pages, Word HTML.",
              requires: .file, produces: .layout, options: []) { pipeline, _ in pipeline.html = HTMLReader.Options() },
        Entry(name: "read.pdf", version: 1,
              summary: "PDF through poppler: in a long-lived docket-pdf-worker, or pdftotext -layout (and pdftohtml -xml for typography), with a time and output limit.",
              requires: .file, produces: .layout,
              options: [Option(key: "timeout_seconds", kind: .positiveNumber, summary: "Seconds poppler may spend on one paper (default 60)."),
                        Option(key: "max_output_bytes", kind: .positiveInteger, summary: "Largest text of one paper (default 64 MB)."),
                        Option(key: "typography", kind: .bool,
                               summary: "Read bold text and font sizes, evidence of headings (default true)."),
                        Option(key: "worker", kind: .bool,
                               summary: "Read in the docket-pdf-worker installed beside docket, when there is one (default true); false runs pdftotext and pdftohtml for every paper."),
                        Option(key: "retry_in_reading_order", kind: .bool,
                               summary: "After a -layout timeout, retry once with -raw and mark the record partial (default true).")]) { pipeline, options in
            var reader = PDFReader.Options()
            if let value = options["timeout_seconds"].flatMap(Double.init) { reader.timeoutSeconds = value }
            if let value = options["max_output_bytes"].flatMap(Int.init) { reader.maxOutputBytes = value }
            if let value = options["retry_in_reading_order"] { reader.retryInReadingOrder = value == "true" }
            if let value = options["typography"] { reader.typography = value == "true" }
            if let value = options["worker"] { reader.worker = value == "true" }
            pipeline.pdf = reader
        },
        Entry(name: "normalize", version: 1, summary: "Repair characters; remove running headers, footers and page numbers.",
              requires: .layout, produces: .normalizedLayout,
              options: [Option(key: "remove_furniture", kind: .bool, summary: "Remove running headers and footers (default true).")]) { pipeline, options in
            pipeline.normalizer = Normalizer.Options(removeFurniture: options["remove_furniture"] != "false")
        },
        Entry(name: "segment.numbered", version: 1, summary: "Front matter and the numbered section tree.",
              requires: .normalizedLayout, produces: .paper, options: []) { pipeline, _ in pipeline.segmenter = Segmenter.Options() },
        extractor("extract.attendance", "Present, in attendance and apologies in minutes and decision notices.", AttendanceExtractor()),
        extractor("extract.sign-off", "People who sign a report off (Prepared by, Approved by).", SignOffExtractor()),
        extractor("extract.decisions", "Recommendations, resolutions and decisions.", DecisionExtractor()),
        extractor("extract.contacts", "Officer contacts with phones and e-mails.", ContactExtractor()),
        extractor("extract.risks", "Rows of risk tables and registers.", RiskExtractor()),
        extractor("extract.appendices", "Listed appendices.", AppendixExtractor()),
        extractor("extract.background-papers", "Background papers and their URLs.", BackgroundPaperExtractor()),
        extractor("extract.amounts", "Sums of money in pence.", AmountExtractor()),
    ]

    /// The entry a pipeline definition names (`extract.risks@1`), if registered.
    public static func entry(named id: String) -> Entry? {
        entries.first { $0.id == id }
    }

    /// An extractor's entry: version 1, reads and extends the paper, no options.
    private static func extractor(_ name: String, _ summary: String, _ stage: some PaperExtractor) -> Entry {
        Entry(name: name, version: 1, summary: summary, requires: .paper, produces: .paper, options: []) { pipeline, _ in
            pipeline.extractors.stages.append(stage)
        }
    }
}
