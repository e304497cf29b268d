import Foundation

/// A JSON `Encoder` that writes exactly what Foundation's `JSONEncoder` writes with
/// `[.sortedKeys, .withoutEscapingSlashes]` (and `.prettyPrinted` when asked), several times
/// faster: every value is written straight to UTF-8 bytes, and each object sorts its members
/// once when it is finished, instead of building Foundation's boxed value tree.
///
/// Byte-for-byte equality with `JSONEncoder` is what makes it safe to swap in; `CanonicalJSONTests`
/// checks it on every fixture paper, on the real corpus when present, and on hostile strings.
/// Numbers `JSONEncoder` would print in exponent form are handed to `JSONEncoder` itself.
struct CanonicalEncoder {
    let pretty: Bool

    func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        try ValueWriter.bytes(of: value, depth: 0, pretty: pretty)
    }
}

/// One value being encoded: whatever container its `encode(to:)` asks for collects the parts,
/// and `finish()` joins them into the value's JSON text at its depth.
private final class ValueWriter: Encoder {
    let depth: Int
    let pretty: Bool
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    private enum Content {
        case nothing
        case scalar([UInt8])
        case object(ObjectParts)
        case array(ArrayParts)
    }

    private var content = Content.nothing

    init(depth: Int, pretty: Bool) {
        self.depth = depth
        self.pretty = pretty
    }

    /// The JSON text of `value` as it stands at `depth`.
    static func bytes<T: Encodable>(of value: T, depth: Int, pretty: Bool) throws -> [UInt8] {
        // Comparing metatypes is cheap; a dynamic cast to each candidate type is not.
        if T.self == String.self { return JSONText.quoted(value as! String) }
        if T.self == Int.self { return JSONText.integer(value as! Int) }
        if T.self == Int64.self { return JSONText.integer(value as! Int64) }
        if T.self == Double.self { return try JSONText.number(value as! Double) }
        if T.self == Bool.self { return JSONText.bool(value as! Bool) }
        let writer = ValueWriter(depth: depth, pretty: pretty)
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

    /// A child value one level deeper than this one.
    func child<T: Encodable>(_ value: T) throws -> [UInt8] {
        try Self.bytes(of: value, depth: depth + 1, pretty: pretty)
    }

    func finish() -> [UInt8] {
        switch content {
        case .nothing: return JSONText.joined([], open: 0x7B, close: 0x7D, depth: depth, pretty: pretty)
        case .scalar(let bytes): return bytes
        case .object(let parts):
            let members = parts.members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            let texts = members.map { member -> [UInt8] in
                var text = JSONText.quoted(member.key)
                text += pretty ? Array(" : ".utf8) : [0x3A]
                text += member.value.bytes()
                return text
            }
            return JSONText.joined(texts, open: 0x7B, close: 0x7D, depth: depth, pretty: pretty)
        case .array(let parts):
            return JSONText.joined(parts.items.map { $0.bytes() }, open: 0x5B, close: 0x5D, depth: depth, pretty: pretty)
        }
    }
}

/// A member or element: its finished text, or a nested container finished with its parent.
private enum Part {
    case text([UInt8])
    case nested(ValueWriter)

    func bytes() -> [UInt8] {
        switch self {
        case .text(let bytes): return bytes
        case .nested(let writer): return writer.finish()
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
        parts.set(key.stringValue, .text(try writer.child(value)))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let nested = ValueWriter(depth: writer.depth + 1, pretty: writer.pretty)
        parts.set(key.stringValue, .nested(nested))
        return nested.container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = ValueWriter(depth: writer.depth + 1, pretty: writer.pretty)
        parts.set(key.stringValue, .nested(nested))
        return nested.unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { superEncoder(forKey: Key(stringValue: "super")!) }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        let nested = ValueWriter(depth: writer.depth + 1, pretty: writer.pretty)
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
    mutating func encode<T: Encodable>(_ value: T) throws { parts.items.append(.text(try writer.child(value))) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let nested = ValueWriter(depth: writer.depth + 1, pretty: writer.pretty)
        parts.items.append(.nested(nested))
        return nested.container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = ValueWriter(depth: writer.depth + 1, pretty: writer.pretty)
        parts.items.append(.nested(nested))
        return nested.unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        let nested = ValueWriter(depth: writer.depth + 1, pretty: writer.pretty)
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
        writer.setScalar(try ValueWriter.bytes(of: value, depth: writer.depth, pretty: writer.pretty))
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
        var string = string
        return string.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 2)
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
            return out
        }
    }

    /// Members or elements between brackets: one per line, indented two spaces a level, when
    /// pretty (an empty container keeps an empty line inside, as `JSONEncoder` prints it).
    static func joined(_ parts: [[UInt8]], open: UInt8, close: UInt8, depth: Int, pretty: Bool) -> [UInt8] {
        var out: [UInt8] = [open]
        guard pretty else {
            for (index, part) in parts.enumerated() {
                if index > 0 { out.append(0x2C) }
                out += part
            }
            out.append(close)
            return out
        }
        let inner = [UInt8](repeating: 0x20, count: 2 * (depth + 1))
        out.append(0x0A)
        if parts.isEmpty { out.append(0x0A) }
        for (index, part) in parts.enumerated() {
            out += inner
            out += part
            out += index + 1 < parts.count ? [0x2C, 0x0A] : [0x0A]
        }
        out += [UInt8](repeating: 0x20, count: 2 * depth)
        out.append(close)
        return out
    }
}
