import Testing
@testable import VietQuote

/// `DescribingCueRule` (`mô tả` with no `là`, `như`, quotation, `rằng` or colon in its clause
/// describes, no quote) on silver and dev sentences.
@Suite struct DescribingCueRuleTests: QuoteRuleSuite {
    // Silver 2024-05-22-goo-hara, 2024-05-04-mot-thoang-ta-ruc-ro (audit12 #39).
    @Test func descriptionIsNoQuote() {
        let film = "Bộ phim tài liệu Burning Sun - Exposing the secret K-pop chat groups đã mô tả khá chi tiết vụ bê bối Burning Sun với dòng thời gian rõ ràng, ví dụ các cuộc trò chuyện giữa những thành viên trong nhóm chat tình dục do Jung Joon Young lập nên."
        #expect(quotes(film).isEmpty)
        #expect(rule(deciding: "mô tả", in: film) == .describingCue)
        #expect(quotes("Và thật sự, những đoạn văn mô tả quan hệ tình dục một cách rõ ràng sẽ gây một kích thích nào đó cho người đọc.").isEmpty)
    }

    // Dev 106, 305, 405: a label after the cue is said.
    @Test func labelIsAQuote() {
        let named = quotes("Tiglao mô tả Việt Nam là “mối đe dọa khác ở Biển Đông”, viện dẫn các hoạt động bồi đắp đảo của Việt Nam.")
        #expect(named.first?.cue == "mô tả")
        let likened = quotes("Tổng thống Putin mô tả những người Nga hồi hương như những anh hùng, cảm ơn họ vì đã phục vụ quốc gia và hứa sẽ trao tặng nhiều phần thưởng nhà nước.")
        #expect(likened.first?.content == "những người Nga hồi hương như những anh hùng")
        let quoted = quotes(#"Thực ra, Ukraine thường mô tả tình hình vùng Kharkov đang "ổn định", và nhấn mạnh Nga không thể chiếm lấy thành phố Kharkov."#)
        #expect(quoted.first?.cue == "mô tả")
    }
}
