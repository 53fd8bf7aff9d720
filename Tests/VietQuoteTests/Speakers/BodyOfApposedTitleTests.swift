import Testing
@testable import VietQuote

/// `BodyOfApposedTitle`: a mention that is only an apposition's title and its body's name
/// (`CEO Unimedia`, `nhà sáng lập Telio`) after a person is that person; the body's name ends
/// the title. A one-word name the article writes in a fuller name stays the speaker.
@Suite struct BodyOfApposedTitleTests {
    // Silver 2024-08-13-ngoc-chau (main 2a9b2cb: the person `Unimedia`, title `CEO`).
    @Test func companyBetweenDashesIsThePersonsTitle() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Ông Trần Việt Bảo Hoàng - CEO Unimedia - chia sẻ trên trang cá nhân: \"Cô Bảy ơi, tụi con thương cô nhiều lắm\".").first)
        #expect(found.rules.contains(.bodyOfApposedTitle))
        #expect(found.speaker.name == "Trần Việt Bảo Hoàng")
        #expect(found.speaker.title == "CEO Unimedia")
    }

    // Silver 2025-02-07-telio (was the person `Telio`, title `nhà sáng lập`).
    @Test func startUpAfterTheFounderIsHisTitles() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Theo trang Tech in Asia, ông Bùi Sỹ Phong, nhà sáng lập Telio, start-up thương mại điện tử B2B, xác nhận công ty đã đóng cửa vào cuối năm 2024.").first)
        #expect(found.speaker.name == "Bùi Sỹ Phong")
        #expect(found.speaker.title?.hasPrefix("nhà sáng lập Telio") == true)
    }

    // Dev 102: `Tổng thống Biden` is the person the article writes `Tổng thống Mỹ Joe Biden`, no body.
    @Test func oneWordTheArticleWritesInAFullerNameSpeaks() throws {
        let found = SpeakerRuleProbe.decisions("""
            Tổng thống Mỹ Joe Biden đã có cuộc họp với Chủ tịch Trung Quốc Tập Cận Bình vào ngày 16/11/2024, bên lề Hội nghị thượng đỉnh APEC tại thủ đô Lima, Peru.

            Theo Cố vấn An ninh Quốc gia Mỹ Jake Sullivan, Tổng thống Biden đã lưu ý đến "sự thật hiển nhiên" rằng một chính quyền mới sẽ tiếp quản vào ngày 20/1.
            """)
        let noted = try #require(found.last)
        #expect(!noted.rules.contains(.bodyOfApposedTitle))
        #expect(noted.speaker.name == "Joe Biden")
    }
}
