import Testing
@testable import VietQuote

@Suite struct MediumWithoutNameTests {
    // Silver 2024-05-03-danh-ghen-moi-nhat: the company's name after the head's own words.
    @Test func nameAfterTheHeadsWordsIsTheSpeaker() {
        let found = SpeakerRuleProbe.decisions(
            "Mới đây, hãng dược phẩm AstraZeneca thừa nhận vắc-xin COVID-19 có thể gây tác dụng phụ hiếm gặp dẫn đến cục máu đông.")
        #expect(found.first?.rules.first == .mediumNameAfterWords)
        #expect(found.first?.speaker.name == "AstraZeneca")
    }

    // Silver 2024-04-15-u23-chau-a: an unnamed medium keeps its words, not its head.
    @Test func unnamedMediumKeepsItsWords() {
        let found = SpeakerRuleProbe.decisions(
            "Trước thềm giải, tờ báo nước Pháp nhận định Nhật Bản, Hàn Quốc và Australia là ứng viên của LĐBĐ châu Á.")
        #expect(found.first?.rules.first == .mediumUnnamed)
        #expect(found.first?.speaker.name == "tờ báo nước Pháp")
        #expect(found.first?.speaker.kind == .media)
    }

    // Silver 2024-06-08-cau-chuyen-hoa-hong, 2024-05-24-xiaomi-14-ultra: a number after the
    // head is the medium's name (`trang 163`), not the head alone (`trang`) nor the medium before.
    @Test func numberAfterTheHeadNamesTheMedium() {
        let found = SpeakerRuleProbe.decisions(
            "Theo trang 163, nữ diễn viên sử dụng thông tin giả. Trong khi đó, trang 91mobiles nhấn mạnh rằng Xiaomi 14 Ultra khá nặng.")
        #expect(found.map(\.speaker.name) == ["trang 163", "trang 91mobiles"])
        #expect(found.allSatisfy { $0.rules.first == .mediumUnnamed && $0.speaker.kind == .media })
    }

    // Silver 2024-04-21-vuong-dinh-hue: `tờ báo này` is the medium that spoke before.
    @Test func headAloneIsTheMediumBefore() {
        let found = SpeakerRuleProbe.decisions(
            "Tờ Kommersant cho biết hai bên đã nhất trí về lịch trình. Đưa tin tại thời điểm đó, tờ báo này nói rằng cuộc gặp sẽ diễn ra vào tháng sau.")
        #expect(found.count == 2)
        #expect(found.last?.rules.first == .mediumHeadAlone)
        #expect(found.last?.speaker.name == "Kommersant")
    }

    // Silver 2024-07-19-sweet-home: the press as a whole names no medium before it.
    @Test func collectiveHeadNamesNoMediumBefore() {
        let found = SpeakerRuleProbe.decisions(
            "Tờ Kommersant cho biết hai bên đã nhất trí về lịch trình. Truyền thông quốc tế cho rằng cuộc gặp sẽ diễn ra vào tháng sau.")
        #expect(found.last?.speaker.name == "Truyền thông quốc tế")
        #expect(found.last?.rules.first == .mediumUnnamed)
    }

    // Silver 2024-10-29-amorim: `Nhiều tờ báo` names several media, not the one quoted before.
    @Test func quantifiedHeadIsNotTheMediumBefore() {
        let found = SpeakerRuleProbe.decisions(
            "Tờ Kommersant cho biết hai bên đã nhất trí về lịch trình. Nhiều tờ báo cho rằng HLV 39 tuổi sẽ đến Man City vào mùa hè tới.")
        #expect(found.count == 2)
        #expect(found.last?.speaker.name == "Nhiều tờ báo")
        #expect(found.last?.rules.first == .mediumUnnamed)
    }
}
