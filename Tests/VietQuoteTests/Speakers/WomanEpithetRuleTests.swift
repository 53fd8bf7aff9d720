import Testing
@testable import VietQuote

/// `WomanEpithetRule`: `Người đẹp` stands for the nearest earlier speaker not marked as a man.
@Suite struct WomanEpithetRuleTests {
    // Silver 2025-02-11-mc: the model who spoke before is `Người đẹp`; with a man the article
    // calls `Ông` speaking last, the beauty is still the woman before him.
    @Test(arguments: [
        ("""
        Siêu mẫu Phương Mai cho biết: "Tôi đã quyết định nói ra sự thật".

        Người đẹp viết: "Sinh nhật vợ thì mua cho cái bánh gato thổi nến".
        """, "Phương Mai"),
        ("""
        Hoa hậu Đoàn Thiên Ân nói: "Tôi rất vui khi được trở lại đây".

        Ông Nguyễn Văn Hùng cho biết: "Chương trình năm nay có nhiều điểm mới".

        Người đẹp chia sẻ: "Tôi sẽ cố gắng hết mình trong vai trò mới".
        """, "Đoàn Thiên Ân"),
    ])
    func beautyIsTheWomanWhoSpoke(text: String, woman: String) throws {
        let quote = try #require(SpeakerRuleProbe.decisions(text).last)
        #expect(quote.speaker.name == woman)
        #expect(quote.rules.first == .epithetWoman)
    }

    // No one spoke before: an unnamed source that keeps its words; words after the epithet: not it.
    @Test func noEarlierSpeakerOrMoreWords() throws {
        let alone = SpeakerRuleProbe.decisions("""
            Người đẹp chia sẻ: "Tôi sẽ cố gắng hết mình trong vai trò mới".
            """)
        let quote = try #require(alone.first)
        #expect(quote.speaker.name == "Người đẹp")
        #expect(!quote.rules.contains(.epithetWoman))
        let longer = SpeakerRuleProbe.decisions("""
            Siêu mẫu Phương Mai cho biết: "Tôi đã quyết định nói ra sự thật".

            Người đẹp 9x chia sẻ: "Tôi sẽ cố gắng hết mình".
            """)
        #expect(longer.last?.rules.contains(.epithetWoman) == false)
    }
}
