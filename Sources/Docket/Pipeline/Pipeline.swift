import DocketExtract
import DocketModel
import DocketReaders
import Foundation

/// A checked pipeline: the stages a run uses, resolved through `StageRegistry`, with their
/// options. Built only by `Pipeline.parse`, which rejects unknown stages, unknown or bad
/// options, and a stage whose input no earlier stage makes — before any paper runs.
public struct Pipeline: Sendable {
    public var name: String
    public var summary: String
    /// The stage names in the order given.
    public var stageNames: [String]
    /// Reader options; `nil` when the pipeline does not read that format.
    public var text: TextReader.Options?
    public var html: HTMLReader.Options?
    public var pdf: PDFReader.Options?
    public var normalizer = Normalizer.Options()
    public var segmenter = Segmenter.Options()
    public var extractors = Extractors([])
    /// SHA-256 of the resolved definition (stages and options, not comments or layout): the
    /// ledger re-runs papers when it changes.
    public var hash: String

    /// The built-in default pipeline (the text of `Pipelines/default.yml`).
    public static let standard: Pipeline = {
        do { return try parse(DefaultPipeline.text, file: "Pipelines/default.yml") } catch { fatalError("the built-in pipeline is invalid: \(error)") }
    }()

    /// Loads and checks a definition file.
    public static func load(path: String) throws -> Pipeline {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PipelineError(file: path, line: 0, message: "cannot read the pipeline definition")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw PipelineError(file: path, line: 0, message: "the pipeline definition is not UTF-8")
        }
        return try parse(text, file: path)
    }

    /// Parses and checks a definition.
    public static func parse(_ text: String, file: String) throws -> Pipeline {
        let document = try PipelineDocument.parse(text, file: file)
        for (key, field) in document.fields where !["name", "description", "version"].contains(key) {
            throw PipelineError(file: file, line: field.line, message: "unknown field `\(key)` (expected name, description, version, stages)")
        }
        guard let name = document.fields["name"]?.value, !name.isEmpty else {
            throw PipelineError(file: file, line: 1, message: "the pipeline needs a `name:`")
        }
        guard !document.stages.isEmpty else {
            throw PipelineError(file: file, line: max(document.stagesLine, 1), message: "the pipeline lists no `stages:`")
        }
        var pipeline = Pipeline(name: name, summary: document.fields["description"]?.value ?? "", stageNames: [], hash: "")
        var available: Set<StageRegistry.Artifact> = [.file]
        var canonical: [String] = []
        for stage in document.stages {
            guard let entry = StageRegistry.entry(named: stage.name) else {
                let known = StageRegistry.entries.map(\.id).joined(separator: ", ")
                throw PipelineError(file: file, line: stage.line, message: "unknown stage `\(stage.name)` (known stages: \(known))")
            }
            guard !pipeline.stageNames.contains(stage.name) else {
                throw PipelineError(file: file, line: stage.line, message: "stage `\(stage.name)` is listed twice")
            }
            guard available.contains(entry.requires) else {
                throw PipelineError(file: file, line: stage.line,
                                    message: "stage `\(stage.name)` needs a \(entry.requires.rawValue), which no earlier stage produces")
            }
            var options: [String: String] = [:]
            for option in stage.options {
                guard let spec = entry.options.first(where: { $0.key == option.key }) else {
                    let known = entry.options.map(\.key)
                    throw PipelineError(file: file, line: option.line,
                                        message: "stage `\(stage.name)` has no option `\(option.key)`" + (known.isEmpty ? "" : " (options: \(known.joined(separator: ", ")))"))
                }
                try check(option.value, against: spec, file: file, line: option.line)
                options[option.key] = option.value
            }
            entry.build(&pipeline, options)
            available.insert(entry.produces)
            pipeline.stageNames.append(stage.name)
            canonical.append(stage.name + options.sorted { $0.key < $1.key }.map { " \($0.key)=\($0.value)" }.joined())
        }
        guard available.contains(.paper) else {
            let needed = StageRegistry.entries.filter { [.normalizedLayout, .paper].contains($0.produces) && $0.requires != .paper }
            throw PipelineError(file: file, line: document.stagesLine,
                                message: "the pipeline never segments a paper (add \(needed.map(\.id).joined(separator: " and ")))")
        }
        pipeline.hash = SHA256.hex(Array(canonical.joined(separator: "\n").utf8))
        return pipeline
    }

    private static func check(_ value: String, against spec: StageRegistry.Option, file: String, line: Int) throws {
        let ok: Bool
        switch spec.kind {
        case .bool: ok = value == "true" || value == "false"
        case .positiveNumber: ok = (Double(value) ?? 0) > 0
        case .positiveInteger: ok = (Int(value) ?? 0) > 0
        case .choice(let choices): ok = choices.contains(value)
        }
        guard ok else {
            let expected: String
            switch spec.kind {
            case .bool: expected = "true or false"
            case .positiveNumber: expected = "a positive number"
            case .positiveInteger: expected = "a positive whole number"
            case .choice(let choices): expected = "one of " + choices.joined(separator: ", ")
            }
            throw PipelineError(file: file, line: line, message: "option `\(spec.key)` must be \(expected), not `\(value)`")
        }
    }
}
