import Testing
@testable import VietQuote

/// `FloatingQuoteRule` (A quotation with no cue of its own near a quote: the previous speaker's words.) on sentences from the dev articles (or written like one).
@Suite struct FloatingQuoteRuleTests: QuoteRuleSuite {
    @Test func splitQuoteAndFloatingParagraph() {
        let found = quotes(#"""
            "Chúng tôi đã đàm phán với Hoa Kỳ đến mức có thể", ông nói.

            "Các cuộc đàm phán chỉ cho thấy chính sách thù địch của họ không bao giờ có thể thay đổi."
            """#)
        #expect(found.count == 2)
        #expect(found.last?.cue == nil)
        #expect(found.last?.explanation.quoteRule == .floating)
    }

    @Test func quoteSplitAroundItsAttribution() {
        let found = quotes(#""Chúng tôi không coi nhẹ sự cố này", ông Teodoro cho biết. "Đó là một hành động sử dụng vũ lực một cách hung hăng.""#)
        #expect(found.map(\.content) == ["Chúng tôi không coi nhẹ sự cố này", "Đó là một hành động sử dụng vũ lực một cách hung hăng."])
        #expect(found.map(\.cue) == ["cho biết", nil])
        #expect(found.last?.explanation.quoteRule == .floating)
    }

    @Test func quotedParagraphFarFromAnyQuoteIsNotFloating() {
        let found = quotes(#"""
            Quan hệ hai nước đã xấu đi trong nhiều tháng.

            Các cuộc đàm phán bị hoãn lại nhiều lần.

            Hai bên chưa gặp lại nhau từ mùa hè.

            "Các cuộc đàm phán chỉ cho thấy chính sách thù địch của họ không bao giờ có thể thay đổi."
            """#)
        #expect(found.allSatisfy { $0.explanation.quoteRule != .floating })
    }
}
