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

    // An untitled person takes no side from the context, even where the article titles that
    // side's officials (audit pattern 4: Elon Musk, Pope Francis, a witness got the first side).
    @Test func untitledNameTakesNoSideFromTheContext() {
        let found = SpeakerRuleProbe.decisions(
            "Cố vấn An ninh Quốc gia Mỹ hôm qua tới Bắc Kinh. Ông Jake Sullivan nêu rõ Mỹ sẽ hành động.")
        #expect(found.map(\.rules) == [[.name, .noContextSideUntitled]])
        #expect(found.first?.speaker.affiliation == nil)
    }

    // dev 420 (an analyst of the IISS in a story on North Korea) and silver (singers,
    // footballers, witnesses): with no title of the first side in the article, an untitled
    // person is a private person or expert, who speaks for no country (ANNOTATION.md).
    @Test func untitledNameInAStoryThatTitlesNoSideHasNoSide() {
        let found = SpeakerRuleProbe.decisions(
            "Triều Tiên hôm 22/4 tập trận phản công hạt nhân. Dempsey nói thêm: “Hệ thống chỉ huy và kiểm soát này đã hoặc sẽ trưởng thành”.")
        #expect(found.first?.speaker.name == "Dempsey")
        #expect(found.first?.speaker.affiliation == nil)
        #expect(found.first?.rules == [.name, .noContextSideUntitled])
    }

    // dev 449: a company's chairman speaks for no country (body_heads.tsv side `none`).
    @Test func companyTitleGivesNoSideFromTheContext() {
        let found = SpeakerRuleProbe.decisions("""
            Tổng thống Mỹ Joe Biden ký lệnh áp thuế xe điện.

            Chủ tịch Tập đoàn Vingroup Phạm Nhật Vượng khẳng định VinFast sẽ tiếp tục đầu tư tại Bắc Carolina.
            """)
        #expect(found.last?.speaker.name == "Phạm Nhật Vượng")
        #expect(found.last?.speaker.affiliation == nil)
        #expect(found.last?.rules == [.name, .noContextSideBodyTitle])
    }

    // dev 402: a party's senator speaks for the country of the story (a party's head `Đảng`
    // has side `country`), unlike a company's chairman.
    @Test func partyTitleTakesTheSideOfTheContext() {
        let found = SpeakerRuleProbe.decisions(
            "Thượng nghị sĩ đảng Dân chủ Chris Murphy ngày 1/2 nói rằng USAID của Mỹ đang trải qua \"sự phá hủy hoàn toàn\".")
        #expect(found.first?.speaker.name == "Chris Murphy")
        #expect(found.first?.rules == [.name, .contextSide])
        #expect(found.first?.speaker.affiliation == "Mỹ")
    }

    // dev 434 and 444: a foreign name at a bare national ministry is no Vietnamese official;
    // it takes the story's side, not the home side of `Bộ Nội vụ`.
    @Test func foreignNameAtABareMinistryTakesTheStorysSide() {
        let found = SpeakerRuleProbe.decisions("""
            Tổng thống Bolivia Luis Arce kêu gọi người dân bảo vệ nền dân chủ.

            "Tướng quân, ông đã bị bắt", Thứ trưởng Bộ Nội vụ Jhonny Aguilera nói với vị tướng.
            """)
        #expect(found.last?.speaker.name == "Jhonny Aguilera")
        #expect(found.last?.speaker.affiliation == "Bolivia")
        #expect(found.last?.rules == [.name, .foreignNameNoHomeSide, .contextSide])
    }

    // dev 304: an organisation heads the apposition; the places inside it are no names.
    @Test func organisationHeadedAppositionHasNoSpeakingName() {
        let found = SpeakerRuleProbe.decisions(
            "Tuần trước, CPI, đóng trụ sở tại La Haye, Hà Lan, đã nhắc lại rằng các nước thành viên phải « có nghĩa vụ » bắt giữ các đối tượng bị Tòa truy nã.")
        #expect(found.first?.rules.first == .organization)
    }
}

/// Affiliation from the right words: a country word inside a personal name is no side.
@Suite struct NameSideTests {
    // Silver: `Phạm Nhật Vượng` gave the article's first side `Nhật Bản`.
    @Test func countrySyllableOfAPersonalNameIsNoSide() {
        let found = SpeakerRuleProbe.decisions("""
            Ông Phạm Nhật Vượng tới thăm nhà máy ở Mỹ.

            Ông Vượng cho biết công ty sẽ mở rộng sản xuất.
            """)
        // Not `Nhật Bản`; and no title names `Mỹ`, so no side from the context either.
        #expect(found.last?.speaker.name == "Phạm Nhật Vượng")
        #expect(found.last?.speaker.affiliation == nil)
        #expect(found.last?.rules == [.fullestName, .noContextSideUntitled])
    }

    // dev 319: a title written in capitals keeps its side.
    @Test func sideAfterATitleInCapitalsIsTheSide() {
        let found = SpeakerRuleProbe.decisions("""
            Ngoại Trưởng Úc, Penny Wong, đã có cuộc gặp ở Bali, Indonesia.

            Thượng nghị sĩ Wong cho biết hai nước sẽ nối lại đối thoại.
            """)
        #expect(found.last?.speaker.affiliation == "Úc")
    }
}
