/// A sum of money printed in a paper ("£1.2m"), with its value in pence.
public struct Amount: Codable, Hashable, Sendable {
    /// As printed.
    public var text: String
    /// The value in pence (£1.2m is 120,000,000 pence).
    public var pence: Int64
    public var span: Span

    public init(text: String, pence: Int64, span: Span) {
        self.text = text
        self.pence = pence
        self.span = span
    }

    /// In key order (the raw values' bytes): `CanonicalEncoder` then writes each object
    /// as its members arrive, with no reordering.
    enum CodingKeys: String, CodingKey {
        case pence, span, text
    }
}
