import DocketModel
import Foundation

/// `docket stream`: paths in, one JSON line out per path, in input order — for Hadoop
/// Streaming and Spark's `RDD.pipe`, which zip inputs with outputs.
///
/// Each input line (or NUL-separated item) is a path; the output line is the paper record as
/// compact canonical JSON, or an error record (`docket.error/1`) naming the path and the reason —
/// an empty line included, so the counts always match. With `key`, each line is `id<TAB>json`
/// (Hadoop's key/value convention; a failure's key is `error-` and a hash of its path). Papers
/// are processed `jobs` at a time in batches, and each batch is written in order before the next
/// is read, so memory stays bounded however long the input is.
public struct StreamProcessor: Sendable {
    public var pipeline: Pipeline
    public var limits: Limits
    public var jobs: Int
    public var key = false

    public init(pipeline: Pipeline = .standard, limits: Limits = Limits(), jobs: Int) {
        self.pipeline = pipeline
        self.limits = limits
        self.jobs = max(1, jobs)
    }

    /// An error line of the stream.
    public struct ErrorLine: Codable, Equatable, Sendable {
        public var schema = "docket.error/1"
        public var path: String
        public var code: String
        public var message: String

        enum CodingKeys: String, CodingKey {
            case schema, path, code, message
        }
    }

    /// The output line (without its newline) for one input path.
    public func line(for path: String) -> String {
        let extraction = Extraction(pipeline: pipeline, limits: limits)
        let failure: DocketError
        if path.isEmpty {
            failure = DocketError(.unreadable, "the input line is empty")
        } else {
            do {
                let paper = try extraction.paper(for: DocumentSource(filePath: path))
                let json = (try? CanonicalJSON.string(paper, pretty: false)) ?? "{}"
                return key ? "\(paper.id)\t\(json)" : json
            } catch let error as DocketError {
                failure = error
            } catch {
                failure = DocketError(.unreadable, "\(error)")
            }
        }
        let record = ErrorLine(path: path, code: failure.code.rawValue, message: failure.message)
        let json = (try? CanonicalJSON.string(record, pretty: false)) ?? "{}"
        return key ? "error-\(String(Shard.stableHash(path), radix: 16))\t\(json)" : json
    }

    /// Reads items from `input` until it ends, writing one line per item through `write`.
    public func run(input: FileHandle, separator: UInt8, write: (String) -> Void) {
        var buffer = Data()
        var batch: [String] = []
        let batchSize = jobs * 4
        func flush() {
            let lines = process(batch)
            for line in lines { write(line) }
            batch.removeAll(keepingCapacity: true)
        }
        while true {
            let chunk = input.availableData
            if chunk.isEmpty { break }
            buffer.append(chunk)
            while let end = buffer.firstIndex(of: separator) {
                batch.append(Self.path(buffer[buffer.startIndex..<end], separator: separator))
                buffer.removeSubrange(buffer.startIndex...end)
                if batch.count >= batchSize { flush() }
            }
        }
        if !buffer.isEmpty { batch.append(Self.path(buffer, separator: separator)) }
        flush()
    }

    static func path(_ bytes: Data, separator: UInt8) -> String {
        var text = String(decoding: bytes, as: UTF8.self)
        if separator == 0x0A, text.hasSuffix("\r") { text.removeLast() }
        return text
    }

    /// Processes a batch on `jobs` threads, keeping the order.
    private func process(_ paths: [String]) -> [String] {
        let results = Locked([String](repeating: "", count: paths.count))
        DispatchQueue.concurrentPerform(iterations: paths.count) { index in
            let line = self.line(for: paths[index])
            results.withLock { $0[index] = line }
        }
        return results.current
    }
}
