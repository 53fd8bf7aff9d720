import Testing
@testable import VietQuote

/// `MediumRule` (`M dẫn lời Y rằng …`: Y speaks, M passes the words on.) on sentences from the dev articles (or written like one).
@Suite struct MediumRuleTests: QuoteRuleSuite {
    @Test func mediumQuotesSpeaker() {
        let found = quotes("Hôm 24/3, Reuters dẫn lời Bộ trưởng Quốc phòng Philippines Gilberto Teodoro rằng Philippines sẽ tiếp tục các nhiệm vụ tiếp tế.")
        #expect(found.map(\.content) == ["Philippines sẽ tiếp tục các nhiệm vụ tiếp tế"])
        #expect(found.first?.cue == "dẫn lời")
        #expect(found.first?.speaker.mention == "Bộ trưởng Quốc phòng Philippines Gilberto Teodoro")
    }

    @Test func mediumCarriesItsRule() {
        let body = "Hôm 24/3, Reuters dẫn lời Bộ trưởng Quốc phòng Philippines Gilberto Teodoro rằng Philippines sẽ tiếp tục các nhiệm vụ tiếp tế."
        #expect(quotes(body).first?.explanation.quoteRule == .medium)
    }
}
