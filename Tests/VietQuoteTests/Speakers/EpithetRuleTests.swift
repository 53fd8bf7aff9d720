import Testing
@testable import VietQuote

/// Issue 14, item 2: a description of one person stands for the person who spoke before.
@Suite struct EpithetRuleTests {
    // Silver 2024-04-25-u23-han-quoc-dau-voi-u23-indonesia.
    @Test func nationalityEpithetIsTheCoachWhoSpokeBefore() {
        let found = SpeakerRuleProbe.decisions("""
            HLV Shin Tae Yong cho biết các cầu thủ Indonesia đã chuẩn bị rất kỹ cho trận đấu.

            Chiến lược gia người Hàn Quốc khẳng định đội bóng của ông không sợ đối thủ.
            """)
        #expect(found.last?.rules == [.epithetNearest])
        #expect(found.last?.speaker.name == found.first?.speaker.name)
        #expect(found.last?.speaker.mention == "Chiến lược gia người Hàn Quốc")
    }

    // Silver 2024-04-26-huong-tram: a gender word opening a role noun.
    @Test func genderEpithetIsTheSingerWhoSpokeBefore() {
        let found = SpeakerRuleProbe.decisions("""
            Hương Tràm cho biết cô đang tập trung cho dự án âm nhạc mới.

            Nữ ca sĩ khẳng định nếu có con cô sẽ công khai.
            """)
        #expect(found.last?.rules == [.epithetNearest])
        #expect(found.last?.speaker.name == "Hương Tràm")
    }

    // A group is no epithet: it stays an unnamed source.
    @Test func groupWithoutAMarkOfOnePersonStaysASource() {
        let found = SpeakerRuleProbe.decisions("""
            Hương Tràm cho biết cô đang tập trung cho dự án âm nhạc mới.

            Cư dân mạng cho rằng đây là quyết định đúng đắn.
            """)
        #expect(found.last?.rules.contains(.epithetNearest) == false)
        #expect(found.last?.speaker.kind == .source)
    }
}
