import DocketModel
import Foundation

/// The one canonical encoding of Docket records: sorted keys, UTF-8, slashes unescaped, no
/// machine paths or timestamps in the records themselves — so the same input always gives the
/// same bytes.
public enum CanonicalJSON {
    /// Pretty-printed (two-space indent) or compact (one line) canonical JSON.
    public static func encode<T: Encodable>(_ value: T, pretty: Bool = true) throws -> Data {
        Data(try CanonicalEncoder(pretty: pretty).encode(value))
    }

    /// Canonical JSON as a string.
    public static func string<T: Encodable>(_ value: T, pretty: Bool = true) throws -> String {
        String(decoding: try encode(value, pretty: pretty), as: UTF8.self)
    }
}
