internal import CCrypto

/// SHA-256 (FIPS 180-4) over bytes, for content hashes of source files and pipelines.
///
/// Computed by OpenSSL's libcrypto (Debian: libssl-dev), the only user of `CCrypto`. A batch
/// run hashes every paper it meets, and a PDF's bytes are many times its text's: a Swift
/// implementation written here did about 140 MB/s on the benchmark machine, where libcrypto,
/// with the processor's SHA extensions, does about 1.5 GB/s (docs/MACHINE-NOTES.md).
/// The tests check it against the standard test vectors.
public enum SHA256 {
    /// The digest of `bytes` as 64 lower-case hex digits.
    public static func hex<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        let digest = bytes.withContiguousStorageIfAvailable(digest) ?? Array(bytes).withUnsafeBufferPointer(digest)
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in digest {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0xf)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The 32 bytes of the digest of `buffer`.
    private static func digest(_ buffer: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: 32)
        var length: UInt32 = 0
        let done = digest.withUnsafeMutableBufferPointer { out in
            // An empty buffer may have no base address; libcrypto reads nothing when the count is 0.
            EVP_Digest(buffer.baseAddress ?? UnsafePointer(out.baseAddress!), buffer.count, out.baseAddress, &length, EVP_sha256(), nil)
        }
        // EVP_Digest fails only when the library cannot allocate its context.
        precondition(done == 1 && length == 32, "libcrypto's SHA-256 failed")
        return digest
    }
}
