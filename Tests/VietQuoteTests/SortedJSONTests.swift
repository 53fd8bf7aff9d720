import Foundation
import Testing
@testable import VietQuote

/// `SortedJSON` writes what `JSONEncoder` (sorted keys, slashes as they are) writes, byte for
/// byte: on the results of the dev articles, on a result with every member set, and on the
/// strings, keys and numbers where the two could differ.
@Suite struct SortedJSONTests {
    static func encoded(_ value: some Encodable) throws -> String {
        String(decoding: try ArticleResult.encoder.encode(value), as: UTF8.self)
    }

    @Test func devResultsAreWrittenAsJSONEncoderWritesThem() throws {
        let extractor = try QuoteExtractor()
        let folder = ArticleCorpusTests.corpus
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(names.count >= 100)
        var quotes = 0
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            var result = extractor.extract(text, document: name)
            if name == names[0] { result.error = "an error\twith \"marks\"" }
            quotes += result.quotes.count
            let expected = try Self.encoded(result)
            #expect(try SortedJSON.line(result) == expected, "\(name)")
            // The bytes the CLI writes for a JSON Lines chunk: the same, and the line break.
            #expect(try SortedJSON.bytes(result, terminator: "\n") == Array((expected + "\n").utf8), "\(name)")
            #expect(try result.jsonLine() == expected, "\(name)")
        }
        #expect(quotes > 1000)
    }

    /// Each quote names the refinement rules that moved its edges (`explanation.refinements`,
    /// between `quote_rule` and `speaker_rule`); a quote that none moved has no such member.
    @Test func refinementsAreWrittenWhenARuleMovedAnEdge() throws {
        let extractor = try QuoteExtractor()
        // dev 401: `lại` joins the cue (CueParticleRule).
        let moved = extractor.extract("Tin thế giới\n\nTham mưu trưởng IDF, Trung tướng Herzi Halevi nhấn mạnh lại Israel sẽ đáp trả cuộc tấn công của Iran.", document: "a")
        #expect(moved.quotes.map(\.explanation.refinements) == [[.cueParticle]])
        #expect(try SortedJSON.line(moved).contains(#""quote_rule":"speaker-cue-content","refinements":["cue-particle"],"speaker_rule":"#))
        let plain = extractor.extract("Tin thế giới\n\nÔng Peskov cho biết Nga sẵn sàng đàm phán.", document: "b")
        #expect(plain.quotes.map(\.explanation.refinements) == [[]])
        #expect(try !SortedJSON.line(plain).contains("refinements"))
        // A line written before the member existed still reads.
        let decoded = try JSONDecoder().decode(Explanation.self, from: Data(#"{"quote_rule":"floating-quote","speaker_rule":"previous"}"#.utf8))
        #expect(decoded.refinements.isEmpty)
        // A line from a newer writer, with an id this version does not know, still reads: the
        // unknown id is dropped, the known ones kept in order.
        let newer = try JSONDecoder().decode(Explanation.self, from: Data(
            #"{"quote_rule":"speaker-cue-content","refinements":["cue-particle","some-later-rule","clause-opener-cut"],"speaker_rule":"mention"}"#.utf8))
        #expect(newer.refinements == [.cueParticle, .clauseOpenerCut])
        #expect(newer.quoteRule == .speakerCueContent)
    }

    /// `SortedJSON` writes `value` as `JSONEncoder` writes it.
    static func expectAsJSONEncoder<T: SortedJSON.Value>(_ value: T, sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(try SortedJSON.line(value) == encoded(value), sourceLocation: sourceLocation)
    }

    /// One result of every type with every member set (each optional given, each array and
    /// dictionary non-empty, nested down to the last type): the dev results leave members
    /// nil or empty (`error`, a floating quote's cue, `sides`, `range` …), so a member
    /// written by hand in SortedJSON+Results.swift and missing or misnamed there would pass
    /// `devResultsAreWrittenAsJSONEncoderWritesThem`; here it fails.
    static let populated: ArticleResult = {
        let modifier = StanceEvidence.Modifier(name: "negation", text: "không", factor: -0.8)
        let evidence = StanceEvidence(kind: .term, text: "hợp tác", category: "cooperate", weight: 0.6,
                                      modifiers: [modifier], contribution: -0.48, range: 4..<11)
        let quoteStance = QuoteStance(label: .confrontation, score: -0.48, evidence: [evidence])
        var speaker = Speaker(name: "Maria Zakharova", mention: "Người phát ngôn Bộ Ngoại giao Nga Maria Zakharova",
                              title: "Người phát ngôn Bộ Ngoại giao", kind: .person, affiliation: "Nga")
        speaker.sides = ["Nga", "Belarus"]
        let explanation = Explanation(quoteRule: .speakerCueContent, cueEntry: "cues.tsv:42", speakerRule: "mention",
                                      titleRule: "mention: chain", refinements: [.cueParticle, .clauseOpenerCut])
        let quote = Quote(content: "Moscow \"không\" hợp tác\tvới NATO/EU", start: 57, end: 88, type: .indirect, cue: "cho biết",
                          speaker: speaker, stance: quoteStance, explanation: explanation, cueStart: 48, cueEnd: 56)
        let group = GroupStance(name: "Nga", side: "Nga", score: -0.48, count: 1, label: .confrontation)
        let articleStance = ArticleStance(label: .confrontation, score: -0.48, actors: ["Nga": .confrontation, "Belarus": .neutral],
                                          sides: [group], speakers: [group])
        var result = ArticleResult(document: "tin-01", stance: articleStance, quotes: [quote], error: "không đọc được \"x\"")
        result.date = "2024-11-17"
        result.dateSource = "text"
        return result
    }()

    /// The properties of `value` (and of the values in it) that are nil or empty, by path;
    /// `speakerTrace` and `titleTrace` are not encoded.
    static func unsetMembers(of value: Any, path: String = "result") -> [String] {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            guard let wrapped = mirror.children.first?.value else { return [path] }
            return unsetMembers(of: wrapped, path: path)
        case .collection, .dictionary, .set:
            if mirror.children.isEmpty { return [path] }
        default: break
        }
        return mirror.children.enumerated().flatMap { position, child -> [String] in
            child.label == "speakerTrace" || child.label == "titleTrace" ? [] : unsetMembers(of: child.value, path: "\(path).\(child.label ?? "\(position)")")
        }
    }

    @Test func fullyPopulatedResultsAreWrittenAsJSONEncoderWritesThem() throws {
        let result = Self.populated
        #expect(Self.unsetMembers(of: result) == [])
        try Self.expectAsJSONEncoder(result)
        let quote = try #require(result.quotes.first)
        let quoteStance = try #require(quote.stance)
        let evidence = try #require(quoteStance.evidence.first)
        let articleStance = try #require(result.stance)
        try Self.expectAsJSONEncoder(quote)
        try Self.expectAsJSONEncoder(quote.speaker)
        try Self.expectAsJSONEncoder(quote.explanation)
        try Self.expectAsJSONEncoder(quoteStance)
        try Self.expectAsJSONEncoder(evidence)
        try Self.expectAsJSONEncoder(try #require(evidence.modifiers.first))
        try Self.expectAsJSONEncoder(articleStance)
        try Self.expectAsJSONEncoder(try #require(articleStance.sides.first))
        #expect(try result.jsonLine() == Self.encoded(result))
    }

    @Test func escapesKeysAndNumbersAsJSONEncoder() throws {
        var controls = ""
        for value in 0..<0x20 { controls.unicodeScalars.append(Unicode.Scalar(UInt8(value))) }
        let strings = [controls, "\"\\/\u{7F}\u{2028}\u{2029}😀é", "e\u{301}", "", "Nguyễn \"Văn\" A",
                       "Bộ Ngoại giao Việt Nam\tcho biết \"hai bên\" đã\nký\\", "12345678\"", "1234567\u{1F}x"]
        try Self.expectAsJSONEncoder(strings)
        // Keys in UTF-8 byte order, unnormalised: `ea` < `e` + U+0301 < `f` < `é`.
        let keys: [String: Int] = ["e\u{301}": 1, "f": 2, "ea": 3, "a10": 4, "a9": 5, "B": 6, "_x": 7, "Đ": 8, "đ": 9, "1": 10]
        try Self.expectAsJSONEncoder(keys)
        let numbers: [Double] = [0.2, 2, -0.0, 1e-5, 1e16, 0.1 + 0.2, -0.69, 1e300, .leastNonzeroMagnitude, 100, 123_456_789_012]
        try Self.expectAsJSONEncoder(numbers)
        let integers = [Int.min, 0, -5, 7, 10, 99, 100, Int.max]
        try Self.expectAsJSONEncoder(integers)
        let optionals: [String?] = [nil, "a"]
        try Self.expectAsJSONEncoder(optionals)
        try Self.expectAsJSONEncoder([3..<7, -1..<0])
        #expect(throws: (any Error).self) { try SortedJSON.line([Double.nan]) }
    }

    /// Rounding a number as a value (`decimals:`, what the CLI writes) gives the bytes of
    /// rounding its written text (`fraction:`, the CLI's `JSONNumbers.round`): integers as
    /// they are written, `-0`, exponents, halves, numbers around 10^15 and 10^16.
    @Test func numbersRoundedAsValuesAsWhenRoundedAsText() throws {
        func roundedText(_ token: String) -> String {
            guard token.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }), let value = Double(token) else { return token }
            return SortedJSON.rounded(value, decimals: 4)
        }
        var numbers: [Double] = [0, -0.0, 0.2, 2, -3, 1e-5, 4.9e-5, 5e-5, -5e-5, 0.00015, 1e15, 1e15 - 1, 1e15 + 1, 999_999_999_999_999.5,
                                 1e16, 1e16 + 2, 1.5e16, 1e300, -1e300, 0.1 + 0.2, -0.69, -0.6900000000000001, 0.12345, 0.12355,
                                 123_456_789_012.34567, .leastNonzeroMagnitude, .greatestFiniteMagnitude, 100, 9_007_199_254_740_992,
                                 // Written without `description` (`writeRounded`): one to four places, leading and
                                 // final zeros of the fraction, 15 digits and one more.
                                 0.0001, -0.0001, 0.00005, -0.00005, 0.05, -0.05, 0.5, 0.1001, 1.25, -12.0625, 0.7, -0.7,
                                 99_999_999_999.9999, -99_999_999_999.9999, 99_999_999_999.99995, 12_345_678_901.2345]
        // (Seeded: a failure replays.)
        var generator = FuzzTests.Generator(state: 17)
        for _ in 0..<2000 {
            numbers.append(Double.random(in: -2...2, using: &generator))
            numbers.append(Double(Int.random(in: -1000...1000, using: &generator)) / 8)
            numbers.append(Double(bitPattern: UInt64.random(in: 0...UInt64.max, using: &generator)))
            numbers.append(Double(Int.random(in: -1_000_000...1_000_000, using: &generator)) / 10_000)
            numbers.append(Double.random(in: -1e12...1e12, using: &generator))
        }
        numbers = numbers.filter(\.isFinite)
        #expect(try SortedJSON.bytes(numbers, decimals: 4) == SortedJSON.bytes(numbers, fraction: roundedText))
    }

    /// A `SortedJSON.Value` whose members are out of key order is an error, not other bytes.
    @Test func membersOutOfKeyOrderAreAnError() throws {
        struct Unordered: SortedJSON.Value {
            func write(to writer: SortedJSON.Writer) throws {
                var object = writer.object()
                try object.member("b", 1)
                try object.member("a", 2)
                object.close()
            }
        }
        #expect(throws: SortedJSON.InvalidValue.self) { try SortedJSON.line(Unordered()) }
    }
}
