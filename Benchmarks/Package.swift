// swift-tools-version: 6.1
// Benchmarks live in their own package so that `swift build` and CI never build them.
// Run: swift package --package-path Benchmarks benchmark
import Foundation
import PackageDescription

/// A local package is named after its folder, so the repository may be cloned under any name.
let root = URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent().lastPathComponent

/// One executable per folder under Benchmarks/; add a folder's name here when you add one.
let names = [
    "ClusterBenchmarks",
    "EntityBenchmarks",
    "EventBenchmarks",
    "HTMLBenchmarks",
    "ReaderBenchmarks",
    "StemmerBenchmarks",
    "StorageBenchmarks",
    "TimeBenchmarks",
    "TimelineBenchmarks",
]

let package = Package(
    name: "LinimasaBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(path: "../"),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: names.map { name in
        .executableTarget(
            name: name,
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "Linimasa", package: root),
            ],
            path: "Benchmarks/\(name)",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        )
    }
)
