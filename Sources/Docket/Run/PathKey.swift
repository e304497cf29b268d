/// A relative path compared byte for byte. Swift's `String` equality is canonical equivalence,
/// so "café" in NFC and in NFD are equal strings — but they are two different files on Linux,
/// and the ledger must keep them apart. Paths are also ordered by their bytes, so every listing
/// Docket writes has one order on every machine.
struct PathKey: Hashable, Comparable, Sendable {
    let bytes: [UInt8]

    init(_ path: String) {
        bytes = Array(path.utf8)
    }

    static func < (a: PathKey, b: PathKey) -> Bool {
        a.bytes.lexicographicallyPrecedes(b.bytes)
    }
}

extension String {
    /// Byte order (see `PathKey`).
    func precedesByBytes(_ other: String) -> Bool {
        utf8.lexicographicallyPrecedes(other.utf8)
    }
}
