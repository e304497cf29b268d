import Foundation

/// The time one paper may take, checked cooperatively: the stages' loops ask `Deadline.expired`
/// every few iterations and stop early when it says so, and `Extraction` then turns the paper
/// into an `extract.timeout` error record (or, when the run itself was told to stop, into a
/// paper left for the next run). No thread is ever killed; a stage that stops early has
/// produced nothing that is kept.
///
/// The deadline in force is bound to the thread (or task) running the paper with
/// `Deadline.$current.withValue(_:operation:)`, so stages need no extra parameter; with none
/// bound, nothing expires.
public struct Deadline: Sendable {
    /// When the paper's time is up, in `DispatchTime` nanoseconds.
    public let uptimeNanoseconds: UInt64
    /// Set when the run is stopping (a signal and its grace period): papers in progress stop too.
    public let stop: Locked<Bool>?

    /// A deadline `seconds` from now, also passed once `stop` holds `true`.
    public init(seconds: Double, stop: Locked<Bool>? = nil) {
        let now = DispatchTime.now().uptimeNanoseconds
        let span = seconds.isFinite && seconds > 0 ? min(seconds, 1e9) * 1e9 : 0
        uptimeNanoseconds = now &+ UInt64(span)
        self.stop = stop
    }

    /// Whether the run asked papers in progress to stop.
    public var isStopped: Bool { stop?.current ?? false }

    /// Whether the paper's time is up or the run is stopping.
    public var hasPassed: Bool {
        DispatchTime.now().uptimeNanoseconds >= uptimeNanoseconds || isStopped
    }

    /// The deadline of the paper this thread is working on, if any.
    @TaskLocal public static var current: Deadline?

    /// For stage loops: `true` once the current paper's deadline has passed.
    public static var expired: Bool { current?.hasPassed ?? false }
}
