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

    // After the cue only whom, where or what about (dev 415, 434, 414): the quotation before
    // the speaker is the quote, not those words; real content after the cue stays.
    @Test func wordsAfterTheCueThatOnlySayToWhomOrWhere() {
        let addressee = quotes("“Chúng ta hãy đợi xem điều gì sẽ xảy ra”, ông Trump trả lời báo giới Mỹ.")
        #expect(addressee.map(\.content) == ["Chúng ta hãy đợi xem điều gì sẽ xảy ra"])
        #expect(addressee.first?.explanation.quoteRule == .quoteFirst)
        let place = quotes(#""Các lực lượng vũ trang có ý định tái cơ cấu nền dân chủ", ông Zuniga nói bên ngoài dinh tổng thống, vây quanh là các binh sĩ."#)
        #expect(place.map(\.content) == ["Các lực lượng vũ trang có ý định tái cơ cấu nền dân chủ"])
        let topic = quotes(#""Đây là bước leo thang cực kỳ nguy hiểm", bà Hennis-Plasschaert bày tỏ lo ngại về nguy cơ xung đột lan rộng."#)
        #expect(topic.map(\.content) == ["Đây là bước leo thang cực kỳ nguy hiểm"])
        let content = quotes(#""Tôi rất vui", Quế Ngọc Hải khẳng định mình và các cầu thủ lớn tuổi luôn chỉ bảo cho các đàn em trong đội."#)
        #expect(content.map(\.content).contains("mình và các cầu thủ lớn tuổi luôn chỉ bảo cho các đàn em trong đội"))
    }
}
