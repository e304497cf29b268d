/// What a run did, printed at the end (and as JSON with `--json`).
public struct RunSummary: Codable, Equatable, Sendable {
    public var discovered = 0
    public var new = 0
    public var changed = 0
    public var unchanged = 0
    public var removed = 0
    /// Papers that failed in this run.
    public var failed = 0
    /// Papers that failed in an earlier run and were not retried.
    public var stillFailed = 0
    public var elapsedSeconds = 0.0
    /// Papers processed (new + changed + failed) per second.
    public var papersPerSecond = 0.0
    /// Of `elapsedSeconds`, the time spent after the last paper writing the finished index
    /// (`SearchIndex.finish`: the copy in canonical order, indexes, full-text tables); 0 when
    /// nothing changed.
    public var indexSeconds = 0.0
    /// Set when the run was stopped (Ctrl-C) before it finished.
    public var interrupted = false

    public init() {}

    /// 0 all done, 1 some papers failed, 3 every paper failed.
    public var exitCode: Int32 {
        let failures = failed + stillFailed
        if failures == 0 { return 0 }
        return failures >= discovered && discovered > 0 ? 3 : 1
    }

    enum CodingKeys: String, CodingKey {
        case discovered, new, changed, unchanged, removed, failed, interrupted
        case stillFailed = "still_failed"
        case elapsedSeconds = "elapsed_seconds"
        case papersPerSecond = "papers_per_second"
        case indexSeconds = "index_seconds"
    }
}
