/// The small YAML subset pipeline definitions are written in, parsed with line numbers:
///
/// ```yaml
/// name: default          # comments after a hash
/// description: Everything Docket extracts.
/// stages:
///   - read.text@1
///   - read.pdf@1:
///       timeout_seconds: 60
/// ```
///
/// Top-level `key: value` pairs, and one list of stages whose items are a stage name, optionally
/// followed by a colon and an indented block of `option: value` pairs. Anything else is an error
/// with its line, so a typo is never silently ignored.
struct PipelineDocument: Equatable {
    struct StageEntry: Equatable {
        var name: String
        var line: Int
        /// Options as written, with their lines.
        var options: [(key: String, value: String, line: Int)]

        static func == (a: StageEntry, b: StageEntry) -> Bool {
            a.name == b.name && a.line == b.line && a.options.map { "\($0.key)=\($0.value)@\($0.line)" } == b.options.map { "\($0.key)=\($0.value)@\($0.line)" }
        }
    }

    var fields: [String: (value: String, line: Int)] = [:]
    var stages: [StageEntry] = []
    var stagesLine = 0

    static func == (a: PipelineDocument, b: PipelineDocument) -> Bool {
        a.fields.mapValues(\.value) == b.fields.mapValues(\.value) && a.stages == b.stages
    }

    static func parse(_ text: String, file: String) throws -> PipelineDocument {
        var document = PipelineDocument()
        var inStages = false
        var stageIndent: Int?
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = index + 1
            let line = stripComment(String(raw))
            if line.trimmingSpaces().isEmpty { continue }
            if line.contains("\t") { throw PipelineError(file: file, line: number, message: "tabs are not allowed; indent with spaces") }
            let indent = line.prefix { $0 == " " }.count
            let content = line.trimmingSpaces()
            if indent == 0 {
                inStages = false
                guard let (key, value) = pair(content) else {
                    throw PipelineError(file: file, line: number, message: "expected `key: value`, found `\(content)`")
                }
                if key == "stages" {
                    guard value.isEmpty else { throw PipelineError(file: file, line: number, message: "`stages:` takes an indented list") }
                    inStages = true
                    document.stagesLine = number
                    continue
                }
                guard document.fields[key] == nil else { throw PipelineError(file: file, line: number, message: "`\(key)` is given twice") }
                document.fields[key] = (unquote(value), number)
                continue
            }
            guard inStages else { throw PipelineError(file: file, line: number, message: "unexpected indentation") }
            if content.hasPrefix("- ") || content == "-" {
                if let expected = stageIndent, expected != indent {
                    throw PipelineError(file: file, line: number, message: "stage items must line up (indent \(expected))")
                }
                stageIndent = indent
                var name = content.dropFirst().trimmingSpaces()
                if name.hasSuffix(":") { name = String(name.dropLast()).trimmingSpaces() }
                guard !name.isEmpty, !name.contains(" "), !name.contains(":") else {
                    throw PipelineError(file: file, line: number, message: "expected a stage name such as `extract.risks@1`, found `\(content)`")
                }
                document.stages.append(StageEntry(name: name, line: number, options: []))
                continue
            }
            guard let stageIndent, indent > stageIndent, !document.stages.isEmpty else {
                throw PipelineError(file: file, line: number, message: "expected a stage item starting with `- `")
            }
            guard let (key, value) = pair(content), !value.isEmpty else {
                throw PipelineError(file: file, line: number, message: "expected `option: value`, found `\(content)`")
            }
            document.stages[document.stages.count - 1].options.append((key, unquote(value), number))
        }
        return document
    }

    private static func stripComment(_ line: String) -> String {
        var inQuote: Character?
        var out = ""
        for char in line {
            if let quote = inQuote {
                if char == quote { inQuote = nil }
            } else if char == "\"" || char == "'" {
                inQuote = char
            } else if char == "#" && (out.isEmpty || out.last == " ") {
                break
            }
            out.append(char)
        }
        return out
    }

    private static func pair(_ content: String) -> (String, String)? {
        guard let colon = content.firstIndex(of: ":") else { return nil }
        let key = content[..<colon].trimmingSpaces()
        guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else { return nil }
        return (key, content[content.index(after: colon)...].trimmingSpaces())
    }

    private static func unquote(_ value: String) -> String {
        if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
            return String(value.dropFirst().dropLast())
        }
        return value
    }
}
