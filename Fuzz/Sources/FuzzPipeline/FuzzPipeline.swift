import Docket
import FuzzSupport

/// libFuzzer entry: any bytes as a pipeline definition; it must load or be rejected with a
/// `PipelineError`, never crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPipeline(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = try? Pipeline.parse(text, file: "fuzz.yml")
    return 0
}

@_cdecl("FuzzPipeline_main")
public func FuzzPipelineMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    runLibFuzzer(argc, argv, fuzzPipeline)
}
