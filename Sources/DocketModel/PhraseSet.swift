/// A fixed list of phrases searched for together in one pass over a text's UTF-8 bytes — for
/// the vocabularies a rule asks "does any of these occur?" of every line or paragraph
/// ("it was agreed", "resolved that", …), which one `utf8Contains` per phrase would scan the
/// text for again and again.
///
/// Only two bytes that open some phrase start a comparison, and then only with the phrases
/// they open, so a pass costs about one table look-up per byte. With `caseInsensitive`, ASCII
/// letters match either case (other bytes exactly), as in `utf8Range(of:caseInsensitive:)`.
public struct PhraseSet: Sendable {
    public let phrases: [String]
    private let bytes: [[UInt8]]
    /// For each pair of bytes (after folding), indexed by first byte × 256 + second: 0 when it
    /// opens no phrase, else one more than the index in `groups` of the phrases it opens.
    private let opens: [UInt8]
    /// The indices in `bytes` of the phrases an opening pair opens. The first group holds every
    /// phrase: it stands for the pairs a one-byte phrase opens, and for any pair once 255 groups
    /// are made (a set that large is compared the slow way).
    private let groups: [[Int]]
    private let caseInsensitive: Bool

    public init(_ phrases: [String], caseInsensitive: Bool = false) {
        self.phrases = phrases
        self.caseInsensitive = caseInsensitive
        let bytes = phrases.filter { !$0.isEmpty }.map { phrase in phrase.utf8.map { caseInsensitive ? Self.fold($0) : $0 } }
        var opens = [UInt8](repeating: 0, count: 1 << 16)
        var groups = [Array(bytes.indices)]
        for (index, phrase) in bytes.enumerated() {
            let head = Int(phrase[0]) << 8
            guard phrase.count > 1 else {
                for second in 0..<256 { opens[head | second] = 1 }
                continue
            }
            let pair = head | Int(phrase[1])
            switch opens[pair] {
            case 1: continue  // compared with every phrase already
            case 0 where groups.count == 255: opens[pair] = 1
            case 0:
                groups.append([index])
                opens[pair] = UInt8(groups.count)
            default: groups[Int(opens[pair]) - 1].append(index)
            }
        }
        self.bytes = bytes
        self.opens = opens
        self.groups = groups
    }

    @inline(__always) private static func fold(_ byte: UInt8) -> UInt8 {
        byte &- 0x41 < 26 ? byte | 0x20 : byte
    }

    /// Whether any phrase occurs in `text`; with `padded`, as if a space stood before and after
    /// it (so " will " finds "will" at either end of the text).
    @inlinable public func occurs<Text: StringProtocol>(in text: Text, padded: Bool = false) -> Bool {
        if let found = text.utf8.withContiguousStorageIfAvailable({ occurs(in: $0, padded: padded) }) { return found }
        return Array(text.utf8).withUnsafeBufferPointer { occurs(in: $0, padded: padded) }
    }

    @usableFromInline func occurs(in text: UnsafeBufferPointer<UInt8>, padded: Bool) -> Bool {
        guard padded else { return occurs(in: text) }
        // The text between two spaces, in a buffer of its own (on the stack when it is short).
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: text.count + 2) { spaced in
            spaced[0] = 0x20
            spaced[text.count + 1] = 0x20
            if let base = text.baseAddress { (spaced.baseAddress! + 1).update(from: base, count: text.count) }
            return occurs(in: UnsafeBufferPointer(spaced))
        }
    }

    private func occurs(in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !text.isEmpty else { return false }
        return opens.withUnsafeBufferPointer { opens in
            // Each byte is folded once: the pair's second byte is the next pair's first.
            var head = caseInsensitive ? Self.fold(text[0]) : text[0]
            for start in text.indices {
                // The byte after the text's last is taken as 0, which no phrase holds.
                let second = start + 1 < text.count ? (caseInsensitive ? Self.fold(text[start + 1]) : text[start + 1]) : 0
                defer { head = second }
                let group = opens[Int(head) << 8 | Int(second)]
                guard group != 0 else { continue }
                for phrase in groups[Int(group) - 1] {
                    let phrase = bytes[phrase]
                    guard phrase[0] == head && start + phrase.count <= text.count else { continue }
                    var offset = 1
                    if caseInsensitive {
                        while offset < phrase.count && Self.fold(text[start + offset]) == phrase[offset] { offset += 1 }
                    } else {
                        while offset < phrase.count && text[start + offset] == phrase[offset] { offset += 1 }
                    }
                    if offset == phrase.count { return true }
                }
            }
            return false
        }
    }
}
