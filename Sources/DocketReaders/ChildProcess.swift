#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import DocketModel

#if os(Linux)
/// glibc's `pipe2`, which the Glibc module does not export without `_GNU_SOURCE`. Both pipe ends
/// must be close-on-exec from the start, or a child spawned by another thread at the same
/// moment could inherit a write end and keep our reader from ever seeing end-of-file.
@_silgen_name("pipe2")
private func systemPipe2(_ fds: UnsafeMutablePointer<Int32>, _ flags: Int32) -> Int32
#endif

private func makePipe(_ fds: inout [Int32]) -> Bool {
    #if os(Linux)
    return fds.withUnsafeMutableBufferPointer { systemPipe2($0.baseAddress!, O_CLOEXEC) } == 0
    #else
    guard pipe(&fds) == 0 else { return false }
    for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
    return true
    #endif
}

/// Runs a program as a child process with an argument vector (never a shell), a time limit and
/// an output limit, and collects its standard output and error.
///
/// Written on `posix_spawn` rather than `Foundation.Process` because, started from a task or a
/// Dispatch thread, `Process` leaves the child with SIGTERM blocked and parks a pool thread
/// (docs/MACHINE-NOTES.md, "Child processes"). Here the child gets a clean signal mask and
/// default handlers, runs in its own process group, and on timeout the whole group is killed
/// with SIGKILL.
struct ChildProcess {
    struct Result {
        var status: Int32
        var signalled: Bool
        var stdout: [UInt8]
        var stderr: [UInt8]
    }

    var executable: String
    var arguments: [String]
    /// Seconds before the process group is killed.
    var timeout: Double
    /// Bytes of standard output allowed before the process group is killed.
    var maxOutput: Int

    /// Finds an executable by name on `PATH`.
    static func locate(_ name: String) -> String? {
        let path = getenv("PATH").map { String(cString: $0) } ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }

    func run() throws -> Result {
        var outPipe: [Int32] = [-1, -1], errPipe: [Int32] = [-1, -1]
        guard makePipe(&outPipe) else { throw DocketError(.unreadable, "cannot create a pipe") }
        guard makePipe(&errPipe) else {
            close(outPipe[0]); close(outPipe[1])
            throw DocketError(.unreadable, "cannot create a pipe")
        }
        let pid: pid_t
        do {
            pid = try Self.spawn(executable: executable, arguments: arguments, stdin: nil, stdout: outPipe[1], stderr: errPipe[1])
        } catch {
            for fd in outPipe + errPipe { close(fd) }
            throw error
        }
        close(outPipe[1]); close(errPipe[1])
        defer { close(outPipe[0]); close(errPipe[0]) }
        let deadline = Self.now() + timeout
        var out: [UInt8] = [], err: [UInt8] = []
        var openFDs = [outPipe[0], errPipe[0]]
        var failure: DocketError?
        var buffer = [UInt8](repeating: 0, count: 65536)
        while !openFDs.isEmpty {
            let remaining = deadline - Self.now()
            if remaining <= 0 {
                failure = DocketError(.timeout, "\(name) ran past its time limit of \(Self.format(timeout)) s and was killed")
                break
            }
            var fds = openFDs.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            let ready = poll(&fds, nfds_t(fds.count), Int32(min(remaining * 1000, 1000)) + 1)
            if ready < 0 && errno == EINTR { continue }
            for entry in fds where entry.revents != 0 {
                let count = buffer.withUnsafeMutableBytes { read(entry.fd, $0.baseAddress, $0.count) }
                if count <= 0 {
                    openFDs.removeAll { $0 == entry.fd }
                } else if entry.fd == outPipe[0] {
                    out.append(contentsOf: buffer[0..<count])
                } else if err.count < 65536 {
                    err.append(contentsOf: buffer[0..<count])
                }
            }
            if out.count > maxOutput {
                failure = DocketError(.outputTooLarge, "\(name) wrote more than \(maxOutput) bytes and was stopped")
                break
            }
        }
        if failure != nil { kill(-pid, SIGKILL); kill(pid, SIGKILL) }
        let (status, signalled) = try reap(pid, deadline: failure == nil ? deadline : Self.now() + 5)
        if let failure { throw failure }
        return Result(status: status, signalled: signalled, stdout: out, stderr: err)
    }

    private var name: String { String(executable.split(separator: "/").last ?? Substring(executable)) }

    /// Starts `executable` with `arguments` in a process group of its own, with a clean signal
    /// mask and default handlers; `stdin` (or `/dev/null` when `nil`), `stdout` and `stderr` (or
    /// `/dev/null`) become its descriptors 0, 1 and 2. Also starts `PDFWorker`'s processes.
    static func spawn(executable: String, arguments: [String], stdin: Int32?, stdout: Int32, stderr: Int32?) throws -> pid_t {
        #if os(Linux)
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        let environment = environ
        #else
        var actions: posix_spawn_file_actions_t = nil  // opaque pointers on Darwin
        var attributes: posix_spawnattr_t = nil
        let environment = _NSGetEnviron().pointee
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if let stdin {
            posix_spawn_file_actions_adddup2(&actions, stdin, 0)
        } else {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        }
        posix_spawn_file_actions_adddup2(&actions, stdout, 1)
        if let stderr {
            posix_spawn_file_actions_adddup2(&actions, stderr, 2)
        } else {
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }

        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        posix_spawnattr_setsigmask(&attributes, &emptyMask)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGTERM, SIGINT, SIGPIPE, SIGHUP, SIGQUIT] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, executable, &actions, &attributes, argv, environment)
        guard status == 0 else {
            throw DocketError(.toolMissing, "cannot start \(executable): \(String(cString: strerror(status)))")
        }
        return pid
    }

    /// Waits for the child, killing its group if it outlives `deadline`.
    private func reap(_ pid: pid_t, deadline: Double) throws -> (Int32, Bool) {
        var status: Int32 = 0
        var killed = false
        while true {
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid { break }
            if result < 0 && errno != EINTR { return (-1, true) }
            if !killed && Self.now() > deadline {
                kill(-pid, SIGKILL); kill(pid, SIGKILL)
                killed = true
            }
            usleep(1000)
        }
        kill(-pid, SIGKILL)  // anything the child left behind in its group
        if killed { throw DocketError(.timeout, "\(name) ran past its time limit of \(Self.format(timeout)) s and was killed") }
        let signal = status & 0x7f
        return signal == 0 ? ((status >> 8) & 0xff, false) : (signal, true)
    }

    /// Seconds on the monotonic clock.
    static func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    /// Seconds as a limit is written in messages: "60", "0.5".
    static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}
