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

    // Silver 2024-08-09-man-city---man-utd: the dateline `Anh` glued to the title `HLV`, both
    // ASCII; the fullest name of `Ten Hag` was `AnhHLV Erik ten Hag` (7 quotes).
    @Test func asciiWordGluedToATitleIsNoPartOfTheName() {
        let found = SpeakerRuleProbe.decisions("""
            AnhHLV Erik ten Hag khẳng định chỉ sử những cầu thủ đạt thể trạng tốt nhất khi Man Utd gặp Man City ở trận tranh Siêu Cup Anh trên sân Wembley ngày 10/8.

            "Chúng tôi luôn muốn thắng", Ten Hag nói hôm 8/8 trong buổi họp báo trước trận đấu trên sân Wembley.
            """)
        #expect(found.last?.speaker.name == "Erik ten Hag")
        #expect(!found.contains { $0.speaker.name.contains("AnhHLV") })
    }

    // A Latin-script name in mixed case is one word of the name.
    @Test func mixedCaseLatinNameStaysWhole() {
        let found = SpeakerRuleProbe.decisions(
            "Rob McElhenney cho biết đội bóng xứ Wales sẽ tiếp tục đầu tư cho học viện trẻ.")
        #expect(found.first?.speaker.name == "Rob McElhenney")
        #expect(found.first?.rules.contains(.gluedCaption) == false)
    }

    // Silver 2024-04-10-thieu-tuong-do-huu-ca: the dateline `Quảng Ninh` glued to `Cựu`: the
    // part before the capital is ASCII, the part after is a Vietnamese syllable.
    @Test func asciiSyllableGluedToAVietnameseOneIsNoPartOfTheName() {
        let found = SpeakerRuleProbe.decisions(
            "Quảng NinhCựu giám đốc Công an Hải Phòng Ca nói chưa bao giờ lừa dối ai, vì thương đàn em Trương Xuân Đước mà phạm tội vào giai đoạn cuối cuộc đời.")
        #expect(found.first.map { !$0.speaker.name.contains("NinhCựu") } == true)
    }

    // Silver 2025-01-13-kai-havertz: the caption `Anh` glued to `Vợ`; the fullest name of
    // `Sophia` was `AnhVợ Sophia`.
    @Test func fullestNameLeavesTheGluedCaptionOut() {
        let found = SpeakerRuleProbe.decisions("""
            AnhVợ Sophia cùng đứa con chưa chào đời của tiền đạo Kai Havertz bị dọa giết, sau khi Arsenal thua Man Utd ở vòng ba Cup FA.

            Sophia thông báo mang thai vào tháng 11/2024.
            """)
        #expect(found.first?.speaker.name == "Sophia")
    }

    // A brand in mixed case with ASCII on both sides of its capital stays one word.
    @Test func asciiOnBothSidesStaysWhole() {
        let found = SpeakerRuleProbe.decisions(
            "Đại diện CellphoneS cho biết doanh số iPhone 16 tăng mạnh trong tuần đầu mở bán.")
        #expect(found.first.map { !$0.rules.contains(.gluedCaption) } == true)
    }
}
