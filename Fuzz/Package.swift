// swift-tools-version: 6.1
// The libFuzzer target lives in its own package (like Benchmarks/) so sanitizer builds never touch the root
// package's build folder or dependency graph. Build and run instructions: README.md, "Fuzzing".
import Foundation
import PackageDescription

/// SwiftPM names a path dependency after its folder; the clone may live in a folder of any name.
let rootIdentity = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .lastPathComponent.lowercased()

let package = Package(
    name: "ShortlistFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: "../")
    ],
    targets: [
        .executableTarget(
            name: "ShortlistFuzz",
            dependencies: [
                .product(name: "ShortlistCore", package: rootIdentity)
            ]
        )
    ],
    swiftLanguageModes: [.v6]
)
