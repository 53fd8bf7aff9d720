import Testing
@testable import VietQuote

@Suite struct StateOfficeSideTests {
    // Dev 434: a former president's bare office takes the story's side.
    @Test func prefixedStateOfficeTakesTheContextSide() {
        let found = SpeakerRuleProbe.decisions("""
            Tổng thống Bolivia Luis Arce kêu gọi người dân bảo vệ nền dân chủ.

            Cựu Tổng thống Evo Morales viết trên mạng xã hội X rằng "một cuộc đảo chính đang sục sôi".
            """)
        #expect(found.last?.speaker.name == "Evo Morales")
        #expect(found.last?.rules.contains(.contextSide) == true)
        #expect(found.last?.speaker.affiliation == "Bolivia")
    }

    // Silver 2025-02-23-real-madrid-dau-voi-girona: La Liga's president got `Brazil`, the
    // country of a forward named before.
    @Test func chairmanTakesNoSideFromTheContext() {
        let found = SpeakerRuleProbe.decisions("""
            Cú đánh đầu của tiền đạo người Brazil lại bay vọt xà ngang.

            Chủ tịch Javier Tebas của La Liga mới đây đã bình luận rằng Real Madrid là một CLB "hay khóc nhè", xoay quanh những phàn nàn về công tác trọng tài.
            """)
        #expect(found.last?.speaker.name == "Javier Tebas")
        #expect(found.last?.rules.contains(.noContextSidePost) == true)
        #expect(found.last?.speaker.affiliation == nil)
    }

    // Silver 2024-09-04-giao-hoang-francis: the Pope got `Indonesia`, the host of his visit.
    @Test func popeTakesNoSideFromTheContext() {
        let found = SpeakerRuleProbe.decisions("""
            Trong khuôn khổ ngày đầu tiên của chuyến thăm Indonesia vào 4/9, Giáo hoàng Francis kêu gọi Indonesia tích cực hơn nữa trong việc đạt được “sự hòa hợp trong đa dạng” cũng như thúc đẩy tư tưởng khoan dung tôn giáo.
            """)
        #expect(found.first?.speaker.name == "Francis")
        #expect(found.first?.speaker.affiliation == nil)
    }
}
