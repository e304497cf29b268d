import DocketModel

/// Reads a PDF into a `Layout` with poppler's text layout: in a long-lived PDF worker
/// (`PDFWorkerPool`) when one is installed beside `docket`, otherwise — and for any paper the
/// worker cannot read — by running `pdftotext` as a child process. Both print the same bytes.
///
/// Mode: `-layout`. It keeps each line's indentation and the columns of tables, and prints a
/// paragraph number on the same line as its text ("1.1   The County Council…"); reading order
/// mode puts the number and the text on separate lines and loses the columns that risk tables
/// and two-column contact blocks need. Pages come from the form feeds pdftotext writes.
///
/// Typography: the bold runs and font sizes of the text are laid onto the lines
/// (`PDFTypography`, `LineStyle`), the evidence of headings that the text alone loses — from
/// the characters the worker measured in the same pass, or else from `pdftohtml -xml` run as a
/// child process (same time and output limits). When neither can be had, the lines stay
/// `.plain` and the record carries `pdf.typography-unavailable` (info).
///
/// Requires: bytes that start with `%PDF-` in the first KB. Produces: one page per PDF page,
/// paragraphs split at blank lines. Throws `DocketError` naming the cause: not a PDF or
/// damaged (`pdf.damaged`), password (`pdf.encrypted`), scan without text (`pdf.no-text-layer`,
/// with the page count), time limit (`limit.timeout`, after one retry in reading order, which
/// when it succeeds gives a record with the `pdf.layout-timeout` diagnostic), `pdftotext`
/// missing (`pdf.tool-missing`).
public struct PDFReader: Sendable {
    public struct Options: Codable, Sendable, Equatable {
        /// Seconds poppler may spend on one file (in the worker, or `pdftotext` with its process
        /// group) before it is killed.
        public var timeoutSeconds: Double = 60
        /// Bytes of text one file may give.
        public var maxOutputBytes: Int = 64 << 20
        /// When `-layout` runs past the time limit, try once more in reading order (`-raw`, much
        /// cheaper on pathological pages) and mark the record partial (default `true`).
        public var retryInReadingOrder = true
        /// Read bold text and font sizes (default `true`): from the worker, a few per cent more
        /// of its time; without it, a `pdftohtml -xml` run per paper (docs/BENCHMARKS.md).
        public var typography = true
        /// Read in a long-lived PDF worker when one is installed (default `true`; `false` runs
        /// `pdftotext` and `pdftohtml` for every paper). The records of the corpus papers are the
        /// same either way (docs/BENCHMARKS.md, "the PDF worker").
        public var worker = true

        public init(timeoutSeconds: Double = 60, maxOutputBytes: Int = 64 << 20, retryInReadingOrder: Bool = true, typography: Bool = true,
                    worker: Bool = true) {
            self.timeoutSeconds = timeoutSeconds
            self.maxOutputBytes = maxOutputBytes
            self.retryInReadingOrder = retryInReadingOrder
            self.typography = typography
            self.worker = worker
        }
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// `true` when the bytes start like a PDF (the header may follow up to 1 KB of junk).
    public static func isPDF(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(1024)
        let marker: [UInt8] = Array("%PDF-".utf8)
        guard head.count >= marker.count else { return false }
        for start in head.startIndex...(head.endIndex - marker.count) where head[start] == 0x25 {
            if Array(head[start..<(start + marker.count)]) == marker { return true }
        }
        return false
    }

    /// Reads the PDF at `filePath` (whose bytes are `bytes`); `path` is the name recorded in the output.
    public func read(bytes: [UInt8], filePath: String, path: String, sha256: String? = nil) throws -> Layout {
        guard !bytes.isEmpty else { throw DocketError(.empty, "the file is empty") }
        guard Self.isPDF(bytes) else { throw DocketError(.pdfDamaged, "not a PDF: the file does not start with %PDF-") }
        do {
            let (text, typography) = try layoutText(filePath: filePath)
            var layout = try layout(fromPdftotext: text, bytes: bytes, path: path, sha256: sha256)
            if options.typography {
                switch typography {
                case .measured(let pages): apply(pages, to: &layout, from: "the PDF worker")
                case .overLimit: Self.typographyUnavailable(in: &layout, because: "the PDF draws more characters than the limit allows")
                case .notRead: addTypography(to: &layout, filePath: filePath)
                }
            }
            return layout
        } catch let error as DocketError where error.code == .timeout && options.retryInReadingOrder {
            var layout = try layout(fromPdftotext: try run(mode: "-raw", filePath: filePath), bytes: bytes, path: path, sha256: sha256)
            layout.diagnostics.append(Diagnostic(.warning, code: .pdfLayoutTimeout,
                                                 message: "laying out the text ran past \(options.timeoutSeconds) s and was stopped; read again in reading order, so columns and indentation are lost (partial)"))
            return layout
        }
    }

    /// Adds the `pdf.typography-unavailable` diagnostic saying why the lines stay plain.
    static func typographyUnavailable(in layout: inout Layout, because why: String) {
        layout.diagnostics.append(Diagnostic(.info, code: .pdfTypographyUnavailable,
                                             message: "bold text and font sizes were not read (\(why)); headings are judged from the text alone"))
    }

    /// Lays the bold runs and font sizes `pdftohtml -xml` reports onto the layout's lines; on
    /// any failure the lines stay plain and a `pdf.typography-unavailable` diagnostic says why.
    func addTypography(to layout: inout Layout, filePath: String) {
        func unavailable(_ why: String) { Self.typographyUnavailable(in: &layout, because: why) }
        guard let tool = ChildProcess.locate("pdftohtml") else { return unavailable("pdftohtml is not installed") }
        let child = ChildProcess(executable: tool, arguments: ["-xml", "-i", "-q", "-stdout", "-enc", "UTF-8", filePath],
                                 timeout: options.timeoutSeconds, maxOutput: options.maxOutputBytes)
        guard let result = try? child.run() else { return unavailable("pdftohtml could not be run or ran past its limits") }
        guard !result.signalled, result.status == 0 else { return unavailable("pdftohtml exited with status \(result.status)") }
        apply(PDFTypography.parse(String(decoding: result.stdout, as: UTF8.self)), to: &layout, from: "pdftohtml")
    }

    /// Lays `pages` of typography onto the layout's lines, unless their pages are not the layout's.
    private func apply(_ pages: [PDFTypography.PageRuns], to layout: inout Layout, from source: String) {
        guard pages.count == layout.pages.count else {
            return Self.typographyUnavailable(in: &layout, because: "\(source) saw \(pages.count) pages, the text \(layout.pages.count)")
        }
        layout.pages = PDFTypography.apply(pages, to: layout.pages)
    }

    /// What `layoutText` has of a paper's typography.
    private enum Typography {
        /// The worker measured the characters.
        case measured([PDFTypography.PageRuns])
        /// The worker found more characters than the limit allows.
        case overLimit
        /// Not read with the text (no worker, or typography not asked for).
        case notRead
    }

    /// The text in physical layout, and what there is of its typography: from a worker when
    /// there is one and it can read the file, otherwise from `pdftotext -layout` (which also
    /// names the cause when the file cannot be read). A worker that runs past the time limit is
    /// a timeout, as `pdftotext`'s would be.
    private func layoutText(filePath: String) throws -> (String, Typography) {
        if options.worker {
            switch PDFWorkerPool.shared.read(filePath: filePath, typography: options.typography, timeout: options.timeoutSeconds,
                                             maxLength: options.maxOutputBytes) {
            case .read(let text, let typography):
                guard options.typography else { return (text, .notRead) }
                return (text, typography.map(Typography.measured) ?? .overLimit)
            case .timedOut:
                throw DocketError(.timeout, "the PDF worker ran past its time limit of \(ChildProcess.format(options.timeoutSeconds)) s and was killed")
            case .unavailable:
                break
            }
        }
        return (try run(mode: "-layout", filePath: filePath), .notRead)
    }

    /// Runs pdftotext in `mode` (`-layout` or `-raw`) and returns its text, or the classified error.
    private func run(mode: String, filePath: String) throws -> String {
        guard let tool = ChildProcess.locate("pdftotext") else {
            throw DocketError(.toolMissing, "pdftotext is not installed (Debian: apt-get install poppler-utils)")
        }
        let child = ChildProcess(executable: tool, arguments: [mode, "-enc", "UTF-8", "-eol", "unix", filePath, "-"],
                                 timeout: options.timeoutSeconds, maxOutput: options.maxOutputBytes)
        let result = try child.run()
        if result.signalled || result.status != 0 {
            throw Self.classify(status: result.status, stderr: String(decoding: result.stderr, as: UTF8.self))
        }
        return String(decoding: result.stdout, as: UTF8.self)
    }

    /// Turns `pdftotext` output (pages ended by form feeds) into a layout. Separate from
    /// `read` so that it can be tested and fuzzed without a PDF.
    public func layout(fromPdftotext text: String, bytes: [UInt8], path: String, sha256: String? = nil) throws -> Layout {
        let rawPages = LineSplitter.pages(of: text)
        var pages: [Page] = []
        var lineNumber = 0
        var visible = 0
        for (index, rawLines) in rawPages.enumerated() {
            let numbered = rawLines.map { raw -> (String, Int) in
                lineNumber += 1
                return (raw, lineNumber)
            }
            lineNumber += 1
            let blocks = TextReader.plainBlocks(numbered, page: index + 1)
            visible += blocks.reduce(0) { $0 + $1.lines.reduce(0) { $0 + $1.text.count } }
            pages.append(Page(number: index + 1, blocks: blocks))
        }
        guard visible > 0 else {
            throw DocketError(.pdfNoText, "the PDF has \(pages.count) page\(pages.count == 1 ? "" : "s") but no text layer (a scan?)")
        }
        let source = SourceInfo(path: path, format: .pdf, sha256: sha256 ?? SHA256.hex(bytes), bytes: bytes.count,
                                encoding: "utf-8", pages: pages.count)
        return Layout(source: source, pages: pages)
    }

    static func classify(status: Int32, stderr: String) -> DocketError {
        let message = stderr.split(separator: "\n").first.map(String.init) ?? "exit status \(status)"
        let lower = stderr.lowercased()
        if lower.contains("password") || lower.contains("encrypt") {
            return DocketError(.pdfEncrypted, "the PDF is encrypted and needs a password (pdftotext: \(message))")
        }
        return DocketError(.pdfDamaged, "pdftotext could not read the PDF: \(message)")
    }
}
