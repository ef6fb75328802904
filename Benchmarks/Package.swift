// swift-tools-version: 6.1
// Benchmarks live in their own package (as swift-nio's do) so ordo-one/benchmark and its malloc interposer never
// enter the product's dependency graph or slow `swift build` / `swift test` of the root package.
import Foundation
import PackageDescription

/// SwiftPM names a path dependency after its folder; the clone may live in a folder of any name.
let rootIdentity = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .lastPathComponent.lowercased()

let package = Package(
    name: "ShortlistBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: "../"),
        .package(url: "https://github.com/ordo-one/package-benchmark", from: "1.38.0", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "ScreeningBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "package-benchmark"),
                .product(name: "ShortlistCore", package: rootIdentity),
            ],
            path: "Benchmarks/ScreeningBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
        )
    ],
    swiftLanguageModes: [.v6]
)
