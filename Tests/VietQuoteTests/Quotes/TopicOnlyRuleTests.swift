import Testing
@testable import VietQuote

/// `TopicOnlyRule` (A cue with a topic and no content (`chỉ trích về …`): a credit, no quote.) on sentences from the dev articles (or written like one).
@Suite struct TopicOnlyRuleTests: QuoteRuleSuite {
    @Test func topicWithoutContentIsNoQuote() {
        #expect(quotes("Hai bên đã thảo luận về hợp tác kinh tế.").isEmpty)
        #expect(quotes("Ông Kim chỉ trích về sự hợp tác quân sự giữa hai nước.").isEmpty)
    }

    @Test func topicCueIsACreditOnly() {
        let decided = decisions("Ông Kim chỉ trích về sự hợp tác quân sự giữa hai nước.")
        #expect(decided.map(\.rule) == [.topicOnly])
        #expect(decided.map(\.attributed) == [false])
    }

    // A statement cue whose object is no words (`no_words_noun`): `trả lời câu hỏi`,
    // `chia sẻ vị trí cuối bảng` (silver's cue words used in another sense).
    @Test func objectThatIsNoWordsIsNoContent() {
        #expect(rule(deciding: "trả lời", in: "Ông Hùng trả lời câu hỏi của phóng viên về dự án.") == .topicOnly)
        #expect(quotes("Đội bóng chia sẻ vị trí cuối bảng với Hà Nội FC.").isEmpty)
        let after = quotes("Trả lời câu hỏi của phóng viên về kế hoạch, ông Hùng cho biết dự án sẽ hoàn thành vào năm sau.")
        #expect(after.map(\.content) == ["dự án sẽ hoàn thành vào năm sau"])
    }
}
