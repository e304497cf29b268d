/// Why a run as a whole could not go on (exit status 3): the output folder cannot be made or
/// written, the input folder cannot be read.
public enum RunError: Error, CustomStringConvertible, Equatable, Sendable {
    case io(String)
    case input(String)
    /// Another process holds the output folder's `OutputLock`.
    case locked(String)

    public var description: String {
        switch self {
        case .io(let message): return message
        case .input(let message): return message
        case .locked(let message): return message
        }
    }
}
