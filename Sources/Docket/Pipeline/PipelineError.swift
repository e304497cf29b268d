/// Why a pipeline definition was rejected: the file, the line and what is wrong. Loading a
/// pipeline checks everything before any paper runs; `docket run` reports this and exits 2.
public struct PipelineError: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { "\(file):\(line): \(message)" }
}
