import Testing
@testable import VietQuote

@Suite struct NameRuleTests {
    // dev 321.
    @Test func titledNameTakesTitleAndSide() {
        let found = SpeakerRuleProbe.decisions(
            "Thủ tướng Ấn Độ Narendra Modi ngày 21/8 tuyên bố nước ông và Trung Quốc sẽ không để bất đồng trở thành tranh chấp.")
        #expect(found.map(\.rules) == [[.name]])
        #expect(found.first?.speaker.name == "Narendra Modi")
        #expect(found.first?.speaker.title == "Thủ tướng Ấn Độ")
        #expect(found.first?.speaker.affiliation == "Ấn Độ")
    }

    @Test func shortFormTakesTheFullestName() {
        let found = SpeakerRuleProbe.decisions(
            "Tổng thống Ukraine Volodymyr Zelenskyy tới Warsaw. Ông Zelensky cho biết Ukraine cần thêm máy bay chiến đấu.")
        #expect(found.map(\.rules) == [[.fullestName]])
        #expect(found.first?.speaker.name == "Volodymyr Zelenskyy")
    }

    @Test func untitledNameTakesTheArticlesFirstSide() {
        let found = SpeakerRuleProbe.decisions("Ông Jake Sullivan nêu rõ Mỹ sẽ hành động.")
        #expect(found.map(\.rules) == [[.name, .contextSide]])
        #expect(found.first?.speaker.affiliation == "Mỹ")
    }

    // dev 304: an organisation heads the apposition; the places inside it are no names.
    @Test func organisationHeadedAppositionHasNoSpeakingName() {
        let found = SpeakerRuleProbe.decisions(
            "Tuần trước, CPI, đóng trụ sở tại La Haye, Hà Lan, đã nhắc lại rằng các nước thành viên phải « có nghĩa vụ » bắt giữ các đối tượng bị Tòa truy nã.")
        #expect(found.first?.rules.first == .organization)
    }
}
