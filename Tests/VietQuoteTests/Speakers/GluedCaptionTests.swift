import Testing
@testable import VietQuote

@Suite struct GluedCaptionTests {
    // Silver 2024-04-29-champion-league: the photo credit `Đức` glued to `HLV`.
    @Test func wordGluedToACaptionIsNoPartOfTheName() {
        let found = SpeakerRuleProbe.decisions(
            "ĐứcHLV Edin Terzic đánh giá cao chất lượng đội hình của PSG nhưng tự tin Dortmund sẽ thắng trận bán kết lượt đi Champions League.")
        #expect(found.first?.speaker.name == "Edin Terzic")
        #expect(found.first?.rules.contains(.gluedCaption) == true)
    }

    // Silver 2024-06-08-osin-huy-duc: the dateline `Hà Nội` glued to `Ông`.
    @Test func datelineGluedToAnHonorificIsNoPartOfTheName() {
        let found = SpeakerRuleProbe.decisions(
            "Hà NộiÔng Trương Huy San khẳng định các bài viết của mình không xâm phạm lợi ích của Nhà nước.")
        #expect(found.first?.speaker.name == "Trương Huy San")
    }

    // A Latin-script name in mixed case is one word of the name.
    @Test func mixedCaseLatinNameStaysWhole() {
        let found = SpeakerRuleProbe.decisions(
            "Rob McElhenney cho biết đội bóng xứ Wales sẽ tiếp tục đầu tư cho học viện trẻ.")
        #expect(found.first?.speaker.name == "Rob McElhenney")
        #expect(found.first?.rules.contains(.gluedCaption) == false)
    }
}
