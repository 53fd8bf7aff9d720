import Foundation
import Testing
@testable import VietQuote

/// The counts the tokenizer gives with a line's tokens (`Tokenizer.WordCounts`) give each
/// `ArticleLine` the shape its own reading of the tokens and their scalars gave: the numbers
/// of words and numbers, a date or time number, every word capitalised, every letter upper
/// case. Text: real lines of dev articles (headings in capitals, a domain glued to a word,
/// dates and times, a Markdown link), then every line of the 100 dev articles.
@Suite struct LineWordCountsTests {
    static let lines = [
        "TIN LIÊN QUAN",
        "Theo dõi Baoquocte.vn trên",
        "11:06 02/11/2022",
        "2023-04-28 11:23:11(GMT+08:00) CMG",
        "0:00 / 0:00",
        "Ngày 17/8, người phát ngôn Bộ Ngoại giao Nga Maria Zakharova đã kêu gọi Mỹ cải thiện quan hệ với Nga.",
        "[Iran chạy đua tìm giải pháp ngoại giao vì sợ Israel trả đũa mạnh](https://tuoitre.vn/iran-chay-dua-tim-giai-phap-ngoai-giao-vi-so-israel-tra-dua-manh-20241012143537653.htm)",
    ]

    static let dev = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("evaluation/corpus/dev")

    /// The shape of each line of `text` from the tokenizer's counts and from the line's own reading.
    static func shapes(_ text: String) -> [(given: [String], read: [String])] {
        let source = SourceText(text)
        return ArticleSegmenter.lines(of: source).map { line in
            let read = ArticleLine(number: line.number, range: line.range, scalars: source.scalars, tokens: line.tokens,
                                   blankBefore: line.blankBefore)
            return (shape(line), shape(read))
        }
    }

    static func shape(_ line: ArticleLine) -> [String] {
        ["\(line.wordCount)", "\(line.numberCount)", "\(line.hasDateNumber)", "\(line.allWordsCapitalized)", "\(line.isAllCaps)"]
    }

    @Test func devLinesHaveTheShapeTheirTokensGive() {
        let shapes = Self.shapes(Self.lines.joined(separator: "\n"))
        #expect(shapes.count == Self.lines.count)
        for (given, read) in shapes { #expect(given == read) }
        // Capitals, a date, words in mixed case, then the link's text.
        #expect(shapes[0].given == ["3", "0", "false", "true", "true"])
        #expect(shapes[1].given == ["4", "0", "false", "false", "false"])
        #expect(shapes[2].given == ["0", "2", "true", "false", "false"])
        #expect(shapes[6].given[0] == "14")
    }

    @Test func everyDevLineHasTheShapeItsTokensGive() throws {
        let files = try FileManager.default.contentsOfDirectory(at: Self.dev, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }
        #expect(files.count >= 100)
        var lines = 0, capitals = 0, dates = 0
        for file in files {
            for (given, read) in Self.shapes(try String(contentsOf: file, encoding: .utf8)) {
                #expect(given == read, "\(file.lastPathComponent)")
                lines += 1
                if given[4] == "true" { capitals += 1 }
                if given[2] == "true" { dates += 1 }
            }
        }
        #expect(lines > 1000 && capitals > 10 && dates > 10)
    }
}
