// swift-tools-version:6.0
// Docket: council committee papers in, typed and searchable records out.
// Module layout and import rules: docs/DESIGN.md §2 (and the graph in README.md, which
// Scripts/check-imports.py checks).
import PackageDescription

let package = Package(
    name: "Docket",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "docket", targets: ["DocketCLI"]),
        .library(name: "Docket", targets: ["Docket"]),
        .executable(name: "docket-pdf-worker", targets: ["DocketPDFWorker"]),
    ],
    dependencies: [
        // The only third-party dependency: the command-line parser (about 30 s of debug build).
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // OpenSSL's libcrypto from the system (Debian: libssl-dev), for SHA-256 alone; only
        // DocketModel/SHA256.swift imports it.
        .systemLibrary(name: "CCrypto", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),
        .target(name: "DocketModel", dependencies: ["CCrypto"]),
        // libxml2 from the system (Debian: libxml2-dev); only DocketReaders/HTML imports it.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .target(name: "DocketReaders", dependencies: ["DocketModel", "CLibXML2"]),
        .target(name: "DocketExtract", dependencies: ["DocketModel"]),
        // SQLite from the system (Debian: libsqlite3-dev, 3.40 with FTS5); only DocketIndex/SQLite imports it.
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        .target(name: "DocketIndex", dependencies: ["DocketModel", "CSQLite"]),
        // poppler (Debian: libpoppler-private-dev, for its own C++ classes) behind one C function;
        // only the PDF worker links it, so `docket` itself never loads poppler.
        .systemLibrary(name: "CPopplerCore", pkgConfig: "poppler", providers: [.apt(["libpoppler-private-dev"])]),
        .target(name: "CPoppler", dependencies: ["CPopplerCore"]),
        // The PDF worker (product `docket-pdf-worker`, started by DocketReaders' PDFWorkerPool).
        .executableTarget(name: "DocketPDFWorker", dependencies: ["CPoppler", "DocketReaders"]),
        .target(name: "Docket", dependencies: ["DocketModel", "DocketReaders", "DocketExtract", "DocketIndex"]),
        // The command line (product `docket`): the façade and the argument parser only.
        .executableTarget(
            name: "DocketCLI",
            dependencies: ["Docket", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(
            name: "DocketTests",
            dependencies: ["Docket", "DocketModel", "DocketReaders", "DocketExtract", "DocketIndex"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
