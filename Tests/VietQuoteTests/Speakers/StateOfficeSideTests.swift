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

    // Silver 2024-10-29-vang-sjc,-gia-vang: a metals firm's vice-president got the article's
    // first country; titles.tsv lists `Phó Chủ tịch` whole, so `phó chủ tịch` is a body post
    // of its own (function_words.tsv).
    @Test func viceChairmanTakesNoSideFromTheContext() {
        let found = SpeakerRuleProbe.decisions("""
            Tiếp tục được thúc đẩy bởi lo ngại bất ổn xung quanh cuộc bầu cử ở Mỹ, căng thẳng ở Trung Đông và kỳ vọng Cục Dự trữ Liên bang Mỹ (Fed) sẽ cắt giảm lãi suất vào tháng 11, vàng “phi mã” và cán mốc cao nhất mọi thời đại vào thứ Ba.

            Phó chủ tịch kiêm chiến lược gia kim loại cấp cao Peter Grant của Zaner Metals cho rằng, kim loại màu vàng được hỗ trợ bởi nhu cầu mua trú ẩn an toàn khi căng thẳng địa chính trị và bất ổn chính trị tiếp diễn.
            """)
        let grant = found.first { $0.speaker.name == "Peter Grant" }
        #expect(grant?.rules.contains(.noContextSidePost) == true)
        #expect(grant?.speaker.affiliation == nil)
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
