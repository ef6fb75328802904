// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Shortlist",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "shortlist", targets: ["shortlist"]),
        .library(name: "ShortlistCore", targets: ["ShortlistCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // The only C in the package: libxml2 headers plus a shim for what Swift 6 cannot call directly.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // The only Swift that touches unsafe pointers: parses with libxml2, copies into Sendable values, frees.
        .target(
            name: "LibXMLBridge",
            dependencies: ["CLibXML2"]
        ),
        .target(
            name: "ShortlistCore",
            dependencies: [
                "LibXMLBridge",
                .product(name: "Yams", package: "Yams"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .executableTarget(
            name: "shortlist",
            dependencies: [
                "ShortlistCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "ShortlistCoreTests",
            dependencies: [
                "ShortlistCore", "LibXMLBridge", .product(name: "CSV", package: "CSV.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"), .product(name: "Yams", package: "Yams"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: [
                "ShortlistCore", .product(name: "CSV", package: "CSV.swift"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            exclude: ["Golden"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
