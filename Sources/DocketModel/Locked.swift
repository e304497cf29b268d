import Foundation

/// A value shared between threads, reached only inside `withLock` — the one way Docket shares
/// mutable state (in the spirit of NIO's `NIOLockedValueBox`). Holding the lock only for the
/// closure keeps every read and write of the value paired with it, so no caller can touch the
/// value unlocked by mistake.
public final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    public init(_ value: Value) {
        self.value = value
    }

    /// Runs `body` with the value while holding the lock; what `body` returns is returned.
    @discardableResult
    public func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }

    /// A copy of the value, read under the lock.
    public var current: Value {
        withLock { $0 }
    }
}
