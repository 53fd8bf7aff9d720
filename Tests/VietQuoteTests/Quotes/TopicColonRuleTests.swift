import Testing
@testable import VietQuote

/// `TopicColonRule` (the words before a colon say what the quotation after it is: the
/// quotation is the cue's content) on sentences of the silver pages of audit12 pattern 5.
@Suite struct TopicColonRuleTests: QuoteRuleSuite {
    // Silver 2024-12-27-top (audit12 #99): a reason named before the colon.
    @Test func reasonBeforeTheColon() {
        let found = quotes(#"Anh lý giải lý do xin rút: "Vì tự cá nhân Đam cảm thấy mình vẫn còn nhiều thiếu sót, bản thân vẫn còn chưa hoàn thiện được tâm cũng như tính.""#)
        #expect(found.map(\.content) == ["Vì tự cá nhân Đam cảm thấy mình vẫn còn nhiều thiếu sót, bản thân vẫn còn chưa hoàn thiện được tâm cũng như tính."])
        #expect(found.first?.cue == "lý giải")
        #expect(found.first?.explanation.refinements == [.topicColon])
    }

    // Silver 2025-01-13-nghi-quyet-57 (audit12 #60): a cue noun (`yêu cầu`) before the colon.
    @Test func cueNounBeforeTheColon() {
        let found = quotes(#"Trong bài viết nhân dịp chào đón năm mới 2025, Thủ tướng Chính phủ Phạm Minh Chính đã nêu yêu cầu cụ thể: “Xác định rõ và có cơ chế, chính sách, giải pháp đột phá cả ở tầm chiến lược và sách lược.”"#)
        #expect(found.map(\.content) == ["Xác định rõ và có cơ chế, chính sách, giải pháp đột phá cả ở tầm chiến lược và sách lược."])
        #expect(found.first?.cue == "nêu")
    }

    // Silver 2024-05-10-lo-hen-voi-ngay-xanh-tap-36: the words before the colon end on `rằng`.
    @Test func complementizerBeforeTheColon() {
        let found = quotes(#"Duyên đã mạn phép hỏi thẳng chủ tịch công ty rằng: “Chú cho cháu hỏi chú có phải là kiến trúc sư có bút danh Hải Vân không ạ?”"#)
        #expect(found.map(\.content) == ["Chú cho cháu hỏi chú có phải là kiến trúc sư có bút danh Hải Vân không ạ?"])
    }

    // Silver 2024-04-21-midu: a few words naming the addressee before the colon.
    @Test func addresseeBeforeTheColon() {
        let found = quotes(#"Cô nhắn nhủ đến các khách mời: “Tháng 6 thật đặc biệt để chúng ta làm những điều đặc biệt cùng nhau”."#)
        #expect(found.map(\.content) == ["Tháng 6 thật đặc biệt để chúng ta làm những điều đặc biệt cùng nhau"])
        #expect(found.first?.cue == "nhắn nhủ")
        #expect(found.first?.explanation.refinements == [.topicColon])
    }

    // Silver 2024-04-25-lich-u23-viet-nam: a clause before the colon is content of its own.
    @Test func clauseBeforeTheColonKeepsItsContent() {
        let found = quotes(#"Trong khi đó, tờ New.QQ cho rằng U23 Việt Nam hoàn toàn có thể lạc quan: "Lần đầu tiên U23 Việt Nam giành 6 điểm ở vòng bảng giải U23 châu Á.""#)
        #expect(found.first?.content == "U23 Việt Nam hoàn toàn có thể lạc quan")
        #expect(found.allSatisfy { $0.explanation.refinements.isEmpty })
    }
}
