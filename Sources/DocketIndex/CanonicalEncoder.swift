import Foundation

/// A JSON `Encoder` that writes exactly what Foundation's `JSONEncoder` writes with
/// `[.sortedKeys, .withoutEscapingSlashes]` — compact canonical JSON (`CanonicalJSON` indents
/// it when asked) — several times faster: every value is written straight to UTF-8 bytes,
/// and each object sorts its members once when it is finished, instead of building
/// Foundation's boxed value tree.
///
/// Byte-for-byte equality with `JSONEncoder` is what makes it safe to swap in; `CanonicalJSONTests`
/// checks it on every fixture paper, on the real corpus when present, and on hostile strings.
/// Numbers `JSONEncoder` would print in exponent form are handed to `JSONEncoder` itself.
enum CanonicalEncoder {
    static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        try ValueWriter.bytes(of: value)
    }
}

/// One value being encoded: whatever container its `encode(to:)` asks for collects the parts,
/// and `finish()` joins them into the value's JSON text.
private final class ValueWriter: Encoder {
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    private enum Content {
        case nothing
        case scalar([UInt8])
        case object(ObjectParts)
        case array(ArrayParts)
    }

    private var content = Content.nothing

    /// The JSON text of `value`.
    static func bytes<T: Encodable>(of value: T) throws -> [UInt8] {
        // Comparing metatypes is cheap; a dynamic cast to each candidate type is not.
        if T.self == String.self { return JSONText.quoted(value as! String) }
        if T.self == Int.self { return JSONText.integer(value as! Int) }
        if T.self == Int64.self { return JSONText.integer(value as! Int64) }
        if T.self == Double.self { return try JSONText.number(value as! Double) }
        if T.self == Bool.self { return JSONText.bool(value as! Bool) }
        let writer = ValueWriter()
        try value.encode(to: writer)
        return writer.finish()
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let parts: ObjectParts
        if case .object(let existing) = content {
            parts = existing
        } else {
            parts = ObjectParts()
            content = .object(parts)
        }
        return KeyedEncodingContainer(ObjectContainer<Key>(writer: self, parts: parts))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let parts: ArrayParts
        if case .array(let existing) = content {
            parts = existing
        } else {
            parts = ArrayParts()
            content = .array(parts)
        }
        return ArrayContainer(writer: self, parts: parts)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleContainer(writer: self)
    }

    func setScalar(_ bytes: [UInt8]) { content = .scalar(bytes) }

    func finish() -> [UInt8] {
        switch content {
        case .nothing: return [0x7B, 0x7D]
        case .scalar(let bytes): return bytes
        case .object(let parts):
            var out: [UInt8] = [0x7B]
            for (index, member) in parts.members.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }).enumerated() {
                if index > 0 { out.append(0x2C) }
                JSONText.appendQuoted(member.key, to: &out)
                out.append(0x3A)
                member.value.append(to: &out)
            }
            out.append(0x7D)
            return out
        case .array(let parts):
            var out: [UInt8] = [0x5B]
            for (index, item) in parts.items.enumerated() {
                if index > 0 { out.append(0x2C) }
                item.append(to: &out)
            }
            out.append(0x5D)
            return out
        }
    }
}

/// A member or element: its finished text, or a nested container finished with its parent.
private enum Part {
    case text([UInt8])
    case nested(ValueWriter)

    func append(to out: inout [UInt8]) {
        switch self {
        case .text(let bytes): out += bytes
        case .nested(let writer): out += writer.finish()
        }
    }
}

private final class ObjectParts {
    var members: [(key: String, value: Part)] = []

    func set(_ key: String, _ value: Part) {
        if let index = members.firstIndex(where: { $0.key == key }) {
            members[index].value = value  // as JSONEncoder does: the last write of a key wins
        } else {
            members.append((key, value))
        }
    }
}

private final class ArrayParts {
    var items: [Part] = []
}

private struct ObjectContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let writer: ValueWriter
    let parts: ObjectParts
    var codingPath: [any CodingKey] { writer.codingPath }

    mutating func encodeNil(forKey key: Key) throws { parts.set(key.stringValue, .text(JSONText.null)) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { parts.set(key.stringValue, .text(JSONText.bool(value))) }
    mutating func encode(_ value: String, forKey key: Key) throws { parts.set(key.stringValue, .text(JSONText.quoted(value))) }
    mutating func encode(_ value: Int, forKey key: Key) throws { parts.set(key.stringValue, .text(JSONText.integer(value))) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { parts.set(key.stringValue, .text(JSONText.integer(value))) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { parts.set(key.stringValue, .text(JSONText.integer(value))) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { parts.set(key.stringValue, .text(JSONText.integer(value))) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { parts.set(key.stringValue, .text(JSONText.integer(value))) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { parts.set(key.stringValue, .text(JSONText.integer(value))) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { parts.set(key.stringValue, .text(JSONText.integer(value))) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { parts.set(key.stringValue, .text(JSONText.integer(value))) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { parts.set(key.stringValue, .text(JSONText.integer(value))) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { parts.set(key.stringValue, .text(JSONText.integer(value))) }
    mutating func encode(_ value: Float, forKey key: Key) throws { parts.set(key.stringValue, .text(try JSONText.number(value))) }
    mutating func encode(_ value: Double, forKey key: Key) throws { parts.set(key.stringValue, .text(try JSONText.number(value))) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        parts.set(key.stringValue, .text(try ValueWriter.bytes(of: value)))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let nested = ValueWriter()
        parts.set(key.stringValue, .nested(nested))
        return nested.container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = ValueWriter()
        parts.set(key.stringValue, .nested(nested))
        return nested.unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { superEncoder(forKey: Key(stringValue: "super")!) }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        let nested = ValueWriter()
        parts.set(key.stringValue, .nested(nested))
        return nested
    }
}

private struct ArrayContainer: UnkeyedEncodingContainer {
    let writer: ValueWriter
    let parts: ArrayParts
    var codingPath: [any CodingKey] { writer.codingPath }
    var count: Int { parts.items.count }

    mutating func encodeNil() throws { parts.items.append(.text(JSONText.null)) }
    mutating func encode(_ value: Bool) throws { parts.items.append(.text(JSONText.bool(value))) }
    mutating func encode(_ value: String) throws { parts.items.append(.text(JSONText.quoted(value))) }
    mutating func encode(_ value: Int) throws { parts.items.append(.text(JSONText.integer(value))) }
    mutating func encode(_ value: Int8) throws { parts.items.append(.text(JSONText.integer(value))) }
    mutating func encode(_ value: Int16) throws { parts.items.append(.text(JSONText.integer(value))) }
    mutating func encode(_ value: Int32) throws { parts.items.append(.text(JSONText.integer(value))) }
    mutating func encode(_ value: Int64) throws { parts.items.append(.text(JSONText.integer(value))) }
    mutating func encode(_ value: UInt) throws { parts.items.append(.text(JSONText.integer(value))) }
    mutating func encode(_ value: UInt8) throws { parts.items.append(.text(JSONText.integer(value))) }
    mutating func encode(_ value: UInt16) throws { parts.items.append(.text(JSONText.integer(value))) }
    mutating func encode(_ value: UInt32) throws { parts.items.append(.text(JSONText.integer(value))) }
    mutating func encode(_ value: UInt64) throws { parts.items.append(.text(JSONText.integer(value))) }
    mutating func encode(_ value: Float) throws { parts.items.append(.text(try JSONText.number(value))) }
    mutating func encode(_ value: Double) throws { parts.items.append(.text(try JSONText.number(value))) }
    mutating func encode<T: Encodable>(_ value: T) throws { parts.items.append(.text(try ValueWriter.bytes(of: value))) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let nested = ValueWriter()
        parts.items.append(.nested(nested))
        return nested.container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = ValueWriter()
        parts.items.append(.nested(nested))
        return nested.unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        let nested = ValueWriter()
        parts.items.append(.nested(nested))
        return nested
    }
}

private struct SingleContainer: SingleValueEncodingContainer {
    let writer: ValueWriter
    var codingPath: [any CodingKey] { writer.codingPath }

    mutating func encodeNil() throws { writer.setScalar(JSONText.null) }
    mutating func encode(_ value: Bool) throws { writer.setScalar(JSONText.bool(value)) }
    mutating func encode(_ value: String) throws { writer.setScalar(JSONText.quoted(value)) }
    mutating func encode(_ value: Int) throws { writer.setScalar(JSONText.integer(value)) }
    mutating func encode(_ value: Int8) throws { writer.setScalar(JSONText.integer(value)) }
    mutating func encode(_ value: Int16) throws { writer.setScalar(JSONText.integer(value)) }
    mutating func encode(_ value: Int32) throws { writer.setScalar(JSONText.integer(value)) }
    mutating func encode(_ value: Int64) throws { writer.setScalar(JSONText.integer(value)) }
    mutating func encode(_ value: UInt) throws { writer.setScalar(JSONText.integer(value)) }
    mutating func encode(_ value: UInt8) throws { writer.setScalar(JSONText.integer(value)) }
    mutating func encode(_ value: UInt16) throws { writer.setScalar(JSONText.integer(value)) }
    mutating func encode(_ value: UInt32) throws { writer.setScalar(JSONText.integer(value)) }
    mutating func encode(_ value: UInt64) throws { writer.setScalar(JSONText.integer(value)) }
    mutating func encode(_ value: Float) throws { writer.setScalar(try JSONText.number(value)) }
    mutating func encode(_ value: Double) throws { writer.setScalar(try JSONText.number(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        writer.setScalar(try ValueWriter.bytes(of: value))
    }
}

/// The text of JSON scalars and the layout of containers, as `JSONEncoder` writes them.
private enum JSONText {
    static let null = Array("null".utf8)

    static func bool(_ value: Bool) -> [UInt8] { Array((value ? "true" : "false").utf8) }

    static func integer<I: FixedWidthInteger>(_ value: I) -> [UInt8] { Array(String(value).utf8) }

    /// A `Float` (not in Docket's records) as `JSONEncoder` writes it.
    static func number(_ value: Float) throws -> [UInt8] {
        Array(try JSONEncoder().encode([value]).dropFirst().dropLast())
    }

    /// A number: integral values without a fraction ("1", "-0"), others as Swift prints them
    /// ("0.85"); exponent forms and non-finite values go to `JSONEncoder` (which formats the
    /// former its own way and rejects the latter).
    static func number(_ value: Double) throws -> [UInt8] {
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        if value.isFinite && !text.utf8.contains(where: { $0 == 0x65 || $0 == 0x45 }) { return Array(text.utf8) }
        let encoded = try JSONEncoder().encode([value])
        return Array(encoded.dropFirst().dropLast())
    }

    /// A string in quotes with `"`, `\` and control characters escaped; `/` and everything
    /// else as it is.
    static func quoted(_ string: String) -> [UInt8] {
        var out: [UInt8] = []
        appendQuoted(string, to: &out)
        return out
    }

    static func appendQuoted(_ string: String, to out: inout [UInt8]) {
        var string = string
        string.withUTF8 { bytes in
            out.reserveCapacity(out.count + bytes.count + 2)
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
