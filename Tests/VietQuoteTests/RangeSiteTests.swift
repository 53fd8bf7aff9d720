import Testing
@testable import VietQuote

/// The range sites of Text, Segmentation, Lexicon and Pipeline, given positions that crossed or
/// left the text (as a rule's computed positions can on text nobody foresaw): an empty or cut
/// answer, never a trap.
@Suite struct RangeSiteTests {
    static let sentence = "Trong cuộc phỏng vấn tại show Here to Hear, Cindy Lư cho biết sau khi quyết định ly hôn, cô và Hoài Lâm có hai thỏa thuận rõ ràng."
    static let source = SourceText(sentence)
    static let tokens = Tokenizer.tokens(in: source, range: 0..<source.count)
    static let words = try! FunctionWords(files: .builtIn)

    @Test func sourceTextStringsOfRangesThatLeaveTheText() {
        let count = Self.source.count
        #expect(Self.source.string((count - 6)..<(count + 10)) == " ràng.")
        #expect(Self.source.string((count + 3)..<(count + 9)) == "")
        let bom = SourceText("\u{FEFF}Nga nói")
        #expect(bom.originalRange(0..<3) == 1..<4)
    }

    @Test func aQuotedSpanWhoseEndsCrossedHasAnEmptyOuterRange() throws {
        let span = QuotedSpan(open: nil, close: nil, contentStart: 7, contentEnd: 4, isDouble: true)
        #expect(span.outerRange.isEmpty && span.outerRange.lowerBound == 7)
        // The sentence splitter marks nothing inside it, and still covers every token.
        let sentences = try SentenceSplitter(files: .builtIn).sentences(in: Self.tokens, quoted: [span])
        #expect(sentences.first?.lowerBound == 0 && sentences.last?.upperBound == Self.tokens.count)
    }

    @Test func aPhraseLookupPastTheLastTokenFindsNothing() {
        let end = Self.tokens.count
        #expect(Self.words.matchEnding(.venue, in: Self.tokens, at: end + 3) == nil)
        // The venue `trong cuộc phỏng vấn` is found where it is.
        #expect(Self.words.matchEnding(.venue, in: Self.tokens, at: 4) == 0)
    }

    @Test func anActorLookupWithALimitPastTheTokensFindsNothingThere() throws {
        let lexicon = try SpeakerLexicon(files: .builtIn, words: Self.words, cues: CueLexicon(files: .builtIn))
        let tokens = Tokenizer.tokens(in: SourceText("phía Nga"), range: 0..<8)
        #expect(lexicon.actor(in: tokens, at: 2, limit: 9) == nil)
        #expect(lexicon.actor(in: tokens, at: 0, limit: 9)?.length == 2)
    }
}
