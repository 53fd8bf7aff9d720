import Testing
@testable import VietQuote

/// `OfficialAfterPlaceHead`: a two-syllable name opening with a family name after a title and a
/// body with a bare place head (`Phó Chủ tịch UBND tỉnh Nguyễn Minh`) is the official, unless the
/// article writes it after a place head with no title before (then it is the place).
@Suite struct OfficialAfterPlaceHeadTests {
    // Silver 2024-08-10-ro 5010 (main c209dab: the whole mention, side null).
    @Test func shortNameAfterTheCommitteeOfTheProvinceIsTheOfficial() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Phát biểu kết thúc buổi toạ đàm, Phó Chủ tịch UBND tỉnh Nguyễn Minh khẳng định: Thông qua buổi hội thảo và toạ đàm trong ngày hôm nay, tỉnh Bình Thuận nhận thấy để đề án hoàn chỉnh và đi vào cuộc sống, đòi hỏi cần phải làm rất nhiều công việc.").first)
        #expect(found.rules.contains(.officialAfterPlaceHead))
        #expect(found.speaker.name == "Nguyễn Minh")
        #expect(found.speaker.kind == .person)
        #expect(found.speaker.affiliation == "Việt Nam")
    }

    // Silver 2024-06-20-giam-doc-cong-an-dong-nai: the article writes `tỉnh Hà Tĩnh` with no
    // title before it, so `Chủ tịch UBND tỉnh Hà Tĩnh` is the province's chairman's title, no person `Hà Tĩnh`.
    @Test func placeTheArticleWritesUntitledStaysThePlace() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Công an tỉnh Hà Tĩnh đã tổ chức lễ công bố quyết định của Bộ trưởng Bộ Công an về công tác cán bộ.\n\nPhát biểu tại buổi lễ, đồng chí Võ Trọng Hải, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Hà Tĩnh đề nghị Đại tá Nguyễn Xuân Thao sẽ cùng với tập thể lãnh đạo Công an tỉnh chỉ đạo xây dựng, triển khai các kế hoạch, phương án bảo đảm vững chắc an ninh chính trị, trật tự ATXH trên địa bàn.").first)
        #expect(!found.rules.contains(.officialAfterPlaceHead))
        #expect(found.speaker.name != "Hà Tĩnh")
        #expect(found.speaker.affiliation == "Việt Nam")
    }
}
