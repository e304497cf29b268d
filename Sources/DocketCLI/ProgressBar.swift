import Docket
import Foundation

/// A one-line progress bar on stderr: count, rate and estimated time left. Only drawn when
/// stderr is a terminal.
final class ProgressBar: Sendable {
    private let start = Date()
    /// When the bar was last drawn; workers call `update` from several threads.
    private let lastDraw = Locked(Date.distantPast)

    func update(_ done: Int, _ total: Int) {
        // Drawn under the lock, so two workers never interleave their lines.
        lastDraw.withLock { last in
            let now = Date()
            guard done == total || now.timeIntervalSince(last) > 0.1 else { return }
            last = now
            let elapsed = max(now.timeIntervalSince(start), 0.001)
            let rate = Double(done) / elapsed
            let left = rate > 0 ? Double(total - done) / rate : 0
            let width = 30
            let filled = total > 0 ? width * done / total : width
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            let line = String(format: "\r\u{1B}[K%@ %d/%d  %.1f papers/s  %.0f s left", bar, done, total, rate, left)
            FileHandle.standardError.write(Data(line.utf8))
        }
    }
}
