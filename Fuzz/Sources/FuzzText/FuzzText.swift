import Docket
import FuzzSupport

/// libFuzzer entry: any bytes as a text paper, through reading, normalizing, segmenting and
/// every extractor. A thrown `DocketError` is a correct answer; a crash is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzText(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = try? Extraction().paper(bytes: bytes, source: DocumentSource(filePath: "/dev/null", displayPath: "fuzz.txt"))
    _ = try? Extraction().paper(bytes: bytes, source: DocumentSource(filePath: "/dev/null", displayPath: "fuzz.md"))
    return 0
}

@_cdecl("FuzzText_main")
public func FuzzTextMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    runLibFuzzer(argc, argv, fuzzText)
}
