import Foundation

/// A JSON `Encoder` that writes exactly what Foundation's `JSONEncoder` writes with
/// `[.sortedKeys, .withoutEscapingSlashes]` — compact canonical JSON (`CanonicalJSON` indents
/// it when asked) — several times faster: every value goes straight into one byte buffer, and
/// an object whose keys arrived out of order is put in order once, when it closes, by moving
/// its members' bytes, instead of building Foundation's boxed value tree.
///
/// Byte-for-byte equality with `JSONEncoder` is what makes it safe to swap in; `CanonicalJSONTests`
/// checks it on every fixture paper, on the real corpus when present, and on hostile strings.
/// Numbers `JSONEncoder` would print in exponent form are handed to `JSONEncoder` itself.
enum CanonicalEncoder {
    static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let output = Output()
        try output.write(value)
        return output.bytes
    }
}

/// The bytes written so far.
private final class Output {
    var bytes: [UInt8] = []

    init() { bytes.reserveCapacity(16 * 1024) }

    /// Writes one value: scalars directly, anything else through its `encode(to:)`.
    ///
    /// The containers leave every primitive to this one generic path (their protocols forward
    /// `encode(Int8)` and the rest to it), so each type is handled here once.
    func write<T: Encodable>(_ value: T) throws {
        // Comparing metatypes is cheap; a dynamic cast to each candidate type is not.
        if T.self == String.self { return JSONText.appendQuoted(value as! String, to: &bytes) }
        if T.self == Int.self { return JSONText.appendInteger(value as! Int, to: &bytes) }
        if T.self == Double.self { return bytes += try JSONText.number(value as! Double) }
        if T.self == Bool.self { return bytes += JSONText.bool(value as! Bool) }
        if T.self == Int64.self { return JSONText.appendInteger(value as! Int64, to: &bytes) }
        if T.self == Int32.self { return JSONText.appendInteger(value as! Int32, to: &bytes) }
        if T.self == Int16.self { return JSONText.appendInteger(value as! Int16, to: &bytes) }
        if T.self == Int8.self { return JSONText.appendInteger(value as! Int8, to: &bytes) }
        if T.self == UInt.self { return JSONText.appendInteger(value as! UInt, to: &bytes) }
        if T.self == UInt64.self { return JSONText.appendInteger(value as! UInt64, to: &bytes) }
        if T.self == UInt32.self { return JSONText.appendInteger(value as! UInt32, to: &bytes) }
        if T.self == UInt16.self { return JSONText.appendInteger(value as! UInt16, to: &bytes) }
        if T.self == UInt8.self { return JSONText.appendInteger(value as! UInt8, to: &bytes) }
        if T.self == Float.self { return bytes += try JSONText.number(value as! Float) }
        if T.self == Span.self { return JSONText.appendSpan(value as! Span, to: &bytes) }
        let encoder = ValueEncoder(output: self)
        try value.encode(to: encoder)
        encoder.close()
    }
}

/// The encoder of one value: the object or array it opens (at most one), with where its
/// members start and end in the output, so that `close()` can put the keys in order.
private final class ValueEncoder: Encoder {
    enum Shape { case none, single, object, array }

    /// One member (object) or element (array): its bytes in the output — `"key":value`
    /// without the comma — or, for a container opened with `nestedContainer` or
    /// `superEncoder`, the encoder that holds its bytes apart until this one closes.
    struct Member {
        var key: String
        var start: Int
        var end: Int
        var apart: ValueEncoder?
    }

    let output: Output
    var shape = Shape.none
    var start = 0
    var members: [Member] = []
    /// Whether the members are in key order as written, with no key twice and none apart.
    var inOrder = true
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(output: Output) { self.output = output }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        open(.object)
        return KeyedEncodingContainer(ObjectContainer<Key>(encoder: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        open(.array)
        return ArrayContainer(encoder: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        shape = .single
        return SingleContainer(encoder: self)
    }

    private func open(_ kind: Shape) {
        guard shape != kind else { return }
        shape = kind
        output.bytes.append(kind == .object ? 0x7B : 0x5B)
        start = output.bytes.count
    }

    /// Starts a member: the comma before it and, in an object, its key.
    func beginMember(key: String?) -> Int {
        if !members.isEmpty { output.bytes.append(0x2C) }
        let memberStart = output.bytes.count
        if let key {
            if let previous = members.last?.key, !previous.utf8.lexicographicallyPrecedes(key.utf8) { inOrder = false }
            JSONText.appendQuoted(key, to: &output.bytes)
            output.bytes.append(0x3A)
        }
        return memberStart
    }

    func endMember(key: String?, start memberStart: Int) {
        members.append(Member(key: key ?? "", start: memberStart, end: output.bytes.count, apart: nil))
    }

    /// A member written by an encoder of its own (nested containers, super encoders).
    func memberApart(key: String?) -> ValueEncoder {
        let apart = ValueEncoder(output: Output())
        members.append(Member(key: key ?? "", start: 0, end: 0, apart: apart))
        inOrder = false
        return apart
    }

    /// Closes the container: members put in key order (the last of a repeated key kept, as
    /// `JSONEncoder` does) and the bracket written; a value that wrote nothing becomes `{}`.
    func close() {
        switch shape {
        case .none: output.bytes += [0x7B, 0x7D]
        case .single: break
        case .object, .array:
            if !inOrder { rewriteMembers() }
            output.bytes.append(shape == .object ? 0x7D : 0x5D)
        }
    }

    private func rewriteMembers() {
        // Member indices in key order (insertion sort: objects have a few dozen keys at most;
        // stable, so the last of equal keys stays last), then the region rewritten in it.
        var order = Array(members.indices)
        if shape == .object {
            for next in 1..<max(order.count, 1) {
                let moving = order[next]
                var slot = next
                while slot > 0, members[moving].key.utf8.lexicographicallyPrecedes(members[order[slot - 1]].key.utf8) {
                    order[slot] = order[slot - 1]
                    slot -= 1
                }
                order[slot] = moving
            }
        }
        let region = Array(output.bytes[start...])
        output.bytes.removeSubrange(start...)
        var first = true
        for (position, index) in order.enumerated() {
            let member = members[index]
            if shape == .object, position + 1 < order.count, members[order[position + 1]].key == member.key { continue }
            if !first { output.bytes.append(0x2C) }
            first = false
            if let apart = member.apart {
                if shape == .object {
                    JSONText.appendQuoted(member.key, to: &output.bytes)
                    output.bytes.append(0x3A)
                }
                apart.close()
                output.bytes += apart.output.bytes
            } else {
                output.bytes += region[(member.start - start)..<(member.end - start)]
            }
        }
    }
}

private struct ObjectContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: ValueEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil(forKey key: Key) throws {
        let start = encoder.beginMember(key: key.stringValue)
        encoder.output.bytes += JSONText.null
        encoder.endMember(key: key.stringValue, start: start)
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        let start = encoder.beginMember(key: key.stringValue)
        try encoder.output.write(value)
        encoder.endMember(key: key.stringValue, start: start)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        encoder.memberApart(key: key.stringValue).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        encoder.memberApart(key: key.stringValue).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { encoder.memberApart(key: "super") }
    mutating func superEncoder(forKey key: Key) -> any Encoder { encoder.memberApart(key: key.stringValue) }
}

private struct ArrayContainer: UnkeyedEncodingContainer {
    let encoder: ValueEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }
    var count: Int { encoder.members.count }

    mutating func encodeNil() throws {
        let start = encoder.beginMember(key: nil)
        encoder.output.bytes += JSONText.null
        encoder.endMember(key: nil, start: start)
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        let start = encoder.beginMember(key: nil)
        try encoder.output.write(value)
        encoder.endMember(key: nil, start: start)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        encoder.memberApart(key: nil).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        encoder.memberApart(key: nil).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { encoder.memberApart(key: nil) }
}

private struct SingleContainer: SingleValueEncodingContainer {
    let encoder: ValueEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil() throws { encoder.output.bytes += JSONText.null }
    mutating func encode<T: Encodable>(_ value: T) throws { try encoder.output.write(value) }
}

/// The text of JSON scalars as `JSONEncoder` writes them.
private enum JSONText {
    static let null = Array("null".utf8)

    static func bool(_ value: Bool) -> [UInt8] { Array((value ? "true" : "false").utf8) }

    static func appendInteger<I: FixedWidthInteger>(_ value: I, to out: inout [UInt8]) {
        if value >= 0 && value < 10 {
            out.append(0x30 + UInt8(value))
        } else if let wide = Int64(exactly: value) {
            // Digits written backwards into a small buffer, without a `String` per number.
            if wide < 0 { out.append(0x2D) }
            var magnitude = wide.magnitude
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
                var count = 0
                repeat {
                    digits[19 - count] = 0x30 + UInt8(magnitude % 10)
                    magnitude /= 10
                    count += 1
                } while magnitude > 0
                out.append(contentsOf: UnsafeBufferPointer(rebasing: digits[(20 - count)...]))
            }
        } else {
            out += String(value).utf8
        }
    }

    /// A `Span` as its synthesized `Codable` conformance writes it with sorted keys — `end`,
    /// `line`, `page` (left out when `nil`), `start` — straight into the buffer: every section,
    /// decision and amount carries one.
    static func appendSpan(_ span: Span, to out: inout [UInt8]) {
        out += spanEnd
        appendInteger(span.end, to: &out)
        out += spanLine
        appendInteger(span.line, to: &out)
        if let page = span.page {
            out += spanPage
            appendInteger(page, to: &out)
        }
        out += spanStart
        appendInteger(span.start, to: &out)
        out.append(0x7D)
    }

    private static let spanEnd = Array(#"{"end":"#.utf8)
    private static let spanLine = Array(#","line":"#.utf8)
    private static let spanPage = Array(#","page":"#.utf8)
    private static let spanStart = Array(#","start":"#.utf8)

    /// A number: integral values without a fraction ("1", "-0"), others as Swift prints them
    /// ("0.85"); exponent forms and non-finite values go to `JSONEncoder` (which formats the
    /// former its own way and rejects the latter).
    static func number(_ value: Double) throws -> [UInt8] {
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        if value.isFinite && !text.utf8.contains(where: { $0 == 0x65 || $0 == 0x45 }) { return Array(text.utf8) }
        return Array(try JSONEncoder().encode([value]).dropFirst().dropLast())
    }

    /// A `Float` (not in Docket's records) as `JSONEncoder` writes it.
    static func number(_ value: Float) throws -> [UInt8] {
        Array(try JSONEncoder().encode([value]).dropFirst().dropLast())
    }

    /// Appends a string in quotes with `"`, `\` and control characters escaped; `/` and
    /// everything else as it is.
    static func appendQuoted(_ string: String, to out: inout [UInt8]) {
        var string = string
        // Appending grows the output geometrically; a `reserveCapacity` for each string only
        // added its own check (0.25 % of the generated papers' instructions).
        string.withUTF8 { bytes in
            out.append(0x22)
            var runStart = 0
            for index in bytes.indices {
                let byte = bytes[index]
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                runStart = index + 1
                out.append(0x5C)
                switch byte {
                case 0x22: out.append(0x22)
                case 0x5C: out.append(0x5C)
                case 0x08: out.append(0x62)
                case 0x0C: out.append(0x66)
                case 0x0A: out.append(0x6E)
                case 0x0D: out.append(0x72)
                case 0x09: out.append(0x74)
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    out += [0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
            out.append(0x22)
        }
    }
}
