import Foundation
import Testing

/// The library's public surface stays what the README's "From Swift" section uses: the
/// extractor, the result types and the lexicon loading. Everything else is `package` or
/// internal, so the CLI and the scorer (same package) still reach it and users never depend
/// on it. The check reads the sources as text, as `grep` would, so it needs no second build.
@Suite struct PublicAPITests {
    /// At most this many public types (nested ones count) in Sources/VietQuote (issue 13).
    static let maximumPublicTypes = 20

    static let sources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/VietQuote")

    /// `file:line: name` of every public type declaration under Sources/VietQuote.
    static func publicTypes() throws -> [(place: String, name: String)] {
        let declaration = try Regex(
            #"^\s*(?:@\w+\s+)*public\s+(?:(?:final|indirect)\s+)*(?:struct|enum|class|protocol|actor|typealias)\s+(\w+)"#)
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }
            .filter { $0.pathExtension == "swift" }
            .sorted { $0.path < $1.path } ?? []
        var found: [(place: String, name: String)] = []
        for file in files {
            let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            for (index, line) in lines.enumerated() {
                guard let match = try declaration.prefixMatch(in: line),
                      let name = match.output[1].substring else { continue }
                found.append(("\(file.lastPathComponent):\(index + 1)", String(name)))
            }
        }
        return found
    }

    @Test func atMostTwentyPublicTypes() throws {
        let types = try Self.publicTypes()
        let list = types.map { "\($0.place): \($0.name)" }.joined(separator: "\n")
        #expect(
            types.count <= Self.maximumPublicTypes,
            "\(types.count) public types; make the new ones package or internal:\n\(list)")
    }

    /// What the README's "From Swift" example names is public (and so the scan sees the
    /// sources: an empty scan would pass the count).
    @Test func readmeTypesArePublic() throws {
        let names = Set(try Self.publicTypes().map(\.name))
        for name in ["QuoteExtractor", "ArticleResult", "Quote", "Speaker", "QuoteType", "QuoteStance",
                     "StanceLabel", "ArticleStance", "GroupStance", "LexiconFiles", "LexiconError"] {
            #expect(names.contains(name), "\(name) is used by the README's From Swift section")
        }
    }

    /// The pipeline's internals are not public.
    @Test func internalsAreNotPublic() throws {
        let names = Set(try Self.publicTypes().map(\.name))
        for name in ["PhraseTrie", "Tokenizer", "Token", "LexiconTable", "SourceText", "SentenceSplitter",
                     "QuotationPairing", "MatchKey", "QuoteMark", "CueLexicon", "FunctionWords",
                     "ArticleSegmenter", "Paragraph", "StanceScorer", "StanceThresholds", "ArticleAnalysis"] {
            #expect(!names.contains(name), "\(name) is an internal of the pipeline: make it package")
        }
    }
}
