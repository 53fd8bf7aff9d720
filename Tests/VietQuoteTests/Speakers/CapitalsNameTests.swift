import Testing
@testable import VietQuote

/// A word in capitals opening the sentence before a lower-case word is a name, not a common
/// word (Speakers/Mentions/CapitalsName.swift).
@Suite struct CapitalsNameTests {
    // Silver 2025-01-15-soobin: the tag line writes `soobin` in lower case; the stage name in capitals speaks.
    @Test func stageNameInCapitalsSpeaks() {
        let found = SpeakerRuleProbe.decisions("""
            SOOBIN thâu tóm nhiều giải thưởng danh giá nhờ "Anh trai vượt ngàn chông gai · soobin thau tom nhieu giai thuong

            Chia sẻ về những giải thưởng đạt được, SOOBIN cho biết: "2024 là một năm ngoài sức tưởng tượng đối với SOOBIN. \
            Từ những trải nghiệm, tình anh em đồng nghiệp, những giải thưởng cho đến tình cảm khán giả dành cho mình."
            """)
        let soobin = found.first { $0.rules.contains(.capitalsName) }
        #expect(soobin?.speaker.name == "SOOBIN", "\(found.map(\.speaker.name))")
    }

    // Silver 2024-09-24-fc-mobile: `Xin` is written capitalised, not in capitals: the writer's words stay unattributed.
    @Test func capitalisedCommonWordIsNoCapitalsName() {
        let found = SpeakerRuleProbe.decisions("""
            Xin nhắc lại, OVR của Đội hình thi đấu của bạn vào ngày 26 tháng 9 sẽ quyết định phần thưởng bạn nhận được cho mùa giải mới.
            """)
        #expect(found.allSatisfy { !$0.rules.contains(.capitalsName) })
    }
}
