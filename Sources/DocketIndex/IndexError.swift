/// Why the index could not be opened, written or finished: what was being done, to which file
/// or paper, and SQLite's reason. The runner carries it on as `RunError.index` (exit status 3).
public enum IndexError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The index file could not be opened or created.
    case open(path: String, reason: String)
    /// A paper's rows could not be written.
    case write(paperID: String, reason: String)
    /// A paper's rows could not be removed.
    case remove(paperID: String, reason: String)
    /// The finished copy could not be built or moved into place.
    case finish(path: String, reason: String)

    public var description: String {
        switch self {
        case .open(let path, let reason): return "cannot open the index \(path): \(reason)"
        case .write(let id, let reason): return "cannot index paper \(id): \(reason)"
        case .remove(let id, let reason): return "cannot remove paper \(id) from the index: \(reason)"
        case .finish(let path, let reason): return "cannot finish the index \(path): \(reason)"
        }
    }
}
