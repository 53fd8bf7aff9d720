import Testing
@testable import VietQuote

/// `HeadlineColonRule` (A headline `X: words`.) on sentences from the dev articles (or written like one).
@Suite struct HeadlineColonRuleTests: QuoteRuleSuite {
    @Test func headlineColon() {
        let found = Self.extractor.extract("Nga: Mỹ đang đẩy quan hệ song phương vào ngõ cụt\n\nTGVN. Quan hệ hai nước tiếp tục xấu đi trong tuần qua.", document: "t").quotes
        #expect(found.map(\.content) == ["Mỹ đang đẩy quan hệ song phương vào ngõ cụt"])
        #expect(found.first?.cue == ":")
    }

    @Test func headlineColonCarriesItsRuleBodyColonDoesNot() {
        let found = Self.extractor.extract("Nga: Mỹ đang đẩy quan hệ song phương vào ngõ cụt\n\nTGVN. Quan hệ hai nước tiếp tục xấu đi trong tuần qua.", document: "t").quotes
        #expect(found.first?.explanation.quoteRule == .headlineColon)
        #expect(quotes("Nga: Mỹ đang đẩy quan hệ song phương vào ngõ cụt trong nhiều tháng qua.").allSatisfy { $0.explanation.quoteRule != .headlineColon })
    }
}
