import Foundation

/// The one canonical encoding of Docket records: sorted keys, UTF-8, slashes unescaped, no
/// machine paths or timestamps in the records themselves — so the same input always gives the
/// same bytes. Compact (one line: the index, JSON Lines, the ledger) or pretty-printed with a
/// two-space indent (the record files), both exactly as Foundation's `JSONEncoder` writes them.
public enum CanonicalJSON {
    /// Pretty-printed or compact canonical JSON.
    public static func encode<T: Encodable>(_ value: T, pretty: Bool = true) throws -> Data {
        let compact = try CanonicalEncoder.encode(value)
        return Data(pretty ? indented(compact) : compact)
    }

    /// Both forms of one value, encoding it once.
    public static func encodeBoth<T: Encodable>(_ value: T) throws -> (pretty: Data, compact: Data) {
        let compact = try CanonicalEncoder.encode(value)
        return (Data(indented(compact)), Data(compact))
    }

    /// Canonical JSON as a string.
    public static func string<T: Encodable>(_ value: T, pretty: Bool = true) throws -> String {
        String(decoding: try encode(value, pretty: pretty), as: UTF8.self)
    }

    /// Compact canonical JSON laid out as `JSONEncoder`'s `.prettyPrinted` lays it out: each
    /// member and element on its own line, `" : "` between key and value, an empty container
    /// as its brackets around an empty line. Only the layout changes; strings are copied whole.
    static func indented(_ compact: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(compact.count * 2)
        var depth = 0
        let spaces = [UInt8](repeating: 0x20, count: 256)
        func newline(_ out: inout [UInt8]) {
            out.append(0x0A)
            var indent = 2 * depth
            while indent > 0 {
                let step = min(indent, spaces.count)
                out.append(contentsOf: spaces[..<step])
                indent -= step
            }
        }
        compact.withUnsafeBufferPointer { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case 0x22:  // a string, copied whole to its closing quote
                    var end = index + 1
                    while bytes[end] != 0x22 { end += bytes[end] == 0x5C ? 2 : 1 }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index...end]))
                    index = end
                case 0x7B, 0x5B:  // { [
                    out.append(byte)
                    if index + 1 < bytes.count, bytes[index + 1] == byte + 2 {  // {} []
                        out.append(0x0A)
                        newline(&out)
                        out.append(byte + 2)
                        index += 1
                    } else {
                        depth += 1
                        newline(&out)
                    }
                case 0x7D, 0x5D:  // } ]
                    depth -= 1
                    newline(&out)
                    out.append(byte)
                case 0x2C:  // ,
                    out.append(byte)
                    newline(&out)
                case 0x3A:  // :
                    out.append(0x20)
                    out.append(0x3A)
                    out.append(0x20)
                default:
                    out.append(byte)
                }
                index += 1
            }
        }
        return out
    }
}
