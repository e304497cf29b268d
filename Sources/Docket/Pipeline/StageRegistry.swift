import DocketExtract
import DocketReaders

/// The one registry of pipeline stages: every name a pipeline definition may use, what each
/// stage needs and makes, and the options it accepts. Stage names are stable and versioned
/// (`extract.risks@1`); a behaviour change that alters output gets a new version.
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
        public var name: String
        public var summary: String
        public var requires: Artifact
        public var produces: Artifact
        public var options: [Option]
    }

    public static let entries: [Entry] = [
        Entry(name: "read.text@1", summary: "Plain text and Markdown: encodings, pages at form feeds, tab and pipe tables.",
              requires: .file, produces: .layout,
              options: [Option(key: "markdown", kind: .choice(["auto", "true", "false"]), summary: "Read Markdown structure (default auto: by file name).")]),
        Entry(name: "read.html@1", summary: "HTML through libxml2: report pages, ModernGov pages, Word HTML.",
              requires: .file, produces: .layout, options: []),
        Entry(name: "read.pdf@1", summary: "PDF through pdftotext -layout (and pdftohtml -xml for typography), with a time and output limit.",
              requires: .file, produces: .layout,
              options: [Option(key: "timeout_seconds", kind: .positiveNumber, summary: "Seconds pdftotext may run (default 60)."),
                        Option(key: "max_output_bytes", kind: .positiveInteger, summary: "Largest pdftotext output (default 64 MB)."),
                        Option(key: "typography", kind: .bool,
                               summary: "Read bold text and font sizes with pdftohtml -xml, evidence of headings (default true)."),
                        Option(key: "retry_in_reading_order", kind: .bool,
                               summary: "After a -layout timeout, retry once with -raw and mark the record partial (default true).")]),
        Entry(name: "normalize@1", summary: "Repair characters; remove running headers, footers and page numbers.",
              requires: .layout, produces: .normalizedLayout,
              options: [Option(key: "remove_furniture", kind: .bool, summary: "Remove running headers and footers (default true).")]),
        Entry(name: "segment.numbered@1", summary: "Front matter and the numbered section tree.",
              requires: .normalizedLayout, produces: .paper, options: []),
        Entry(name: AttendanceExtractor.stageName, summary: "Present, in attendance and apologies in minutes and decision notices.",
              requires: .paper, produces: .paper, options: []),
        Entry(name: SignOffExtractor.stageName, summary: "People who sign a report off (Prepared by, Approved by).",
              requires: .paper, produces: .paper, options: []),
        Entry(name: DecisionExtractor.stageName, summary: "Recommendations, resolutions and decisions.", requires: .paper, produces: .paper, options: []),
        Entry(name: ContactExtractor.stageName, summary: "Officer contacts with phones and e-mails.", requires: .paper, produces: .paper, options: []),
        Entry(name: RiskExtractor.stageName, summary: "Rows of risk tables and registers.", requires: .paper, produces: .paper, options: []),
        Entry(name: AppendixExtractor.stageName, summary: "Listed appendices.", requires: .paper, produces: .paper, options: []),
        Entry(name: BackgroundPaperExtractor.stageName, summary: "Background papers and their URLs.", requires: .paper, produces: .paper, options: []),
        Entry(name: AmountExtractor.stageName, summary: "Sums of money in pence.", requires: .paper, produces: .paper, options: []),
    ]

    public static func entry(named name: String) -> Entry? {
        entries.first { $0.name == name }
    }

    /// The extractor stage for a registered extractor name.
    static func extractor(named name: String) -> (any PaperExtractor)? {
        switch name {
        case AttendanceExtractor.stageName: return AttendanceExtractor()
        case SignOffExtractor.stageName: return SignOffExtractor()
        case DecisionExtractor.stageName: return DecisionExtractor()
        case ContactExtractor.stageName: return ContactExtractor()
        case RiskExtractor.stageName: return RiskExtractor()
        case AppendixExtractor.stageName: return AppendixExtractor()
        case BackgroundPaperExtractor.stageName: return BackgroundPaperExtractor()
        case AmountExtractor.stageName: return AmountExtractor()
        default: return nil
        }
    }
}
