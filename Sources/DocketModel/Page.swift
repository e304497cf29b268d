/// One page of a paper: its blocks in reading order. Sources without pages have one page.
public struct Page: Codable, Hashable, Sendable {
    /// 1-based page number.
    public var number: Int
    public var blocks: [Block]

    public init(number: Int, blocks: [Block]) {
        self.number = number
        self.blocks = blocks
    }

    /// In key order (the raw values' bytes): `CanonicalEncoder` then writes each object
    /// as its members arrive, with no reordering.
    enum CodingKeys: String, CodingKey {
        case blocks, number
    }
}
