import Foundation

#if canImport(Glibc)
/// glibc's `sync_file_range` (declared only under `_GNU_SOURCE`, which the Glibc module lacks).
@_silgen_name("sync_file_range")
private func systemSyncFileRange(_ fd: Int32, _ offset: Int64, _ count: Int64, _ flags: UInt32) -> Int32
#endif

/// Starts writing a file's dirty pages to disk without waiting for them.
///
/// The finish writes the finished index (hundreds of megabytes at 10,000 papers) with syncing
/// off and flushes it once, at the end; left alone, the kernel would start writing those pages
/// only at that flush, and the finish would wait the whole write out. Started after each
/// table's rows are copied, the write runs while the finish copies the next table and builds
/// the indexes on the CPU, and the final flush waits only for what is left. Nothing depends on
/// it: where the call is missing or fails, the final flush does all the writing, as before.
enum Writeback {
    static func start(path: String) {
        #if canImport(Glibc)
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return }
        defer { close(fd) }
        let syncFileRangeWrite: UInt32 = 2  // SYNC_FILE_RANGE_WRITE: start writing, do not wait
        _ = systemSyncFileRange(fd, 0, 0, syncFileRangeWrite)
        #endif
    }
}
