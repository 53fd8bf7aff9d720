import Testing
@testable import VietQuote

@Suite struct BodySideCompletionTests {
    // dev 324: a bare national head is the home country's body.
    @Test func bareNationalHeadTakesItsHomeSide() {
        let found = SpeakerRuleProbe.decisions(
            "Theo Quân chủng Hải quân, chuyến thăm của tàu Trần Hưng Đạo là điểm đến đầu tiên trong khuôn khổ chuyến thăm xã giao 3 nước.")
        #expect(found.first?.rules.last == .homeSideOfBareBody)
        #expect(found.first?.speaker.affiliation == "Việt Nam")
    }

    @Test func bareHeadTakesTheSideTheArticleWritesWithIt() {
        let found = SpeakerRuleProbe.decisions("""
            Bộ Ngoại giao Nga hôm qua triệu tập đại sứ Mỹ.

            Bộ Ngoại giao cho biết Moscow sẽ đáp trả.
            """)
        #expect(found.last?.rules == [.organization, .bodySideWrittenElsewhere])
        #expect(found.last?.speaker.affiliation == "Nga")
    }

    // dev 303: an international body is its own side, by the abbreviation the article uses.
    @Test func internationalBodyIsItsOwnSide() {
        let found = SpeakerRuleProbe.decisions("""
            Tòa án Hình sự Quốc tế (ICC) đã cáo buộc Tổng thống Putin phải chịu trách nhiệm cá nhân về vụ bắt cóc trẻ em từ Ukraine.
            """)
        #expect(found.first?.rules == [.organization, .ownSideOfBody])
        #expect(found.first?.speaker.sides == ["ICC"])
        #expect(found.first?.speaker.affiliation == nil)
    }

    // Silver 2024-12-23-nghi-tet-duong-lich-2025 (speakers24): the city after the words says
    // where the companies are; they speak for no state (was the place `TP.HCM`, then Việt Nam).
    @Test func cityAfterOtherWordsGivesNoSide() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Tin kinh tế\n\n394 doanh nghiệp tại TP.HCM cho biết gặp khó khăn trong việc thưởng Tết cho người lao động.").first)
        #expect(found.speaker.name == "394 doanh nghiệp tại TP.HCM")
        #expect(found.speaker.affiliation == nil)
        #expect(found.rules.contains(.placeAfterWordsNoSide))
    }

    // Silver 2024-04-21-zalo-loi: a private person's residence gives her no side.
    @Test func residenceGivesAPersonNoSide() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Tin công nghệ\n\nChị Huỳnh Vi, sống tại Quận 3, TP.HCM cho biết: \"Ban đầu khi thấy không gửi được tin nhắn, tôi cho là mạng có vấn đề.\"").first)
        #expect(found.speaker.name == "Huỳnh Vi")
        #expect(found.speaker.affiliation == nil)
    }
}
