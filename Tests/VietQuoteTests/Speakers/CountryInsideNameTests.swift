import Testing
@testable import VietQuote

/// `CountryInsideName`: a country's syllable inside a Vietnamese given name or place name is
/// no side.
@Suite struct CountryInsideNameTests {
    // Silver 2024-05-18-giai-duc (the student Phùng Đức Anh) and the dramas of
    // `Mình yêu nhau, bình yên thôi` (the character Đức Anh): no Germany and United Kingdom.
    @Test(arguments: [
        ("Theo Đức Anh, ý tưởng của ứng dụng xuất phát từ việc em là một bạn trẻ thích đi du lịch.", "Đức Anh"),
        ("Mỹ Anh cho biết cô sẽ ra mắt album mới vào tháng tới.", "Mỹ Anh"),
    ])
    func twoCountrySyllablesAreAGivenName(sentence: String, name: String) throws {
        let found = try #require(SpeakerRuleProbe.decisions(sentence).first)
        #expect(found.rules.contains(.countryPairGivenName))
        #expect(found.speaker.name == name)
        #expect(found.speaker.kind == .person)
        #expect(found.speaker.affiliation == nil)
        #expect(found.speaker.sides == nil)
    }

    // Silver 2024-06-28-ngay-gia-dinh `TP Thủ Đức`, 2024-09-04-mai-am-hoa-hong `phường Trung Mỹ
    // Tây`, 2024-05-19-sinh-nhat-bac `huyện ủy Đông Anh`: districts and wards of Vietnam.
    @Test func countrySyllableOfAPlaceIsNoSide() throws {
        let city = try #require(SpeakerRuleProbe.decisions("TP Thủ Đức thông báo sẽ tổ chức tuyển sinh vào tuần sau.").first)
        #expect(city.speaker.name == "TP Thủ Đức")
        #expect(city.speaker.affiliation != "Đức")
        #expect(city.rules.contains(.countryInsidePlaceName))
        let ward = try #require(SpeakerRuleProbe.decisions(
            "Lãnh đạo UBND phường Trung Mỹ Tây cho biết sẽ xử lý nghiêm các trường hợp vi phạm.").first)
        #expect(ward.speaker.affiliation != "Mỹ")
        #expect(ward.speaker.name != "Tây")
        let district = try #require(SpeakerRuleProbe.decisions("Bí thư huyện ủy Đông Anh cho biết huyện sẽ tiếp tục đầu tư.").first)
        #expect(district.speaker.affiliation != "Anh")
    }

    // Silver 2024-05-02-chu-tich-nuoc `UBND huyện Đức Cơ` (was the person `Đức Cơ`) and 2024-09-17-sap-cau
    // `Sở Giao thông vận tải tỉnh Lào Cai` (was `Si Ma Cai`): a country that opens a place's name after its head.
    @Test func countryOpeningAPlaceNameIsNoSide() throws {
        let district = try #require(SpeakerRuleProbe.decisions(
            "UBND huyện Đức Cơ khẳng định thông tin trên là hoàn toàn sai sự thật.").first)
        #expect(district.speaker.name == "UBND huyện Đức Cơ")
        #expect(district.speaker.kind == .organization)
        #expect(district.speaker.affiliation != "Đức")
        #expect(district.rules.contains(.countryInsidePlaceName))
        let department = try #require(SpeakerRuleProbe.decisions(
            "Sở Giao thông vận tải tỉnh Lào Cai cho biết: Sau gần một tuần khẩn trương khắc phục, toàn tỉnh đã có 15 tuyến thông đường.").first)
        #expect(department.speaker.name == "Sở Giao thông vận tải tỉnh Lào Cai")
        #expect(department.speaker.affiliation != "Lào")
        // The title holds the place too (PlaceNameCountryTests: no side Đức).
        let person = try #require(SpeakerRuleProbe.decisions(
            "Ông Siu Luynh, Phó Chủ tịch UBND huyện Đức Cơ, cho hay sáng 30/4 ông cùng Chủ tịch UBND huyện ra viếng nghĩa trang.").first)
        #expect(person.speaker.title == "Phó Chủ tịch UBND huyện Đức Cơ")
    }

    // A country after a title, after a body's words (capitalised or not) or alone stays a side;
    // so does a country followed by a foreign name.
    @Test func wholeCountryWordsStaySides() throws {
        let minister = try #require(SpeakerRuleProbe.decisions("Bộ trưởng Bộ Quốc Phòng Mỹ Lloyd Austin cho biết Washington sẽ tiếp tục hỗ trợ.").first)
        #expect(minister.speaker.affiliation == "Mỹ")
        let agency = try #require(SpeakerRuleProbe.decisions("Trung tâm Bão Quốc Gia Mỹ cho biết cơn bão đang mạnh lên.").first)
        #expect(agency.speaker.affiliation == "Mỹ")
        let leader = try #require(SpeakerRuleProbe.decisions("Thủ tướng Anh Keir Starmer cho biết London sẽ tiếp tục viện trợ.").first)
        #expect(leader.speaker.affiliation == "Anh")
        #expect(!leader.rules.contains(.countryPairGivenName))
        let country = try #require(SpeakerRuleProbe.decisions("Nga tuyên bố sẽ đáp trả các lệnh trừng phạt mới.").first)
        #expect(country.speaker.kind == .country)
        #expect(country.speaker.name == "Nga")
        let list = try #require(SpeakerRuleProbe.decisions("Mỹ và Anh cho biết sẽ tiếp tục hỗ trợ Ukraine.").first)
        #expect(list.speaker.sides == ["Mỹ", "Anh"])
    }

    // Silver 2024-04-13-minh-tu `Mỹ nhân sinh năm 1991 nói …` (the beauty): `mỹ nhân` is a
    // word of body_words.tsv (`mỹ` is never written alone in lower case), no United States.
    @Test func countryStartingAWordOfABoundSyllableIsNoSide() throws {
        let found = try #require(SpeakerRuleProbe.decisions("Mỹ nhân sinh năm 1991 nói rằng cô rất hạnh phúc khi được trở lại sân khấu.").first)
        #expect(found.speaker.kind != .country)
        #expect(found.speaker.affiliation == nil)
        #expect(found.rules.contains(.sideStartsWordNoSide))
    }

    // review11 M5: a foreign body written in title case keeps its country; only a place's head
    // (`place_heads.tsv`) makes the syllables before a country a Vietnamese place.
    @Test func countryAfterABodyWrittenInTitleCaseStaysItsSide() throws {
        let found = try #require(SpeakerRuleProbe.decisions("Cục Tình Báo Mỹ cho biết Nga đang chuẩn bị tấn công.").first)
        #expect(found.speaker.affiliation == "Mỹ")
        #expect(!found.rules.contains(.countryInsidePlaceName))
    }

    // review11 S3: two countries written without a dash after a noun are no given name (was the
    // name `Nga Mỹ`).
    @Test func twoCountriesAfterANounAreNoGivenName() throws {
        let found = try #require(SpeakerRuleProbe.decisions("Tổng thống hai nước Nga Mỹ cho biết sẽ gặp nhau.").first)
        #expect(!found.rules.contains(.countryPairGivenName))
        #expect(found.speaker.name != "Nga Mỹ")
    }
}
