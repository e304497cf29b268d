import Docket
import FuzzSupport

/// libFuzzer entry: any bytes as an HTML page, through libxml2 and the whole pipeline.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTML(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = try? Extraction().paper(bytes: bytes, source: DocumentSource(filePath: "/dev/null", displayPath: "fuzz.html"))
    return 0
}

@_cdecl("FuzzHTML_main")
public func FuzzHTMLMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    runLibFuzzer(argc, argv, fuzzHTML)
}
