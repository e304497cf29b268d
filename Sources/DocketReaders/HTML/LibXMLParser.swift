internal import CLibXML2
import DocketModel

/// Parses HTML with libxml2's HTML parser and walks the tree into `HTMLEvent`s.
///
/// Options: `RECOVER` (read what can be read), `NONET` (never touch the network), `NOERROR`
/// and `NOWARNING` with a silent error handler (messages are captured, not printed), `COMPACT`,
/// and `HUGE`, so that nesting deeper than 256 levels is kept rather than silently cut; the
/// walk is iterative, so depth cannot overflow the stack. `NOENT` and `DTDLOAD` are never set:
/// entities are not expanded and no external DTD or file is read. After the parse the
/// context's error state is checked; a document libxml2 could only partly read gets an
/// `html.parse-errors` diagnostic with the first message.
///
/// Every libxml2 resource is freed with `defer` in this file; no pointer leaves it.
enum LibXMLParser {
    struct Output {
        var events: [HTMLEvent]
        var diagnostics: [Diagnostic]
    }

    /// libxml2's global state (the mutexes and random seed of its dictionaries among it) is set
    /// up by `xmlInitParser`, which two threads must not race: two workers opening their first
    /// parsers at once in a new process deadlocked in libxml2's `__xmlRandom` (4 of 200
    /// `docket run --jobs 2` over two HTML pages hung). A static runs it once, under Swift's
    /// own once-lock, before any parse.
    private static let libraryReady: Void = xmlInitParser()

    static func parse(utf8 text: String) throws -> Output {
        _ = libraryReady
        var bytes = Array(text.utf8)
        if bytes.isEmpty { bytes = [0x20] }
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_NOBLANKS.rawValue)
            | Int32(XML_PARSE_HUGE.rawValue)
        guard let context = htmlNewParserCtxt() else { throw DocketError(.htmlUnparseable, "libxml2 could not allocate a parser") }
        defer { htmlFreeParserCtxt(context) }
        let collector = ErrorCollector()
        let box = Unmanaged.passRetained(collector)
        defer { box.release() }
        xmlSetStructuredErrorFunc(box.toOpaque()) { userData, error in
            guard let userData, let error else { return }
            Unmanaged<ErrorCollector>.fromOpaque(userData).takeUnretainedValue().record(error.pointee)
        }
        defer { xmlSetStructuredErrorFunc(nil, docket_silent_errors) }
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlCtxtReadMemory(context, chars.baseAddress, Int32(chars.count), nil, "UTF-8", options)
            }
        }
        guard let document else { throw DocketError(.htmlUnparseable, "libxml2 could not parse the page") }
        defer { xmlFreeDoc(document) }
        var diagnostics: [Diagnostic] = []
        if collector.count > 0 {
            diagnostics.append(Diagnostic(.warning, code: .htmlParseErrors,
                                          message: "libxml2 reported \(collector.count) error\(collector.count == 1 ? "" : "s") and recovered what it could; the first: \(collector.first ?? "")"))
        }
        guard let root = xmlDocGetRootElement(document) else { return Output(events: [], diagnostics: diagnostics) }
        return Output(events: walk(root), diagnostics: diagnostics)
    }

    /// Depth-first walk with an explicit stack (no recursion, whatever the depth).
    private static func walk(_ root: xmlNodePtr) -> [HTMLEvent] {
        var events: [HTMLEvent] = []
        var stack: [(node: xmlNodePtr, entered: Bool)] = [(root, false)]
        while let (node, entered) = stack.popLast() {
            if entered {
                events.append(.close(name: name(of: node)))
                continue
            }
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                events.append(.open(name: name(of: node), attributes: attributes(of: node)))
                stack.append((node, true))
                var children: [xmlNodePtr] = []
                var child = node.pointee.children
                while let current = child {
                    children.append(current)
                    child = current.pointee.next
                }
                for child in children.reversed() { stack.append((child, false)) }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content { events.append(.text(String(cString: content))) }
            default:
                continue
            }
        }
        return events
    }

    private static func name(of node: xmlNodePtr) -> String {
        node.pointee.name.map { String(cString: $0).asciiLowercased() } ?? ""
    }

    private static func attributes(of node: xmlNodePtr) -> HTMLAttributes {
        var result = HTMLAttributes()
        var attribute = node.pointee.properties
        while let current = attribute {
            attribute = current.pointee.next
            guard let rawName = current.pointee.name else { continue }
            let key = String(cString: rawName).asciiLowercased()
            guard ["class", "id", "style", "colspan", "rowspan", "href", "hidden", "aria-hidden"].contains(key) else { continue }
            guard let value = xmlNodeGetContent(UnsafeMutableRawPointer(current).assumingMemoryBound(to: xmlNode.self)) else {
                if key == "hidden" { result.hidden = true }
                continue
            }
            defer { docket_xml_free(value) }
            let text = String(cString: value)
            switch key {
            case "class": result.className = text.asciiLowercased()
            case "id": result.id = text.asciiLowercased()
            case "style": result.style = text.asciiLowercased().replacingSpaces()
            case "colspan": result.colspan = max(1, min(Int(text.trimmingSpaces()) ?? 1, 1000))
            case "rowspan": result.rowspan = max(1, min(Int(text.trimmingSpaces()) ?? 1, 1000))
            case "href": result.href = text
            case "hidden": result.hidden = true
            case "aria-hidden": result.hidden = result.hidden || text.asciiLowercased() == "true"
            default: break
            }
        }
        return result
    }
}

/// Collects libxml2's errors during one parse. HTML5 element names that libxml2 2.9's HTML 4
/// parser does not know ("Tag main invalid", error 801) are not errors in a modern page and are
/// not counted.
private final class ErrorCollector {
    private(set) var count = 0
    private(set) var first: String?

    func record(_ error: xmlError) {
        guard error.level.rawValue >= XML_ERR_ERROR.rawValue, error.code != Int32(XML_HTML_UNKNOWN_TAG.rawValue) else { return }
        count += 1
        if first == nil, let message = error.message {
            first = String(cString: message).trimmingSpaces().replacingNewlines()
        }
    }
}

private extension String {
    func replacingNewlines() -> String { split(whereSeparator: \.isNewline).joined(separator: " ") }
    func replacingSpaces() -> String { filter { $0 != " " } }
}
