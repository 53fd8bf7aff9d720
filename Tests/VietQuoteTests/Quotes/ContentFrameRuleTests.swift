import Testing
@testable import VietQuote

/// `ContentFrameRule` (a time or capacity phrase right after a statement cue, then a comma and a
/// main clause: the content's first words, not a venue) on sentences from the dev articles and
/// the silver corpus.
@Suite struct ContentFrameRuleTests: QuoteRuleSuite {
    // Silver 2024-04-26-nghi-le-30-4-tu-ngay-nao, 2024-12-29-ot: no quote before the rule.
    @Test func timePhraseOpensTheContent() throws {
        let body = "Ông Hưởng cho biết trong những ngày nghỉ lễ dịp 30-4 và 1-5, Bắc Bộ và các tỉnh miền Trung sẽ chịu tác động của hoàn lưu vùng áp thấp."
        let found = try #require(quotes(body).first)
        #expect(found.content == "trong những ngày nghỉ lễ dịp 30-4 và 1-5, Bắc Bộ và các tỉnh miền Trung sẽ chịu tác động của hoàn lưu vùng áp thấp")
        #expect(refinements(body) == [[.contentFrame]])
        let before = quotes("Ông Ramuntxo Lecuona cũng cho biết trước đây ớt được phơi sấy thủ công bằng cách treo trên tường quanh nhà, khô nhờ gió nắng hanh hao.")
        #expect(before.first?.content.hasPrefix("trước đây ớt được phơi sấy thủ công") == true)
    }

    // Dev gold 432: the capacity phrase is the content's; the fronted greeting is no content.
    @Test func capacityPhraseOpensTheContent() {
        let found = quotes("Chào mừng Thủ tướng Chính phủ Phạm Minh Chính cùng đoàn đại biểu cấp cao Việt Nam dự Hội nghị thượng đỉnh G20, Tổng thống Lula da Silva cho biết với vai trò chủ nhà, Brazil đề cao và thúc đấy các sáng kiến mang tính đột phá, giải quyết các thách thức toàn cầu.")
        #expect(found.count == 1)
        #expect(found.first?.content.hasPrefix("với vai trò chủ nhà, Brazil đề cao") == true)
        #expect(found.first?.speaker.mention == "Tổng thống Lula da Silva")
    }

    // Silver 2024-08-16-nguyen-chi-tuyen: a second cue after the comma keeps the quotation first;
    // dev 403: `trước` + an audience is where it was said, no frame.
    @Test func secondCueOrAudienceIsNoFrame() {
        let body = "“Chính quyền Việt Nam nhắm vào Nguyễn Chí Tuyến vì ông đã bày tỏ quan điểm trái ý họ,” bà Patricia Gossman, phó giám đốc Ban Á châu của HRW nói trong thông cáo đưa ra hôm 14/8, và yêu cầu Việt Nam ngừng bỏ tù những người lên tiếng chỉ trích ôn hòa."
        #expect(quotes(body).map(\.cue) == ["nói", "yêu cầu"])
        #expect(quotes(body).first?.content.contains("Chính quyền Việt Nam nhắm vào Nguyễn Chí Tuyến") == true)
        let audience = quotes("Theo Reuters, phát biểu trước hàng ngàn người ủng hộ ở Washington, ông Trump tuyên bố: \"Ngày mai, vào buổi trưa, bức màn khép lại sau 4 năm dài suy thoái của nước Mỹ.\"")
        #expect(audience.map(\.cue) == ["tuyên bố"])
    }

    // Silver 2025-01-19-le-nham-chuc-tong-thong-donald-trump (added by this rule in c209dab,
    // review12 S1): `ẩm, lạnh` is a list of adjectives in the frame, no clause after the comma.
    @Test func listInTheFrameIsNoClause() {
        let body = "Đáng chú ý, ông Harrison đứng nói trong thời tiết ẩm, lạnh mà không đội mũ hay mặc măng tô."
        #expect(quotes(body).isEmpty)
    }
}
