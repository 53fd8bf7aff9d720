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
}
