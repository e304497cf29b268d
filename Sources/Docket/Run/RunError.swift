import DocketIndex

/// Why a run as a whole could not go on (exit status 3): the output folder cannot be made or
/// written, the input folder cannot be read, the index cannot be written.
public enum RunError: Error, CustomStringConvertible, Equatable, Sendable {
    case io(String)
    /// The full-text index could not be opened, written or finished.
    case index(IndexError)
    case input(String)
    /// Another process holds the output folder's `OutputLock`.
    case locked(String)

    public var description: String {
        switch self {
        case .io(let message): return message
        case .index(let error): return error.description
        case .input(let message): return message
        case .locked(let message): return message
        }
    }

    /// Runs `body`, carrying an `IndexError` it throws on as `.index`.
    static func indexing<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as IndexError { throw RunError.index(error) }
    }
}
