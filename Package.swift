// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "VietQuote",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "VietQuote", targets: ["VietQuote"]),
        .library(name: "VietQuoteEvaluation", targets: ["VietQuoteEvaluation"]),
        .executable(name: "vietquote", targets: ["VietQuoteCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // The library: quotes, speakers and stance. No dependency beyond the toolchain.
        // The lexicons in `lexicons/` are compiled into it by the EmbedLexicons plugin.
        .target(
            name: "VietQuote",
            plugins: [.plugin(name: "EmbedLexicons")]
        ),
        // The scorer: reads gold files and scores any output against them.
        .target(name: "VietQuoteEvaluation"),
        // The command-line tool.
        .executableTarget(
            name: "VietQuoteCLI",
            dependencies: [
                "VietQuote",
                "VietQuoteEvaluation",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Build-time tool: turns lexicons/*.tsv into a Swift source file of raw string literals.
        .executableTarget(name: "LexiconCodegen"),
        .plugin(
            name: "EmbedLexicons",
            capability: .buildTool(),
            dependencies: ["LexiconCodegen"]
        ),
        .testTarget(name: "VietQuoteTests", dependencies: ["VietQuote", "VietQuoteEvaluation"]),
        // What the CLI tests share: the binary runner and the repository's paths.
        .target(name: "VietQuoteTestSupport", path: "Tests/VietQuoteTestSupport"),
        .testTarget(name: "VietQuoteCLITests", dependencies: ["VietQuoteCLI", "VietQuoteTestSupport"]),
        .testTarget(
            name: "VietQuoteEvaluationTests",
            dependencies: ["VietQuoteEvaluation", "VietQuote"]
        ),
    ]
)

// The same language settings for every Swift target.
for target in package.targets where target.type != .plugin {
    var settings = target.swiftSettings ?? []
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    settings.append(.enableUpcomingFeature("InternalImportsByDefault"))
    target.swiftSettings = settings
}
