import Testing
@testable import VietQuote

/// `SideStartsWord`: a side's syllable that starts a common word (`Anh trai`) is no side.
@Suite struct SideStartsWordTests {
    // Silver 2024-07-02-anh-trai-vuot-chong-gai and 2024-09-26-concert-anh-trai-say-hi: `Anh`
    // of the TV show's name (`Anh trai`, brother) is no United Kingdom.
    @Test(arguments: [
        ("Phía nhà sản xuất Anh trai vượt ngàn chông gai chia sẻ rằng tình cảm của khán giả sẽ quyết định tất cả.",
         "Phía nhà sản xuất Anh trai vượt ngàn chông gai"),
        ("Chương trình Anh trai vượt ngàn chông gai vừa thông báo tổ chức đêm concert vào ngày 19-10.",
         "Chương trình Anh trai vượt ngàn chông gai"),
    ])
    func sideStartingACommonWordIsNoSide(sentence: String, name: String) throws {
        let found = try #require(SpeakerRuleProbe.decisions(sentence).first)
        #expect(found.rules.contains(.sideStartsWordNoSide))
        #expect(found.speaker.name == name)
        #expect(found.speaker.kind != .country)
        #expect(found.speaker.affiliation == nil)
    }

    // The side before a verb, or before a capitalised name, is still read as before.
    @Test func sideBeforeAVerbOrANameIsRead() throws {
        let country = try #require(SpeakerRuleProbe.decisions("Pháp tuyên bố sẽ tăng viện trợ quân sự cho Ukraine.").first)
        #expect(country.speaker.name == "Pháp")
        #expect(country.speaker.kind == .country)
        #expect(!country.rules.contains(.sideStartsWordNoSide))
        let minister = try #require(SpeakerRuleProbe.decisions("Ngoại trưởng Anh David Cameron cho biết London sẽ tiếp tục viện trợ.").first)
        #expect(minister.speaker.affiliation == "Anh")
    }
}
