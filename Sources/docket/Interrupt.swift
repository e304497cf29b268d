import Dispatch
import Foundation

/// Ctrl-C (SIGINT) and SIGTERM as a flag the library polls between papers, so a run stops
/// cleanly instead of dying mid-write.
final class Interrupt: @unchecked Sendable {
    private let lock = NSLock()
    private var flag = false
    private var sources: [DispatchSourceSignal] = []

    var requested: Bool {
        lock.lock()
        defer { lock.unlock() }
        return flag
    }

    static func install() -> Interrupt {
        let interrupt = Interrupt()
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [interrupt] in
                interrupt.lock.lock()
                let second = interrupt.flag
                interrupt.flag = true
                interrupt.lock.unlock()
                if second { exit(130) }  // a second Ctrl-C stops at once
                FileHandle.standardError.write(Data("\ndocket: stopping after the papers in progress (Ctrl-C again to quit now)\n".utf8))
            }
            source.resume()
            interrupt.sources.append(source)
        }
        return interrupt
    }
}
