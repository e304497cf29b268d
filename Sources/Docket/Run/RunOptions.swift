/// What `docket run` was asked to do.
public struct RunOptions: Sendable {
    public var input: String
    public var output: String
    /// Papers processed at once (default: the number of cores).
    public var jobs: Int
    public var pipeline: Pipeline
    public var limits: Limits
    /// Re-run only the papers that failed before.
    public var retryFailed = false
    /// Keep the outputs of papers whose source disappeared.
    public var keepRemoved = false
    /// Process only this shard's papers, writing under `output/shards/I-of-N`.
    public var shard: Shard?
    /// Wait for another writer of the output folder to finish instead of failing at once.
    public var waitForLock = false

    /// Where a run writes: `output`, or `output/shards/I-of-N` for a shard.
    public var outputFolder: String {
        shard.map { "\(output)/shards/\($0.folderName)" } ?? output
    }

    public init(input: String, output: String, jobs: Int, pipeline: Pipeline = .standard, limits: Limits = Limits()) {
        self.input = input
        self.output = output
        self.jobs = max(1, jobs)
        self.pipeline = pipeline
        self.limits = limits
    }
}
