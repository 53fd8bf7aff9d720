import Testing
@testable import VietQuote

@Suite struct SeveralNamesRuleTests {
    // After dev 431 (`Tổng thống Mỹ và Thủ tướng Anh lên án vụ nổ súng`), with the names.
    @Test func twoTitledPeopleOfOneCueAreOneSpeaker() {
        let found = SpeakerRuleProbe.decisions("Tổng thống Mỹ Joe Biden và Thủ tướng Anh Keir Starmer lên án vụ nổ súng.")
        #expect(found.map(\.rules) == [[.severalNames]])
        #expect(found.first?.speaker.name == "Joe Biden và Keir Starmer")
        // Two sides: none alone, each in the stance.
        #expect(found.first?.speaker.affiliation == nil)
        #expect(found.first?.speaker.sides == ["Mỹ", "Anh"])
    }

    @Test func sidesWithoutNamesAreNotSeveralNames() {
        let found = SpeakerRuleProbe.decisions("Mỹ và Cuba thông báo sẽ mở lại đại sứ quán tại thủ đô của nhau.")
        #expect(found.first?.rules.contains(.severalNames) == false)
    }

    // dev 422: the body's short form in brackets after the apposition is no second person.
    @Test func bracketedShortFormOfABodyIsNoSecondName() {
        let found = SpeakerRuleProbe.decisions("""
            “Họ đã lắp đặt màn chắn trên đường, chuẩn bị cho nổ tung các con đường”, Lee Sung Joon, người phát ngôn của Hội đồng Tham mưu trưởng Liên quân Hàn Quốc (JSC), phát biểu trong một cuộc họp báo.
            """)
        #expect(found.first?.rules.contains(.severalNames) == false)
        #expect(found.first?.speaker.name == "Lee Sung Joon")
    }

    // Silver 2024-11-18-chuc-20-11, 2024-05-26-vincent-kompany: a comma and one title after the
    // first name make an apposition (the title's body or place), no list of two people.
    @Test(arguments: [
        ("Bà Trương Thị Kim Huệ, Giám đốc Sở GD-ĐT Đồng Nai, thông tin đơn vị đã thực hiện việc này nhiều năm qua, với mong muốn lan tỏa tinh thần tiết kiệm.",
         "Trương Thị Kim Huệ"),
        ("Roy Keane, cựu đội trưởng Manchester United, từng chỉ trích Burnley của Kompany: \"Họ thật tệ. Phong cách chơi của họ hoàn toàn không phù hợp với Premier League.\"",
         "Roy Keane"),
    ])
    func titleAfterACommaIsAnApposition(sentence: String, name: String) throws {
        let found = try #require(SpeakerRuleProbe.decisions(sentence).first)
        #expect(found.speaker.name == name)
        #expect(found.rules.contains(.appositionNoList))
        #expect(!found.rules.contains(.severalNames))
    }

    // Dev 429: the name before the comma ends a phrase (`việc THA`); the titled short form
    // after it is the person the article names in full, and speaks.
    @Test func titledShortFormAfterACommaSpeaks() throws {
        let found = SpeakerRuleProbe.decisions("""
            Cục trưởng Cục THA dân sự TP.HCM Nguyễn Văn Hòa cho biết, đến khi bản án có hiệu lực pháp luật, cơ quan THA đã sẵn sàng thu hồi tài sản. Để đẩy nhanh việc THA, Cục trưởng Hòa kiến nghị cần có một cơ chế đặc biệt trong việc thu hồi tài sản vụ án.
            """)
        let second = try #require(found.last)
        #expect(found.count == 2)
        #expect(second.speaker.name == "Nguyễn Văn Hòa")
        #expect(second.rules.contains(.titledAfterPhrase))
    }

    // Silver 2024-11-12-gia-bitcoin-hien-tai: a title before both names is no apposition of
    // the first (the comma introduces the holder); that reading is left to the list.
    @Test func titleBeforeBothNamesIsNoCommaPair() {
        let found = SpeakerRuleProbe.decisions(
            "Tại đây, Thượng nghị sĩ đảng Cộng hòa Wyoming, Cynthia Lummis, cũng đã đề xuất một dự luật yêu cầu chính phủ Mỹ mua 1 triệu Bitcoin.")
        #expect(!found.isEmpty)
        #expect(!found.contains { $0.rules.contains(.appositionNoList) || $0.rules.contains(.titledAfterPhrase) })
    }
}
