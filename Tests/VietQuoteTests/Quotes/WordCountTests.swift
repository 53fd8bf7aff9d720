import Testing
@testable import VietQuote

/// `QuoteFinder.hasFewerWords`: the word count compared with a limit, read no further
/// than the limit.
@Suite struct WordCountTests {
    @Test func fewerWordsAgreesWithTheWordCount() throws {
        let extractor = QuoteRuleTesting.extractor
        let analysis = extractor.analyze("Tin thế giới\n\nNgười phát ngôn Bộ Ngoại giao Lin Jian ngày 5/3 cho biết, \"Trung Quốc luôn ủng hộ đối thoại\" và kêu gọi các bên kiềm chế.")
        let paragraph = try #require(analysis.contexts.last)
        let count = paragraph.tokens.count
        for start in 0...count {
            for end in start...count {
                let words = extractor.finder.wordCount(start..<end, in: paragraph)
                for limit in 0...words + 2 {
                    #expect(extractor.finder.hasFewerWords(than: limit, in: start..<end, of: paragraph) == (words < limit))
                }
            }
        }
    }
}
