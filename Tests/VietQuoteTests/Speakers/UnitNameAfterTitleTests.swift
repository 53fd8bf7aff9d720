import Testing
@testable import VietQuote

/// `UnitNameAfterTitle`: after a person, a title's own unit (`Vụ trưởng Vụ …`) or a name inside
/// the body its title names (`Giám đốc Nhà máy sản xuất dược liệu Mộc Hoa Tràm`) is no person; the person before speaks.
@Suite struct UnitNameAfterTitleTests {
    // Silver 2024-04-19-ty-gia-usd-vnd (main c76c61e: the person `Vụ Chính`, title `Vụ trưởng`).
    @Test func theTitlesOwnUnitIsNoPerson() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Cập nhật về biện pháp can thiệp trên trong bối cảnh tỷ giá rất nóng và diễn biến bất lợi các ngày qua, ông Phạm Chí Quang, Vụ trưởng Vụ Chính sách tiền tệ cho biết: \"Đây là biện pháp rất mạnh mẽ của NHNN để giải tỏa tâm lý thị trường\".").first)
        #expect(found.rules.contains(.unitNameAfterTitle))
        #expect(found.speaker.name == "Phạm Chí Quang")
        #expect(found.speaker.title?.hasPrefix("Vụ trưởng Vụ Chính sách") == true)
    }

    // Silver 2024-04-14-huit (was the person `SX Dược liệu Mộc Hoa Tràm`).
    @Test func aNameAfterTheBodysLowerCaseWordsIsNoPerson() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Ông Bùi Đắc Thắng - Giám đốc Nhà máy sản xuất dược liệu Mộc Hoa Tràm chia sẻ nhà máy đã có nhiều đổi mới sáng tạo, tạo ra sự đa dạng trong chiến lược phát triển cây dược liệu.").first)
        #expect(found.rules.contains(.unitNameAfterTitle))
        #expect(found.speaker.name == "Bùi Đắc Thắng")
        #expect(found.speaker.title == "Giám đốc Nhà máy sản xuất dược liệu Mộc Hoa Tràm")
    }

    // Silver 2024-08-24-mua-a-vang, between dashes (was the person `MTTQ Việt Nam`).
    @Test func aNameAfterTheBodysTwoWordHeadIsNoPerson() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Ông Hoàng Công Thủy - Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam đánh giá cao kết quả nổi bật của MTTQ Việt Nam tỉnh Điện Biên nhiệm kỳ vừa qua.").first)
        #expect(found.speaker.name == "Hoàng Công Thủy")
    }

    // Silver 2024-10-21-bo-truong-bo-quoc-phong headline: a person right after a capitalised side is no body's name.
    @Test func aNameAfterASideIsThePerson() {
        let tokens = SpeakerRuleProbe.tokens("Bộ trưởng Quốc phòng Mỹ Lloyd Austin thăm Ukraine")
        let lexicon = SpeakerRuleProbe.extractor.speakers.lexicon
        #expect(!UnitNameAfterTitle.isUnitName(5..<7, title: 0..<5, tokens, lexicon: lexicon))
        #expect(!UnitNameAfterTitle.isUnitName(5..<7, title: 0..<2, tokens, lexicon: lexicon))
    }
}
