import Testing
@testable import VietQuote

/// `CueThenParagraphRule` (`X cue:` ending a paragraph, the quotation opening the next.) on sentences from the dev articles (or written like one).
@Suite struct CueThenParagraphRuleTests: QuoteRuleSuite {
    @Test func cueThenQuotedParagraph() {
        let found = quotes("""
            Giáo sư Vuving từng chia sẻ với BBC News Tiếng Việt rằng:

            “Chiến lược tốt nhất của Trung Quốc là dần dần đẩy đuổi Việt Nam và Philippines.”
            """)
        #expect(found.map(\.content) == ["Chiến lược tốt nhất của Trung Quốc là dần dần đẩy đuổi Việt Nam và Philippines."])
        #expect(found.first?.cue == "chia sẻ")
    }

    @Test func introductionCarriesItsRule() {
        let found = quotes("""
            Giáo sư Vuving từng chia sẻ với BBC News Tiếng Việt rằng:

            “Chiến lược tốt nhất của Trung Quốc là dần dần đẩy đuổi Việt Nam và Philippines.”
            """)
        #expect(found.first?.explanation.quoteRule == .cueThenParagraph)
    }
}
