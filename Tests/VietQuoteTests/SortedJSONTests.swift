import Foundation
import Testing
@testable import VietQuote

/// `SortedJSON` writes what `JSONEncoder` (sorted keys, slashes as they are) writes, byte for
/// byte: on the results of the dev articles and on the strings, keys and numbers where the
/// two could differ.
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
            #expect(try SortedJSON.line(result) == Self.encoded(result), "\(name)")
            #expect(try result.jsonLine() == Self.encoded(result), "\(name)")
        }
        #expect(quotes > 1000)
    }

    @Test func escapesKeysAndNumbersAsJSONEncoder() throws {
        var controls = ""
        for value in 0..<0x20 { controls.unicodeScalars.append(Unicode.Scalar(UInt8(value))) }
        let strings = [controls, "\"\\/\u{7F}\u{2028}\u{2029}😀é", "e\u{301}", "", "Nguyễn \"Văn\" A"]
        #expect(try SortedJSON.line(strings) == Self.encoded(strings))
        // Keys in UTF-8 byte order, unnormalised: `ea` < `e` + U+0301 < `f` < `é`.
        let keys: [String: Int] = ["e\u{301}": 1, "f": 2, "ea": 3, "a10": 4, "a9": 5, "B": 6, "_x": 7, "Đ": 8, "đ": 9, "1": 10]
        #expect(try SortedJSON.line(keys) == Self.encoded(keys))
        let numbers: [Double] = [0.2, 2, -0.0, 1e-5, 1e16, 0.1 + 0.2, -0.69, 1e300, 5e-324, 100, 123_456_789_012]
        #expect(try SortedJSON.line(numbers) == Self.encoded(numbers))
        let integers = [Int.min, 0, -5, Int.max]
        #expect(try SortedJSON.line(integers) == Self.encoded(integers))
        let optionals: [String?] = [nil, "a"]
        #expect(try SortedJSON.line(optionals) == Self.encoded(optionals))
        #expect(throws: (any Error).self) { try SortedJSON.line([Double.nan]) }
    }
}
