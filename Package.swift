// swift-tools-version: 6.2
import PackageDescription

let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "linimasa",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "linimasa", targets: ["linimasa"]),
        .library(name: "Linimasa", targets: ["Linimasa"]),
    ],
    traits: [
        .trait(name: "PostgreSQL", description: "The PostgreSQL store (postgres-nio), for `--db postgres://…`.")
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        // Without its swift-configuration trait: the server is configured by the command line.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: ["FullFoundation"]),
    ],
    targets: [
        // Shared values and protocols; no dependencies.
        .target(name: "LinimasaCore", swiftSettings: strictSettings),
        // libxml2's HTML parser, through pkg-config.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // Bytes, plain text, HTML or JSON Lines -> Article.
        .target(name: "LinimasaText", dependencies: ["LinimasaCore", "CLibXML2"], swiftSettings: strictSettings),
        // The Indonesian language pack: tokenizer, sentence splitter, word lists, knowledge base.
        .target(
            name: "LinimasaIndonesian",
            dependencies: ["LinimasaCore"],
            resources: [.copy("Resources")],
            swiftSettings: strictSettings
        ),
        // Extractors: time expressions, entities, quotes, events.
        .target(name: "LinimasaExtract", dependencies: ["LinimasaCore"], swiftSettings: strictSettings),
        // Grouping across articles: duplicates, stories, threads, source comparison, timeline fusion.
        .target(name: "LinimasaCluster", dependencies: ["LinimasaCore"], swiftSettings: strictSettings),
        // The embedded store: SQLite through GRDB, with FTS5 search.
        .target(
            name: "LinimasaStorage",
            dependencies: ["LinimasaCore", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strictSettings
        ),
        // The server store: PostgreSQL through postgres-nio, built only with the `PostgreSQL` trait.
        .target(
            name: "LinimasaPostgres",
            dependencies: [
                "LinimasaCore", "LinimasaStorage",
                .product(name: "PostgresNIO", package: "postgres-nio", condition: .when(traits: ["PostgreSQL"])),
                .product(name: "Logging", package: "swift-log", condition: .when(traits: ["PostgreSQL"])),
            ],
            swiftSettings: strictSettings
        ),
        // The pipeline: reads, analyses, and wires a language pack to the extractors.
        .target(
            name: "Linimasa",
            dependencies: [
                "LinimasaCore", "LinimasaText", "LinimasaIndonesian", "LinimasaExtract", "LinimasaCluster",
                "LinimasaStorage",
                .target(name: "LinimasaPostgres", condition: .when(traits: ["PostgreSQL"])),
            ],
            swiftSettings: strictSettings
        ),
        // The HTTP API and the web page, on Hummingbird; only the CLI and its tests need it.
        .target(
            name: "LinimasaServer",
            dependencies: [
                "Linimasa", "LinimasaCore", "LinimasaCluster",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.copy("Resources")],
            swiftSettings: strictSettings
        ),
        .executableTarget(
            name: "linimasa",
            dependencies: [
                "Linimasa", "LinimasaServer", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings
        ),

        .target(
            name: "LinimasaTestSupport",
            dependencies: ["LinimasaCore"],
            path: "Tests/LinimasaTestSupport",
            swiftSettings: strictSettings
        ),
        .testTarget(name: "LinimasaCoreTests", dependencies: ["LinimasaCore"], swiftSettings: strictSettings),
        .testTarget(
            name: "LinimasaTextTests",
            dependencies: ["LinimasaText", "LinimasaIndonesian", "LinimasaTestSupport"],
            resources: [.copy("Fixtures")],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "LinimasaIndonesianTests",
            dependencies: ["LinimasaIndonesian", "LinimasaTestSupport"],
            exclude: ["Fixtures"],  // read from the repository by path
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "LinimasaExtractTests",
            dependencies: ["LinimasaExtract", "LinimasaIndonesian", "LinimasaTestSupport"],
            exclude: ["Fixtures"],  // read from the repository by path
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "LinimasaClusterTests",
            dependencies: ["LinimasaCluster", "LinimasaIndonesian", "LinimasaTestSupport"],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "LinimasaStorageTests",
            dependencies: ["LinimasaStorage", "LinimasaIndonesian", "LinimasaTestSupport"],
            swiftSettings: strictSettings
        ),
        // Runs against LINIMASA_TEST_POSTGRES_URL; empty without the `PostgreSQL` trait.
        .testTarget(
            name: "LinimasaPostgresTests",
            dependencies: [
                "LinimasaCore", "LinimasaIndonesian", "LinimasaStorage", "LinimasaTestSupport",
                .target(name: "LinimasaPostgres", condition: .when(traits: ["PostgreSQL"])),
            ],
            swiftSettings: strictSettings
        ),
        .testTarget(
            name: "LinimasaTests",
            dependencies: ["Linimasa", "LinimasaTestSupport"],
            swiftSettings: strictSettings
        ),
        // API tests over a real socket, and the page in headless chromium when it is installed.
        .testTarget(
            name: "LinimasaServerTests",
            dependencies: [
                "LinimasaServer", "Linimasa", "LinimasaTestSupport", .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
