import Testing
@testable import VietQuote

/// `DemonstrativeRule` (`"…" – Đây là khẳng định của X`: the demonstrative names the quotation before it.) on sentences from the dev articles (or written like one).
@Suite struct DemonstrativeRuleTests: QuoteRuleSuite {
    @Test func demonstrativeNamesTheQuotationBefore() {
        let found = quotes(#"“Đồng thuận 5 điểm vẫn là trọng tâm của ASEAN"– Đây là khẳng định của Ngoại trưởng Indonesia Retno Marsudi tại phiên họp hẹp."#)
        #expect(found.map(\.content) == ["Đồng thuận 5 điểm vẫn là trọng tâm của ASEAN"])
        #expect(found.first?.cue == "khẳng định")
        #expect(found.first?.speaker.name == "Retno Marsudi")
    }

    @Test func demonstrativeDecidesAndTheQuoteIsQuoteFirst() {
        let body = #"“Đồng thuận 5 điểm vẫn là trọng tâm của ASEAN"– Đây là khẳng định của Ngoại trưởng Indonesia Retno Marsudi tại phiên họp hẹp."#
        #expect(rule(deciding: "khẳng định", in: body) == .demonstrative)
        #expect(quotes(body).first?.explanation.quoteRule == .quoteFirst)
    }
}
