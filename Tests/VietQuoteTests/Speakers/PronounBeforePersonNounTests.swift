import Testing
@testable import VietQuote

/// `PronounBeforePersonNoun`: a pronoun opening a noun of a person (`Cô giáo`, `Cô chủ`)
/// describes someone; the mention keeps its words.
@Suite struct PronounBeforePersonNounTests {
    // Silver 2024-10-03-clip-co-giao-2k1-thpt-thach-ban: a headline, no one named before.
    @Test func teacherKeepsHerNoun() throws {
        let found = SpeakerRuleProbe.decisions("""
            Qua tường trình của giáo viên, học sinh, nhà trường xác định những hình ảnh không chuẩn mực trong clip xuất phát từ hành vi trêu đùa quá trớn của nam sinh.

            Cô giáo thừa nhận thiếu hụt kỹ năng nghiệp vụ sư phạm, mong được lượng thứ
            """)
        let quote = try #require(found.first { $0.speaker.mention == "Cô giáo" })
        #expect(quote.speaker.name == "Cô giáo")
        #expect(quote.rules.contains(.pronounOpensPersonNoun))
    }

    // Silver 2024-10-08-di-giua-troi-ruc-ro-tap-50: `Cô chủ shop`, the shop's owner, not `Cô` = Chải.
    @Test func ownerKeepsHerNoun() throws {
        let found = SpeakerRuleProbe.decisions("""
            Không ngờ trong buổi livestream đầu tiên, Chải bán được lượng hàng "khủng". Cô chủ shop cho rằng Chải rất có khiếu. Sau này, nếu anh có ý định mở shop làm ăn riêng, cô sẽ cho mượn vốn.
            """)
        let quote = try #require(found.first { $0.speaker.mention.hasPrefix("Cô chủ") })
        #expect(quote.speaker.name == "Cô chủ shop")
        #expect(quote.rules.contains(.pronounOpensPersonNoun))
    }

    // Silver 2024-09-16-kasim-hoang-vu: `Cô cho biết` is the pronoun still (no noun after it).
    @Test func pronounBeforeAVerbStaysThePronoun() {
        let found = SpeakerRuleProbe.decisions("""
            Mới đây, ca sĩ Trizzie Phương Trinh đã đăng tải dòng trạng thái chia sẻ cảm xúc về buổi biểu diễn có sự tham gia của Kasim Hoàng Vũ. Cô cho biết dù sức khỏe bị suy kiệt nhưng anh vẫn gắng gượng chịu đựng.
            """)
        #expect(!found.contains { $0.rules.contains(.pronounOpensPersonNoun) })
    }
}
