import Testing
@testable import VietQuote

/// `LowercaseMediumName`: a medium whose name is made of common words (`Nhân Dân`) is no
/// medium written in lower case (Speakers/Mentions/LowercaseMediumName.swift).
@Suite struct LowercaseMediumNameTests {
    // Silver 2024-04-22-tai-nan-nha-may-xi-mang-yen-bai: `nhân dân` of `Ủy ban nhân dân` was the medium `Nhân Dân`.
    @Test func peopleInsideABodyIsNoMedium() throws {
        let found = SpeakerRuleProbe.decisions("""
            Công điện nêu rõ, theo thông tin từ Ủy ban nhân dân tỉnh Yên Bái, vào khoảng 13 giờ 30 phút ngày 22 tháng 4 \
            năm 2024, đã xảy ra vụ tai nạn lao động đặc biệt nghiêm trọng trong quá trình sửa chữa dây chuyền nghiền đá ở \
            Nhà máy xi măng thuộc Công ty cổ phần Xi măng và Khoáng sản Yên Bái, khiến 07 người tử vong và 03 người bị thương.
            """)
        let quote = try #require(found.first)
        #expect(quote.speaker.name != "nhân dân", "\(quote.speaker)")
        #expect(quote.speaker.kind != .media, "\(quote.speaker)")
        #expect(quote.rules.contains(.mediumNameInLowercase) || !quote.speaker.name.contains("nhân dân"))
    }

    // The paper written as a name stays the medium.
    @Test func capitalisedPaperIsTheMedium() throws {
        let found = SpeakerRuleProbe.decisions("""
            Theo báo Nhân Dân, Thủ tướng Chính phủ vừa ký Công điện gửi Chủ tịch Ủy ban nhân dân tỉnh Yên Bái về vụ tai nạn lao động.
            """)
        let quote = try #require(found.first)
        #expect(quote.speaker.kind == .media, "\(quote.speaker)")
        #expect(!quote.rules.contains(.mediumNameInLowercase))
    }
}
