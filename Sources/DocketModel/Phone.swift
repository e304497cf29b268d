/// A telephone number as printed and in E.164 form.
public struct Phone: Codable, Hashable, Sendable {
    /// As printed ("01634 331106").
    public var raw: String
    /// E.164 ("+441634331106"), when the number could be understood.
    public var e164: String?
    /// An extension ("1234" from "ext 1234"), if printed.
    public var ext: String?

    public init(raw: String, e164: String?, ext: String? = nil) {
        self.raw = raw
        self.e164 = e164
        self.ext = ext
    }

    /// In key order (the raw values' bytes): `CanonicalEncoder` then writes each object
    /// as its members arrive, with no reordering.
    enum CodingKeys: String, CodingKey {
        case e164, ext, raw
    }
}
