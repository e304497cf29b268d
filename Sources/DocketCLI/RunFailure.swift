import ArgumentParser
import Foundation

/// Reports a failure of the run itself (output not writable, no index, a shard missing) on
/// stderr and gives exit status 3, as every command does for such failures.
func runFailure(_ message: String) -> ExitCode {
    FileHandle.standardError.write(Data("docket: \(message)\n".utf8))
    return ExitCode(3)
}

func runFailure(_ error: Error) -> ExitCode {
    runFailure("\(error)")
}
