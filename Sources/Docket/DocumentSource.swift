import DocketModel
import Foundation

/// A paper to process: the path to read from and the path to record in the output.
public struct DocumentSource: Sendable, Hashable {
    /// Where to read the bytes (absolute or relative to the working directory).
    public var filePath: String
    /// The path recorded in `source.path`: relative to the input root, or as the user typed it.
    public var displayPath: String

    public init(filePath: String, displayPath: String? = nil) {
        self.filePath = filePath
        self.displayPath = displayPath ?? filePath
    }
}
