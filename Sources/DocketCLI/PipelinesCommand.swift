import ArgumentParser
import Docket

/// `docket pipelines`: the stage registry, and a check of a definition file.
struct PipelinesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pipelines",
        abstract: "List the pipeline stages Docket knows, or check a pipeline definition (--check FILE)."
    )

    @Option(help: "Check this pipeline definition and print its stages.")
    var check: String?

    func run() throws {
        if let check {
            do {
                let pipeline = try Pipeline.load(path: check)
                print("\(check): pipeline `\(pipeline.name)` is valid (\(pipeline.stageNames.count) stages, hash \(pipeline.hash.prefix(12)))")
                for name in pipeline.stageNames { print("  \(name)") }
            } catch let error as PipelineError {
                throw ValidationError("invalid pipeline: \(error)")
            }
            return
        }
        for entry in StageRegistry.entries {
            print("\(entry.id)  (\(entry.requires.rawValue) → \(entry.produces.rawValue))")
            print("    \(entry.summary)")
            for option in entry.options { print("    \(option.key): \(option.summary)") }
        }
    }
}
