import Testing
@testable import VietQuote

@Suite struct CountryAfterWordsTests {
    // Silver 2024-07-30-nguyen-thuy-linh, 2024-08-16-nguyen-chi-tuyen: a country after a
    // preposition of place is where the speaker is from or sits, not who speaks.
    @Test(arguments: [
        ("Tay vợt nữ đến từ Việt Nam đáp lại bằng nụ cười tươi và đưa tay cảm ơn.", "Tay vợt nữ đến từ Việt Nam", nil as String?),
        ("Một tòa án ở Hà Nội hôm 15/8 tuyên án 5 năm tù giam đối với ông Nguyễn Chí Tuyến vì “tuyên truyền chống nhà nước”.",
         "Một tòa án ở Hà Nội", "Việt Nam"),
    ])
    func countryAfterAPlacePrepositionIsNoSpeaker(sentence: String, name: String, side: String?) throws {
        let found = try #require(SpeakerRuleProbe.decisions(sentence).first)
        #expect(found.rules.first == .countryAfterWords)
        #expect(found.speaker.name == name)
        #expect(found.speaker.affiliation == side)
    }

    // Silver 2024-07-23-le-quang-liem, 2024-12-09-lich-aff-cup-2024: a country after a
    // lower-case noun or a number qualifies it; the player speaks, not Việt Nam.
    @Test(arguments: [
        ("Chia sẻ sau chiến thắng, kỳ thủ số 1 Việt Nam bày tỏ mong muốn cân bằng thành tích 4 lần vô địch.",
         "kỳ thủ số 1 Việt Nam"),
        ("Thủ quân của đội tuyển Việt Nam cho biết, cho đến thời điểm hiện tại, toàn đội đã sẵn sàng.",
         "Thủ quân của đội tuyển Việt Nam"),
    ])
    func countryAfterANounQualifiesIt(sentence: String, name: String) throws {
        let found = try #require(SpeakerRuleProbe.decisions(sentence).first)
        #expect(found.rules.first == .countryAfterWords)
        #expect(found.speaker.name == name)
        #expect(found.speaker.kind == .source)
        #expect(found.speaker.affiliation == nil)
    }

    // Silver 2024-09-02-bao-yagi: a body head, `của` and the country: a body of that country.
    @Test func bodyOfTheCountryAfterItsLink() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Cơ quan khí tượng của Việt Nam cho biết, một cơn bão có tên quốc tế là Yagi đang hoạt động ở vùng biển gần Biển Đông.").first)
        #expect(found.rules.first == .countryAfterWords)
        #expect(found.speaker.name == "Cơ quan khí tượng của Việt Nam")
        #expect(found.speaker.kind == .organization)
        #expect(found.speaker.affiliation == "Việt Nam")
    }

    // Dev 411 `thống kê của Israel` (gold: Israel), dev 312 `Phía Nhật Bản` (gold: Nhật Bản): a
    // statement of the country and a side prefix keep the side.
    @Test(arguments: [
        ("Israel đã phát động cuộc chiến trên không và trên bộ tại Gaza sau khi các tay súng do Hamas lãnh đạo đột kích miền nam Israel, làm khoảng 1.200 người thiệt mạng và bắt giữ hơn 250 con tin, theo thống kê của Israel.",
         "Israel"),
        ("Phía Nhật Bản đã phản đối động thái trên của Bắc Kinh và yêu cầu Trung Quốc xóa website này.", "Nhật Bản"),
    ])
    func statementOrSidePrefixKeepsTheSide(sentence: String, side: String) throws {
        let found = try #require(SpeakerRuleProbe.decisions(sentence).first)
        #expect(found.rules.first != .countryAfterWords)
        #expect(found.speaker.name == side)
    }

    // Silver 2024-07-25-vov (review14 S17): `người đồng cấp Iraq` is Iraq's minister, an office
    // of the country after it (`đồng cấp`, class `official_group`): the country is the side.
    @Test func counterpartKeepsTheCountryAsSide() throws {
        let found = try #require(SpeakerRuleProbe.decisions("""
            Tuyên bố chung công bố hôm qua (24/7) sau cuộc gặp giữa Bộ trưởng Bộ Quốc phòng Mỹ và người đồng cấp Iraq cho biết, sẽ có một phái đoàn cố vấn theo lời mời của Chính phủ Iraq, để hỗ trợ nước này trong cuộc chiến chống lại ISIS, cũng như hỗ trợ phát triển lực lượng an ninh Iraq.
            """).first)
        #expect(found.speaker.name.hasSuffix("người đồng cấp Iraq"))
        #expect(found.speaker.affiliation == "Iraq")
    }

    // Silver 2025-01-27-tuoi-xong-nha-nam-2025 (review14 S18): a union's proper name ending in its
    // country (head `Liên hiệp`, body_heads.tsv) is a body of that country, not an unnamed source.
    @Test func unionNamedWithItsCountryIsABody() throws {
        let found = SpeakerRuleProbe.decisions("""
            Nhà nghiên cứu văn hóa Phạm Đình Hải, Liên hiệp các tổ chức hữu nghị Việt Nam cho rằng, các gia đình tùy theo quan hệ tam hợp, lục hợp và niên mệnh ngũ hành của chủ nhà để lựa chọn, mời người xông đất phù hợp.
            """)
        #expect(!found.isEmpty)
        #expect(!found.contains { $0.speaker.kind == .source })
        #expect(found.allSatisfy { $0.speaker.affiliation == "Việt Nam" })
    }
}
