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

    // ANNOTATION.md: a quotation inside a mixed quote's content is no quote of its own (dev 421
    // emitted it twice); after a colon it stands on its own (dev 301).
    @Test func fragmentOfAMixedQuoteIsNotQuotedAgain() {
        let mixed = quotes(#"Tại đây, ông Zelensky dường như đã nhận định ông Kuleba "thiếu năng lượng để thúc đẩy việc phương Tây cung cấp vũ khí cho Ukraine", một nguồn tin trong đảng nói với Suspilne."#)
        #expect(mixed.map(\.type) == [.mixed])
        let colon = quotes(#"Bộ trưởng Quốc phòng Israel Yoav Gallant đã cảnh báo phản ứng của nước này sẽ "rất mạnh mẽ": "Họ sẽ không hiểu chuyện gì đã xảy ra", ông phát biểu hôm 9-10."#)
        #expect(colon.map(\.explanation.quoteRule).contains(.quoteFirst))
    }
}
