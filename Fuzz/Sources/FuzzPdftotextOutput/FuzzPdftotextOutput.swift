import Docket
import FuzzSupport

/// libFuzzer entry: any bytes as the text `pdftotext -layout` printed for a PDF (form feeds
/// between pages), through the PDF reader's parser and the whole pipeline.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPdftotextOutput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = try? Extraction().paper(pdftotextOutput: text, source: DocumentSource(filePath: "/dev/null", displayPath: "fuzz.pdf"))
    return 0
}

@_cdecl("FuzzPdftotextOutput_main")
public func FuzzPdftotextOutputMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    runLibFuzzer(argc, argv, fuzzPdftotextOutput)
}
