import Testing
@testable import VietQuote

/// `NounPhraseSubjectRule` (`X cue`: the noun phrase before the cue, at the top of its clause.) on sentences from the dev articles (or written like one).
@Suite struct NounPhraseSubjectRuleTests: QuoteRuleSuite {
    @Test func subordinateCueMakesNoQuote() {
        let found = quotes("Ông Lavrov cho biết Nga sẽ đáp trả nếu Mỹ tuyên bố trừng phạt mới.")
        #expect(found.map(\.cue) == ["cho biết"])
    }

    @Test func participleIsNoQuote() {
        #expect(quotes("Phát biểu tại cuộc họp báo, người dân địa phương đã đến từ sớm.").isEmpty)
    }

    @Test func subordinateSubjectIsRejectedHere() {
        let body = "Ông Lavrov cho biết Nga sẽ đáp trả nếu Mỹ tuyên bố trừng phạt mới."
        #expect(decisions(body).first?.subject == .nounPhraseSubject)
        #expect(rule(deciding: "tuyên bố", in: body) == .nounPhraseSubject)
        // `nếu Mỹ tuyên bố`: the conditional clause ends the reading; the first cue's quote only.
        #expect(quotes(body).map(\.cue) == ["cho biết"])
        #expect(quotes("Phát biểu tại cuộc họp báo, người dân địa phương đã đến từ sớm.").isEmpty)
    }
}
