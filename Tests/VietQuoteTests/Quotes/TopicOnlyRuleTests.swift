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
}
