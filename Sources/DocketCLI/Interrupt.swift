import Dispatch
import Docket
import Docket
import Foundation

/// SIGINT and SIGTERM for a command that writes an output folder, with a bounded stop:
///
/// 1. the first signal sets a flag the library polls between papers (no new paper starts) and
///    says so on stderr;
/// 2. after `grace` seconds the papers still in progress are told to stop too (`onGraceOver`):
///    they end at their next deadline check and are left for the next run;
/// 3. `backstop` seconds after that, a process still running exits at once — what it wrote is
///    safe, because every output is renamed into place and the ledger and index survive a kill;
/// 4. a second signal exits at once — one that comes at least half a second after the first:
///    `timeout` and some supervisors send the same signal to the process and to its process
///    group, and those two deliveries are one request.
///
/// The exit status is 128 + the signal's number: 130 for SIGINT, 143 for SIGTERM.
final class Interrupt: Sendable {
    /// The first signal received, if any, and when.
    private let received = Locked<(number: Int32, at: Date)?>(nil)
    /// Kept alive for as long as the process runs (a released source stops delivering).
    private let sources = Locked<[DispatchSourceSignal]>([])

    var requested: Bool { received.current != nil }

    /// 130 after SIGINT, 143 after SIGTERM.
    var exitCode: Int32 { 128 + (received.current?.number ?? SIGINT) }

    static let backstop = 5.0

    static func install(grace: Double, onGraceOver: @escaping @Sendable () -> Void = {}) -> Interrupt {
        let interrupt = Interrupt()
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { interrupt.received(number, grace: grace, onGraceOver: onGraceOver) }
            source.resume()
            interrupt.sources.withLock { $0.append(source) }
        }
        return interrupt
    }

    private func received(_ number: Int32, grace: Double, onGraceOver: @escaping @Sendable () -> Void) {
        let earlier = received.withLock { state -> Date? in
            guard let state else {
                state = (number, Date())
                return nil
            }
            return state.at
        }
        if let earlier {
            guard Date().timeIntervalSince(earlier) >= 0.5 else { return }  // the same request, delivered twice
            FileHandle.standardError.write(Data("\ndocket: stopped at once\n".utf8))
            _exit(128 + number)
        }
        let seconds = grace == grace.rounded() ? String(Int(grace)) : String(grace)
        FileHandle.standardError.write(Data("\ndocket: stopping: no new papers; waiting up to \(seconds) s for those in progress (signal again to quit now)\n".utf8))
        let code = 128 + number
        DispatchQueue.global().asyncAfter(deadline: .now() + max(grace, 0)) {
            onGraceOver()
            DispatchQueue.global().asyncAfter(deadline: .now() + Self.backstop) {
                FileHandle.standardError.write(Data("docket: the papers in progress did not stop in time; quitting\n".utf8))
                _exit(code)
            }
        }
    }
}
