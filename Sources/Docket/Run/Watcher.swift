import DocketModel
import Foundation

/// `docket run --watch`: runs a pass, then keeps polling the input folder and runs a pass
/// whenever something changed. A file is processed only once it has stopped growing (the
/// same size and time on two polls in a row), so a paper still being copied in is not read
/// half-written. Every pass keeps the guarantees of `Runner`.
public final class Watcher: @unchecked Sendable {
    public let options: RunOptions
    /// Seconds between polls.
    public var interval: Double
    public var shouldStop: @Sendable () -> Bool = { false }
    /// Set to stop the papers in progress too; shared with every pass's `Runner`.
    public let stopInProgress = Locked(false)
    /// Called with each pass's summary.
    public var onPass: (@Sendable (RunSummary) -> Void)?

    public init(options: RunOptions, interval: Double = 2) {
        self.options = options
        self.interval = interval
    }

    public func run() throws {
        let lock = try OutputLock(folder: options.outputFolder, wait: options.waitForLock)
        defer { withExtendedLifetime(lock) {} }
        var lastSeen: [PathKey: DiscoveredFile] = [:]
        var lastPassSeen: [PathKey: DiscoveredFile]?
        while !shouldStop() {
            let files = try Discovery(root: options.input, excluded: [options.output]).files()
            let now = Dictionary(files.map { (PathKey($0.relativePath), $0) }, uniquingKeysWith: { first, _ in first })
            let stable = now.filter { lastSeen[$0.key] == $0.value }
            if lastPassSeen == nil || stable != lastPassSeen! {
                let runner = Runner(options: options)
                runner.holdsLock = true
                runner.stopInProgress = stopInProgress
                let settled = Set(stable.keys)
                runner.include = { settled.contains(PathKey($0.relativePath)) }
                runner.shouldStop = shouldStop
                let summary = try runner.run()
                onPass?(summary)
                lastPassSeen = stable
            }
            lastSeen = now
            var waited = 0.0
            while waited < interval, !shouldStop() {
                Thread.sleep(forTimeInterval: 0.1)
                waited += 0.1
            }
        }
    }
}
