import Testing
@testable import VietQuote

@Suite struct NameRunEdgeTests {
    // silver 2024-05-26-mad-max: a photo credit in capitals after a caption's name.
    @Test func creditInCapitalsEndsTheName() {
        let found = SpeakerRuleProbe.decisions("""
            Chris Hemsworth và đạo diễn George Miller PEOPLE

            Biên kịch kiêm đạo diễn George Miller (79 tuổi) nói với People rằng "thần sấm Thor" có mối liên hệ với loạt phim của ông.
            """)
        #expect(found.first?.speaker.name == "George Miller")
    }

    // silver 2024-06-15-ky-luat-dinh-tien-dung: an abbreviated body goes on over `Trung ương`.
    @Test func abbreviatedBodyGoesOnOverABodyWord() {
        let found = SpeakerRuleProbe.decisions(
            "UBKT Trung ương đề nghị cấp có thẩm quyền xem xét, thi hành kỷ luật Ban Thường vụ Tỉnh ủy.")
        #expect(found.first?.speaker.name == "UBKT Trung ương")
    }

    // The boundary is traced where the mention holds the credit.
    @Test func creditInTheMentionIsTraced() {
        let found = SpeakerRuleProbe.decisions("Đạo diễn George Miller PEOPLE cho biết bộ phim sẽ ra mắt vào tháng 5.")
        #expect(found.first?.speaker.name == "George Miller")
        #expect(found.first?.rules.contains(.creditAfterName) == true)
    }

    // Silver 2024-06-15-lamine-yamal: `de la` inside a Spanish name (was `Luis`).
    @Test func twoParticlesInARowStayInTheName() {
        let found = SpeakerRuleProbe.decisions("HLV Luis de la Fuente nhấn mạnh rằng đội tuyển sẽ thi đấu tấn công.")
        #expect(found.first?.speaker.name == "Luis de la Fuente")
    }
}
