import Testing
@testable import VietQuote

/// Sentences from real articles that once crashed the extractor. Each must go through and
/// give quotes whose offsets hold.
@Suite struct RealSentenceCrashTests {
    static let extractor: QuoteExtractor = try! QuoteExtractor()

    /// silver `2025-01-03-cindy-lu`: a scene-setting phrase with a venue (`tại show …`), a comma,
    /// a name, a cue and a second comma — the venue's comma was taken past the content's end,
    /// and `tokens[start..<end]` trapped with start > end.
    @Test func venuePhraseBeforeTheSpeaker() {
        let text = "Tin giải trí\n\nTrong cuộc phỏng vấn tại show Here to Hear, Cindy Lư cho biết sau khi quyết định ly hôn, cô và Hoài Lâm có hai thỏa thuận rõ ràng."
        let result = Self.extractor.extract(text, document: "2025-01-03-cindy-lu")
        let scalars = Array(text.unicodeScalars)
        for quote in result.quotes {
            #expect(quote.start >= 0 && quote.start <= quote.end && quote.end <= scalars.count)
        }
    }

    @Test func boundsHelpersNeverTrap() {
        let tokens = [1, 2, 3, 4]
        #expect(Array(tokens[from: 3, upTo: 1]) == [])
        #expect(Array(tokens[from: -2, upTo: 2]) == [1, 2])
        #expect(Array(tokens[from: 2, upTo: 9]) == [3, 4])
        #expect(Range(from: 5, to: 2) == 5..<5)
        #expect(tokens[ifPresent: 4] == nil && tokens[ifPresent: 0] == 1)
    }
}
