import Testing
@testable import VietQuote

/// `ReasonTopicRule` (a reason or cause named as a statement cue's object and not stated: a
/// topic, a credit only) on sentences from the dev articles and the silver corpus.
@Suite struct ReasonTopicRuleTests: QuoteRuleSuite {
    // Dev 421 (no quote in the gold); silver 2025-01-03-hoai-lam, 2024-06-16-depay.
    @Test func reasonNamedNotStatedIsNoQuote() {
        let body = "Trang Suspilne dẫn nguồn tin nội bộ cho biết, ông Zelensky dường như cho rằng ông Kuleba đã không thành công trong việc kêu gọi phương Tây viện trợ thêm vũ khí, khi nhà lãnh đạo Ukraine lý giải nguyên nhân muốn thay thế nhà ngoại giao hàng đầu."
        #expect(rule(deciding: "lý giải", in: body) == .reasonTopic)
        #expect(quotes(body).map(\.cue) == ["cho rằng"])
        #expect(quotes("Vợ cũ Hoài Lâm tiết lộ lý do ly hôn 5 năm trước.").isEmpty)
        // `vì sao` "why" asks, it states no reason.
        #expect(quotes("Sportbible chia sẻ lý do vì sao Memphis Depay mang băng đô màu trắng tại EURO 2024.").isEmpty)
    }

    // Silver 2024-12-11-facebook-bi-loi, 2024-05-17-xavi; the dev gold 407.
    @Test func statedReasonIsTheContent() {
        let said = quotes("Các kỹ sư của Facebook cho biết nguyên nhân của vụ việc là do những thay đổi cấu hình trên các bộ định tuyến chính.")
        #expect(said.map(\.content) == ["nguyên nhân của vụ việc là do những thay đổi cấu hình trên các bộ định tuyến chính"])
        let because = quotes("RAC1 cho hay lý do Barcelona sa thải huyền thoại của CLB vì phát ngôn không phù hợp của Xavi.")
        #expect(because.count == 1)
        let dev = quotes("Người phát ngôn chính phủ Campuchia cho biết nguyên nhân của sự hiểu lầm là từ cuộc gặp giữa Thủ tướng Hun Manet và Chủ tịch Vingroup Phạm Nhật Vượng.")
        #expect(dev.first?.content.hasPrefix("nguyên nhân của sự hiểu lầm là từ cuộc gặp") == true)
    }

    // Silver 2024-04-21-chi-trung: a quotation before the speaker is what was said.
    @Test func quotationBeforeTheSpeakerIsSaid() {
        let body = "\"Tôi nghĩ lỗi không hoàn toàn do ai. Chúng tôi cứ xa nhau ra, lạnh nhạt dần đi\", nam nghệ sĩ nói về nguyên nhân ly hôn."
        let found = quotes(body)
        #expect(found.map(\.cue) == ["nói về"])
        #expect(found.first?.content == "Tôi nghĩ lỗi không hoàn toàn do ai. Chúng tôi cứ xa nhau ra, lạnh nhạt dần đi")
    }

    // Silver 2024-04-30-co-viet-nam (a quote at 6b6d8bb, lost to this rule in c209dab, review12 M3):
    // the reason noun phrase is the subject of its own predicate, the reason is stated.
    @Test func reasonWithItsOwnPredicateIsTheContent() {
        let body = "Trao đổi với Tuổi Trẻ Online, Baro cho biết lý do anh treo cờ cũng khá đơn giản."
        #expect(rule(deciding: "cho biết", in: body) != .reasonTopic)
        #expect(quotes(body).map(\.content) == ["lý do anh treo cờ cũng khá đơn giản"])
    }
}
