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

    // Silver: most `X: words` headlines are topic, menu and match labels, not speakers.
    @Test func topicMenuAndMatchLabelsAreNoSpeakers() {
        let body = "\n\nTGVN. Quan hệ hai nước tiếp tục xấu đi trong tuần qua."
        for headline in ["Giá vàng hôm nay 9/11: Giá bán vàng miếng SJC giảm còn 86 triệu đồng",
                         "Fulham 2-1 Brentford: Thay người đỉnh cao và cú đúp trong 15 phút",
                         "Atalanta vs Liverpool: 6 liệu pháp chữa lành cho Klopp và học trò",
                         "Vụ Vạn Thịnh Phát: Trương Mỹ Lan không có chức, nhưng có quyền"] {
            #expect(Self.extractor.extract(headline + body, document: "t").quotes.isEmpty, "\(headline)")
        }
        // A title or a name before the colon still speaks.
        let title = Self.extractor.extract("Đại sứ Nga: Hợp tác với Triều Tiên không vi phạm luật pháp quốc tế" + body, document: "t").quotes
        #expect(title.map(\.cue) == [":"])
    }
}
