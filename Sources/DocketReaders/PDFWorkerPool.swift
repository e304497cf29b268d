#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import DocketModel

/// The long-lived PDF workers of one `docket` process, shared by all its threads.
///
/// Why: running `pdftotext` and `pdftohtml` once per paper pays two process starts and two
/// passes of poppler over every page (docs/BENCHMARKS.md, "PDF worker"). A worker
/// (`docket-pdf-worker`, installed beside `docket`) reads paper after paper in one process and
/// one pass: the layout text byte for byte as `pdftotext -layout` prints it, and each drawn
/// character measured as `pdftohtml -xml` measures it.
///
/// How: a caller takes an idle worker (or starts one, so there are never more workers than
/// papers being read at once), asks it for one paper and gives it back. A worker that times out,
/// dies or breaks the protocol is stopped, not given back; one that has served
/// `papersPerWorker` papers is retired, which bounds what poppler's caches can grow to. The
/// idle list is the only shared state, behind `Locked`.
///
/// Where no worker is installed, or `DOCKET_PDF_WORKER` is `off`, `read` answers
/// `.unavailable` and `PDFReader` runs `pdftotext` and `pdftohtml`.
final class PDFWorkerPool: Sendable {
    /// The pool of this process, with the worker found by `locateWorker()`.
    static let shared = PDFWorkerPool(executable: locateWorker())

    /// The worker executable, or `nil` when there is none to run.
    let executable: String?
    /// Papers a worker reads before it is replaced (500 by default).
    let papersPerWorker: Int
    private let idle = Locked<[PDFWorker]>([])
    /// Workers in a row that broke on their first paper. A worker that cannot run at all (its
    /// poppler library missing, say) breaks at once, every time: after `givingUp` of them the
    /// pool stops starting workers, rather than paying a process start per paper for nothing.
    private let brokenFirstTries = Locked(0)
    static let givingUp = 8

    init(executable: String?, papersPerWorker: Int = 500) {
        self.executable = executable
        self.papersPerWorker = papersPerWorker
    }

    /// What one request came to.
    enum Answer: Equatable {
        /// The layout text, as `pdftotext -layout` prints it, and the typography of its pages
        /// when it was asked for (`nil` when there were too many characters to send).
        case read(text: String, typography: [PDFTypography.PageRuns]?)
        /// The worker ran past the time limit on this paper (it was killed).
        case timedOut
        /// No worker could read it (none installed, it failed to start, declined the file,
        /// crashed, or the text is over the limit): read it some other way.
        case unavailable
    }

    /// Reads the PDF at `filePath` in a worker, within `timeout` seconds and `maxLength` bytes
    /// of text: its layout text and, when `typography` is true, its typography.
    func read(filePath: String, typography: Bool, timeout: Double, maxLength: Int) -> Answer {
        guard let executable, brokenFirstTries.current < Self.givingUp else { return .unavailable }
        var worker: PDFWorker
        if let taken = idle.withLock({ $0.popLast() }) {
            worker = taken
        } else {
            guard let started = try? PDFWorker.start(executable: executable) else { return .unavailable }
            worker = started
        }
        let fresh = worker.served == 0
        let response: PDFWorker.Response
        do {
            response = try worker.ask(path: filePath, glyphs: typography, timeout: timeout, maxLength: maxLength)
        } catch {
            if fresh && error == .broken { brokenFirstTries.withLock { $0 += 1 } }
            return error == .timedOut ? .timedOut : .unavailable
        }
        if fresh { brokenFirstTries.withLock { $0 = 0 } }
        if worker.served >= papersPerWorker {
            worker.stop()
        } else {
            idle.withLock { $0.append(worker) }
        }
        guard response.status == .read else { return .unavailable }
        let text = String(decoding: response.text, as: UTF8.self)
        guard typography, !response.glyphsOverLimit else { return .read(text: text, typography: nil) }
        guard let pages = PDFTypography.pages(fromGlyphs: response.glyphs) else { return .unavailable }
        return .read(text: text, typography: pages)
    }

    /// Whether the pool still starts workers (it has an executable and has not given up on it).
    var isStartingWorkers: Bool {
        executable != nil && brokenFirstTries.current < Self.givingUp
    }

    /// The process ids of the idle workers (for tests).
    var idleProcessIDs: [pid_t] {
        idle.withLock { $0.map(\.pid) }
    }

    /// Stops every idle worker.
    func stopIdleWorkers() {
        for worker in idle.withLock({ workers -> [PDFWorker] in
            defer { workers = [] }
            return workers
        }) {
            worker.stop()
        }
    }

    /// The worker to run: `DOCKET_PDF_WORKER` when it names an executable (`off` for none),
    /// otherwise `docket-pdf-worker` in the folder of the running executable, where
    /// `swift build` and an install put it beside `docket`.
    static func locateWorker() -> String? {
        if let setting = getenv("DOCKET_PDF_WORKER").map({ String(cString: $0) }), !setting.isEmpty {
            if setting == "off" { return nil }
            return access(setting, X_OK) == 0 ? setting : nil
        }
        guard let folder = executableFolder() else { return nil }
        let candidate = folder + "/docket-pdf-worker"
        return access(candidate, X_OK) == 0 ? candidate : nil
    }

    private static func executableFolder() -> String? {
        #if os(Linux)
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        let path = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        #else
        guard let first = CommandLine.arguments.first, first.contains("/") else { return nil }
        let path = first
        #endif
        guard let slash = path.lastIndex(of: "/") else { return nil }
        return String(path[..<slash])
    }
}
