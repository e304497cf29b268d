// swift-tools-version:6.0
// libFuzzer targets for Docket, built with `-sanitize=fuzzer,address` by Fuzz/run.sh.
import PackageDescription

let package = Package(
    name: "DocketFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "Docket", path: "..")],
    targets: [
        .target(name: "FuzzSupport"),
        .executableTarget(name: "FuzzText", dependencies: ["FuzzSupport", .product(name: "Docket", package: "Docket")]),
        .executableTarget(name: "FuzzHTML", dependencies: ["FuzzSupport", .product(name: "Docket", package: "Docket")]),
        .executableTarget(name: "FuzzPdftotextOutput", dependencies: ["FuzzSupport", .product(name: "Docket", package: "Docket")]),
        .executableTarget(name: "FuzzPipeline", dependencies: ["FuzzSupport", .product(name: "Docket", package: "Docket")]),
    ],
    swiftLanguageModes: [.v6]
)
