#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `read(2)` and `write(2)` by name. Inside a type that has its own `read` or `write` the bare
/// names resolve to the method, so the C calls need their module's name — Glibc on Linux,
/// Darwin on macOS — and this is the one place that names it.
enum SystemCall {
    /// Reads up to `count` bytes into `buffer`; the byte count, 0 at end of file, -1 on error.
    static func read(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.read(fd, buffer, count)
        #else
        Darwin.read(fd, buffer, count)
        #endif
    }

    /// Writes up to `count` bytes from `buffer`; the byte count written, -1 on error.
    static func write(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.write(fd, buffer, count)
        #else
        Darwin.write(fd, buffer, count)
        #endif
    }
}
