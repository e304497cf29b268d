/// Why a search could not run: a malformed query, or no index.
public enum SearchError: Error, CustomStringConvertible, Equatable, Sendable {
    case malformedQuery(String)
    case noIndex(String)

    public var description: String {
        switch self {
        case .malformedQuery(let message): return "malformed query: \(message)"
        case .noIndex(let message): return message
        }
    }
}
