import Foundation
import Testing
import VietQuoteTestSupport

/// The README's "From Swift" example compiles against the library as built.
///
/// By default the example's `main.swift` is type-checked with `swiftc -typecheck` against
/// the `VietQuote` module that `swift build` left beside the `vietquote` binary (a few
/// seconds, offline). With `VIETQUOTE_FROM_SWIFT_BUILD=1` the test also writes the README's
/// `Package.swift` and `main.swift` into a new package beside a `VietQuote` link to this
/// repository and runs `swift build` on it, then the program on a dev article (minutes:
/// the library is compiled again; offline when the package cache holds swift-argument-parser).
@Suite struct FromSwiftExampleTests {
    /// The code block that follows `marker` in the README.
    static func block(after marker: String) throws -> String {
        let readme = try String(contentsOf: Repository.root.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: marker)).upperBound
        let open = try #require(readme.range(of: "```swift\n", range: start..<readme.endIndex)).upperBound
        let close = try #require(readme.range(of: "\n```", range: open..<readme.endIndex)).lowerBound
        return String(readme[open..<close]) + "\n"
    }

    static func run(_ executable: String, _ arguments: [String], in folder: URL) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [executable] + arguments
        process.currentDirectoryURL = folder
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func exampleTypeChecksAgainstTheBuiltModule() throws {
        let example = try Self.block(after: "<!-- from-swift-example")
        #expect(example.contains("import Foundation"))
        #expect(example.contains("import VietQuote"))
        let products = VietQuoteBinary.url.deletingLastPathComponent()
        let modules = products.appendingPathComponent("Modules")
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try example.write(to: folder.appendingPathComponent("main.swift"), atomically: true, encoding: .utf8)
        let (status, output) = try Self.run("swiftc", ["-typecheck", "-I", modules.path, "-I", products.path, "main.swift"],
                                            in: folder)
        #expect(status == 0, "\(output)")
        // The check can fail: the same file calling a method the library lacks does not compile.
        try example.replacingOccurrences(of: "extractor.extract(", with: "extractor.extractAll(")
            .write(to: folder.appendingPathComponent("main.swift"), atomically: true, encoding: .utf8)
        let (without, _) = try Self.run("swiftc", ["-typecheck", "-I", modules.path, "-I", products.path, "main.swift"],
                                        in: folder)
        #expect(without != 0)
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["VIETQUOTE_FROM_SWIFT_BUILD"] == "1"))
    func examplePackageBuildsAndRuns() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("VietQuote"),
                                                   withDestinationURL: Repository.root)
        let package = folder.appendingPathComponent("QuoteReader")
        let sources = package.appendingPathComponent("Sources/QuoteReader")
        try FileManager.default.createDirectory(at: sources, withIntermediateDirectories: true)
        try Self.block(after: "<!-- from-swift-package").write(to: package.appendingPathComponent("Package.swift"),
                                                              atomically: true, encoding: .utf8)
        try Self.block(after: "<!-- from-swift-example").write(to: sources.appendingPathComponent("main.swift"),
                                                              atomically: true, encoding: .utf8)
        // The same pins as this repository, so that nothing new is fetched.
        let resolved = Repository.root.appendingPathComponent("Package.resolved")
        if FileManager.default.fileExists(atPath: resolved.path) {
            try FileManager.default.copyItem(at: resolved, to: package.appendingPathComponent("Package.resolved"))
        }
        let (built, log) = try Self.run("swift", ["build", "--product", "QuoteReader"], in: package)
        #expect(built == 0, "\(log.suffix(2000))")
        let article = Repository.devArticle("000_7cdfa724fb714c90.txt").path
        let (ran, output) = try Self.run("swift", ["run", "--skip-build", "QuoteReader", article], in: package)
        #expect(ran == 0)
        #expect(output.contains("Sergei Lavrov"))
        #expect(output.contains("\"document\":\"a1\""))
    }
}
