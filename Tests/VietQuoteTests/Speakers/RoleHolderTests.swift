import Testing
@testable import VietQuote

/// `RoleHolder`, read by `RoleRule`: a role without a name stands for the person the article
/// names in that role.
@Suite struct RoleHolderTests {
    // Silver 2025-01-02-bang-xep-hang-ngoai-hang-anh: the coach named in the sentence before,
    // not the other coaches named paragraphs before.
    @Test func roleIsThePersonNamedBeforeInThatRole() throws {
        let found = SpeakerRuleProbe.decisions("""
            Đương kim vô địch Man City cuối cùng cũng tìm lại được niềm vui chiến thắng ở Ngoại hạng Anh. Đánh bại Leicester City 2-0 cũng giúp đoàn quân của HLV Pep Guardiola vươn lên lại vị trí thứ 6.

            Trong khi đó, Man United lại nhận trận thua thứ 3 liên tiếp ở Ngoại hạng Anh. Lần này là trước Newcastle United.

            Đội bóng của HLV Ruben Amorim chỉ có được 22 điểm sau 19 vòng đấu. Họ chỉ còn cách đội trong nhóm có nguy cơ xuống hạng là Ipswich Town 7 điểm. HLV trưởng của họ cũng thừa nhận “quỷ đỏ” phải bước vào cuộc chiến trụ hạng sau trận thua Newcastle.
            """)
        let quote = try #require(found.last)
        #expect(quote.speaker.name == "Ruben Amorim")
        #expect(quote.rules.first == .roleHolderBefore)
    }

    // Silver 2024-04-19-futsal-viet-nam: the role with its team is the one coach the article names.
    @Test func roleWithItsTeamIsTheArticlesOnePersonOfThatRole() throws {
        let found = SpeakerRuleProbe.decisions("""
            Sau buổi tập, HLV Diego Giustozzi cho biết, ông không lo về vấn để thể lực của các học trò sau 2 trận đấu căng thẳng vừa qua.

            Buổi tập diễn ra nhẹ nhàng dưới sự hướng dẫn của HLV thể lực. Các bài tập chủ yếu giúp cho các cầu thủ phục hồi sang trận đấu tốn nhiều sức lực cũng như căng thẳng trước Trung Quốc.

            Buổi tập sáng 20/4 của ĐT futsal Việt Nam diễn ra trong sự vui vẻ và thoải mái.

            Các cầu thủ cũng được chơi các trò chơi vận động đầy vui nhộn nhằm giúp tinh thần trở nên sáng khoái và thoải mái hơn trước khi bước vào trận đấu cuối cùng của vòng bảng.

            “Trên cương vị cá nhân hay tập thể thì họ vẫn là đội bóng tốt. Làm sao để chúng ta khắc chế họ? Chỉ có cách chúng ta phải hạn chế lối đá sở trường của họ, ngăn chặn được thì chúng ta sẽ hướng đến với cách chơi như vậy”, HLV trưởng của ĐT futsal Việt Nam cho biết thêm.
            """)
        let quote = try #require(found.last)
        #expect(quote.speaker.name == "Diego Giustozzi")
        #expect(quote.rules.first == .roleHolderOnly)
    }
}
