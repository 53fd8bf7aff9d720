import Testing
@testable import VietQuote

/// Issue 14, item 2: a leader role of a side is the person the article titles with that
/// side's own office.
@Suite struct LeaderRuleTests {
    // Dev 317.
    @Test func leaderOfASideIsItsTitledHead() {
        let found = SpeakerRuleProbe.decisions("""
            Ngày 8/10, Tổng thống Azerbaijan Ilham Aliyev tuyên bố Azerbaijan đã sẵn sàng ký thoả thuận hoà bình với Armenia.

            Nhà lãnh đạo Azerbaijan không loại trừ khả năng tổ chức cuộc gặp với Thủ tướng Armenia Nikol Pashinyan tại Gruzia nếu phía Armenia đồng ý.
            """)
        #expect(found.last?.rules == [.leaderOfSide])
        #expect(found.last?.speaker.name == "Ilham Aliyev")
        #expect(found.last?.speaker.affiliation == "Azerbaijan")
    }

    // Dev 308: a deputy and a spokesperson of the side are no leader of it.
    @Test func deputyOrSpokespersonIsNoLeader() throws {
        let found = SpeakerRuleProbe.decisions("""
            Phó chủ tịch Hội đồng An ninh Liên bang Nga Dmitry Medvedev cảnh báo phương Tây.

            Nhà lãnh đạo Nga nhấn mạnh những bên có ác ý với Nga nên biết Matxcơva đang sở hữu những loại vũ khí mới.
            """)
        #expect(found.last?.rules.contains(.leaderOfSide) == false)
        let speaker = try #require(found.last).speaker
        #expect(speaker.name != "Dmitry Medvedev")
        // Unnamed here: a source with the side's affiliation (ANNOTATION.md, Speakers).
        #expect(speaker.name == "Nhà lãnh đạo Nga")
        #expect(speaker.kind == .source)
        #expect(speaker.affiliation == "Nga")
        #expect(found.count == 2)
    }
}
