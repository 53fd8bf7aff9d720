import Testing
@testable import VietQuote

@Suite struct PronounRuleTests {
    @Test func personalPronounIsTheNearestPersonBefore() {
        let found = SpeakerRuleProbe.decisions("""
            Ngoại trưởng Nga Sergei Lavrov tuyên bố Moscow sẵn sàng bình thường hóa quan hệ với Mỹ.

            "Chúng tôi không muốn đối đầu", ông nói.
            """)
        #expect(found.last?.rules == [.pronounNearest])
        #expect(found.last?.speaker.name == "Sergei Lavrov")
        #expect(found.last?.speaker.mention == "ông")
    }

    // dev 107: `Bộ này` is the body named before, not a person.
    @Test func bodyAnaphorIsTheNearestBodyBefore() {
        let found = SpeakerRuleProbe.decisions("""
            Bộ ngoại giao Malaysia hôm 4/9 cho biết rằng họ sẽ lập báo cáo cảnh sát và tiến hành điều tra nội bộ về vụ rò rỉ công hàm ngoại giao mật của Bộ ngoại giao Trung Quốc gửi cho đại sứ quán Malaysia tại Bắc Kinh vào tháng 2.

            Bộ này nói rằng công hàm được đăng trong một bài báo của một cơ quan truyền thông Philippines vào ngày 29/8, nhưng không nêu rõ nội dung.
            """)
        #expect(found.last?.rules == [.pronounNearest])
        #expect(found.last?.speaker.name == "Bộ ngoại giao Malaysia")
        #expect(found.last?.speaker.kind == .organization)
    }

    // dev 413: an article whose first quote is `Ông cho hay`.
    @Test func pronounWithNoSpeakerBeforeStaysItself() {
        let found = SpeakerRuleProbe.decisions(
            "Ông cho hay, lính đánh thuê nước ngoài cho Ukraine tham gia vào các hoạt động tác chiến và một số nhiệm vụ khác.")
        #expect(found.map(\.rules) == [[.pronounUnresolved]])
        #expect(found.first?.speaker.kind == .person)
    }

    @Test func namedMentionIsNoPronoun() {
        let found = SpeakerRuleProbe.decisions("Ông Lavrov cho biết Nga sẵn sàng đàm phán.")
        #expect(found.first?.rules.contains(.pronounNearest) == false)
        #expect(found.first?.speaker.name == "Lavrov")
    }
}
