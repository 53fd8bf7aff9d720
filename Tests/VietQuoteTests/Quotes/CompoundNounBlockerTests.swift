import Testing
@testable import VietQuote

/// The cues.tsv blockers of quotes20: a cue word inside a compound noun (`phần bình luận`,
/// `an toàn thông tin`, `hệ thống cảnh báo`, `thông tin tuyên truyền`) is the noun, no cue;
/// sentences from the silver articles, where each left its head as the speaker (m3).
@Suite struct CompoundNounBlockerTests: QuoteRuleSuite {
    @Test func compoundNounIsNoCue() {
        #expect(quotes("Chia sẻ của Châu Bùi nhanh chóng nhận được sự quan tâm của cộng đồng mạng. Dưới phần bình luận, nhiều người tỏ thái độ bức xúc trước hành vi của nghi phạm.").isEmpty)
        #expect(quotes("- Hệ thống cảnh báo mệt mỏi cho tài xế.").isEmpty)
    }

    // `thông tin` inside the body's name is no cue: the body's own cue after it fires, with its content.
    @Test func cueAfterTheCompoundFires() throws {
        let found = try #require(quotes("Trước thủ đoạn lừa đảo, Cục An toàn thông tin (Bộ TT&TT) khuyến cáo người dân đề cao cảnh giác khi nhận được những tin nhắn Email với nội dung như trên.").first)
        #expect(found.cue == "khuyến cáo")
        #expect(found.content.hasPrefix("người dân đề cao cảnh giác"))
    }
}
