import Docket
import DocketIndex
import DocketModel
import Foundation
import Testing

/// `CanonicalJSON` writes with its own encoder; these tests hold it to the bytes Foundation's
/// `JSONEncoder` writes with the same options, on real records and on awkward values.
struct CanonicalJSONTests {
    static func foundation<T: Encodable>(_ value: T, pretty: Bool) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func expectSameBytes<T: Encodable>(_ value: T, _ label: String) throws {
        for pretty in [true, false] {
            let ours = try CanonicalJSON.string(value, pretty: pretty)
            let theirs = try foundation(value, pretty: pretty)
            #expect(ours == theirs, "\(label) (pretty: \(pretty)) differs from JSONEncoder")
        }
    }

    @Test(arguments: try TestPaths.paperFiles())
    func fixturePapersEncodeAsJSONEncoderDoes(file: URL) throws {
        if file.pathExtension == "pdf", TestPaths.tool("pdftotext") == nil { return }
        let paper = try Extraction().paper(for: DocumentSource(filePath: file.path, displayPath: file.lastPathComponent))
        try Self.expectSameBytes(paper, file.lastPathComponent)
    }

    @Test(.enabled(if: TestPaths.corpus != nil && TestPaths.tool("pdftotext") != nil,
                   "../shared/corpus or pdftotext is missing: real-paper encoding check skipped"))
    func realPapersEncodeAsJSONEncoderDoes() throws {
        let corpus = try #require(TestPaths.corpus)
        let files = FileManager.default.enumerator(at: corpus, includingPropertiesForKeys: nil)!
            .compactMap { $0 as? URL }
            .filter { ["pdf", "html", "htm", "txt"].contains($0.pathExtension) && !$0.path.contains("/gold/") }
        #expect(files.count >= 10)
        for file in files {
            guard let paper = try? Extraction().paper(for: DocumentSource(filePath: file.path, displayPath: file.lastPathComponent)) else { continue }
            try Self.expectSameBytes(paper, file.lastPathComponent)
        }
    }

    struct Awkward: Codable {
        var strings: [String]
        var numbers: [Double]
        var integers: [Int64]
        var keyed: [String: Int]
        var nested: [[String: [Int]]]
        var optional: String?
        var present: String?
        var flags: [Bool]
    }

    @Test func awkwardValuesEncodeAsJSONEncoderDoes() throws {
        let controls = String(String.UnicodeScalarView((0..<0x20).map { Unicode.Scalar(UInt8($0)) }))
        let value = Awkward(
            strings: ["", controls, "quote \" backslash \\ slash /", "\u{7F}\u{2028}\u{2029}", "£ – ’ é 👩🏽‍⚖️", "\r\n", "a\u{301}"],
            numbers: [0, -0.0, 1, 0.85, 0.1 + 0.2, 1e-7, 1e20, 123.456, -2.5, Double(Int32.max)],
            integers: [0, -1, Int64.max, Int64.min],
            keyed: ["b": 1, "a": 2, "B": 3, "é": 4, "aa": 5, "a_b": 6, "": 7],
            nested: [[:], ["x": []], ["y": [1, 2]]],
            optional: nil, present: "here", flags: [true, false])
        try Self.expectSameBytes(value, "awkward values")
        try Self.expectSameBytes([String: String](), "an empty object")
        try Self.expectSameBytes([Int](), "an empty array")
        try Self.expectSameBytes("top-level string", "a top-level string")
    }

    /// An encoding written by hand with every container kind Codable offers.
    struct HandWritten: Encodable {
        enum Key: String, CodingKey { case zeta, alpha, nested, list, again, `super` }
        struct Inner: Encodable { var b = 2, a = "x" }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode("z", forKey: .zeta)
            var nested = container.nestedContainer(keyedBy: Key.self, forKey: .nested)
            try nested.encode(Inner(), forKey: .list)
            try container.encode(1, forKey: .alpha)
            var list = container.nestedUnkeyedContainer(forKey: .list)
            try list.encode(3)
            var inList = list.nestedContainer(keyedBy: Key.self)
            try inList.encode(true, forKey: .zeta)
            try inList.encodeNil(forKey: .alpha)
            var deeper = list.nestedUnkeyedContainer()
            try deeper.encode("deep")
            try list.encode(Inner())
            try nested.encode([Int](), forKey: .alpha)  // written after its parent moved on
            try container.encode("first", forKey: .again)
            try container.encode("second", forKey: .again)  // the last write of a key wins
            try Inner().encode(to: container.superEncoder())
        }
    }

    @Test func everyContainerKindEncodesAsJSONEncoderDoes() throws {
        try Self.expectSameBytes(HandWritten(), "hand-written containers")
        try Self.expectSameBytes([HandWritten(), HandWritten()], "an array of them")
    }

    /// Every primitive type Codable knows, keyed, in arrays and alone.
    struct Primitives: Codable {
        var int8: Int8 = -8, int16: Int16 = -16, int32: Int32 = .min, int64: Int64 = .max, int = -1
        var uint: UInt = .max, uint8: UInt8 = 255, uint16: UInt16 = 16, uint32: UInt32 = 32, uint64: UInt64 = .max
        var float: Float = 0.1, double = 2.5, flag = true, text = "t", missing: Int8? = nil
        var list8: [Int8] = [1, -2], listFloat: [Float] = [1.5, 3], flags: [Bool] = [false]
    }

    @Test func everyPrimitiveEncodesAsJSONEncoderDoes() throws {
        try Self.expectSameBytes(Primitives(), "primitives")
        try Self.expectSameBytes(Int8(-3), "a top-level Int8")
        try Self.expectSameBytes(UInt64.max, "a top-level UInt64")
        try Self.expectSameBytes(Float(0.3), "a top-level Float")
        try Self.expectSameBytes(true, "a top-level Bool")
    }

    @Test func nonFiniteNumbersAreRejected() {
        #expect(throws: (any Error).self) { try CanonicalJSON.encode([Double.nan]) }
        #expect(throws: (any Error).self) { try CanonicalJSON.encode(["x": Double.infinity]) }
    }
}
