import Testing
@testable import VietQuote

/// `ContentFirstRule` (`content, X cue`: reported words before their speaker.) on sentences from the dev articles (or written like one).
@Suite struct ContentFirstRuleTests: QuoteRuleSuite {
    @Test func contentFirstThenSpeaker() {
        let found = quotes("Jordan cũng sẽ bảo vệ không phận của mình khỏi bất kỳ sự xâm nhập trái phép nào - một quan chức Jordan cho biết.")
        #expect(found.map(\.content) == ["Jordan cũng sẽ bảo vệ không phận của mình khỏi bất kỳ sự xâm nhập trái phép nào"])
        #expect(found.first?.explanation.quoteRule == .contentFirst)
    }

    @Test func contentOpeningWithAnAdverbialIsNoContent() {
        let found = quotes("Trong cuộc họp báo tại thủ đô vào chiều ngày hôm qua, ông Ryabkov nói.")
        #expect(found.allSatisfy { $0.explanation.quoteRule != .contentFirst })
    }
}
