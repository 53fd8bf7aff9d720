import Testing
@testable import VietQuote

/// `TopicNounRule` (a statement cue whose object is headed by a topic noun and states no clause
/// is a credit, no quote) on sentences from the silver articles.
@Suite struct TopicNounRuleTests: QuoteRuleSuite {
    // silver 2024-05-16-nguoi-mot-nha-tap-15 (read16 #30): a quote `nỗi niềm với Trí` at main 2a9b2cb.
    @Test func topicNounAloneIsACredit() {
        let body = "Diệp nghẹn ngào chia sẻ nỗi niềm với Trí."
        #expect(quotes(body).isEmpty)
        #expect(rule(deciding: "chia sẻ", in: body) == .topicNoun)
    }

    // silver 2024-10-22-real-madrid-dau-voi-dortmund: a quantifier-free topic with its own object.
    @Test func secretOfWinningIsATopic() {
        #expect(quotes("HLV Carlo Ancelotti tiết lộ bí quyết giúp Real Madrid ghi 5 bàn vào lưới Dortmund.").isEmpty)
    }

    // silver 2024-11-18-ngay-19-11: after a quantifier.
    @Test func quantifiedTopicNoun() {
        #expect(quotes("Chủ tịch của quỹ đầu tư Alabaster chia sẻ những bí quyết sống sót và thành công trên thị trường đầy biến động.").isEmpty)
    }

    // A colon after the cue: the words after it are content (silver 2024-04-10-tich-hoa-chi).
    @Test func colonAfterTheCueStaysContent() {
        let found = quotes("Thiếu tướng Bùi Quang Thanh, Giám đốc Công an tỉnh nhấn mạnh: Kỷ niệm 134 năm Ngày sinh Chủ tịch Hồ Chí Minh là sự kiện đặc biệt quan trọng nhằm giáo dục truyền thống yêu nước.")
        #expect(found.count == 1)
    }

    // A tense word after the noun opens a clause: content (silver 2025-02-15-2ne1).
    @Test func clauseAfterTheNounStaysContent() {
        let found = quotes("Sau ồn ào, cư dân mạng phát hiện video Dara tiết lộ câu chuyện đã được chỉnh sửa, xóa đi những phân đoạn gây tranh cãi.")
        #expect(found.contains { $0.cue == "tiết lộ" })
    }

    // A caption's photo credit holds a colon that opens no quotation (silver 2024-10-25-bao-tra-mi-moi-nhat, read16 #83).
    @Test func captionCreditColonIsNoContent() {
        #expect(quotes("Ông Mai Văn Khiêm thông tin diễn biến bão số 6 - Ảnh: C.TUỆ").isEmpty)
    }
}
