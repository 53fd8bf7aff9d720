import Testing
@testable import VietQuote

/// `QuoteFirstRule` (`"…", X cue` and `"…" - X cue`: the quotation before its speaker.) on sentences from the dev articles (or written like one).
@Suite struct QuoteFirstRuleTests: QuoteRuleSuite {
    @Test func quoteFirstWithComma() {
        let found = quotes(#""Đây không phải là sự hiểu lầm hay tai nạn," ông Teodoro nói trong một cuộc họp báo tại phủ tổng thống."#)
        #expect(found.count == 1)
        #expect(found.first?.content == "Đây không phải là sự hiểu lầm hay tai nạn,")
        #expect(found.first?.cue == "nói")
        #expect(found.first?.explanation.quoteRule == .quoteFirst)
    }

    @Test func quoteFirstWithDash() {
        let found = quotes(#""Chúng tôi không muốn chiến tranh" - người phát ngôn Bộ Ngoại giao Nga nhấn mạnh."#)
        #expect(found.map(\.content) == ["Chúng tôi không muốn chiến tranh"])
        #expect(found.first?.cue == "nhấn mạnh")
    }

    @Test func quoteFirstWithEmDash() {
        let found = quotes(#""Chúng tôi sẵn sàng nối lại đàm phán", — bà nói."#)
        #expect(found.map(\.content) == ["Chúng tôi sẵn sàng nối lại đàm phán"])
        #expect(found.first?.cue == "nói")
    }

    @Test func quotationBeforeItsSpeakerCarriesTheRule() {
        let found = quotes(#""Chúng tôi không muốn chiến tranh" - người phát ngôn Bộ Ngoại giao Nga nhấn mạnh."#)
        #expect(found.first?.explanation.quoteRule == .quoteFirst)
        #expect(found.first?.type == .direct)
    }
}
