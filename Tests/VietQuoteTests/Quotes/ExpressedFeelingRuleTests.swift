import Testing
@testable import VietQuote

/// `ExpressedFeelingRule` (`bày tỏ` + a feeling noun + its preposition is one cue,
/// ANNOTATION.md) on sentences from the dev articles.
@Suite struct ExpressedFeelingRuleTests: QuoteRuleSuite {
    // dev 435: `bày tỏ hài lòng về` + the topic; the hit carries the rule. A phrase that is a
    // row of cues.tsv itself (`bày tỏ lo ngại về`) is matched whole and needs no rule.
    @Test func feelingAndItsPrepositionJoinTheCue() {
        let body = "Hai nhà lãnh đạo bày tỏ hài lòng về những bước tiến đáng ghi nhận của quan hệ song phương."
        #expect(quotes(body).map(\.cue) == ["bày tỏ hài lòng về"])
        #expect(refinements(body) == [[.expressedFeeling]])
        let row = "Điều phối viên đặc biệt của Liên Hợp Quốc bày tỏ lo ngại về những diễn biến ở miền nam Lebanon."
        #expect(quotes(row).map(\.cue) == ["bày tỏ lo ngại về"])
        #expect(refinements(row) == [[]])
    }

    // A noun marker before the feeling belongs to it (`bày tỏ sự thất vọng`); a cue that
    // expresses nothing keeps its own length and carries no refinement.
    @Test func nounMarkerBeforeTheFeeling() {
        let found = quotes("Thủ tướng Fico bày tỏ sự thất vọng trước quyết định của Ủy ban châu Âu về ngân sách.")
        #expect(found.map(\.cue) == ["bày tỏ sự thất vọng trước"])
        let plain = "Ông Lavrov cho biết Nga sẵn sàng đàm phán với Mỹ."
        #expect(refinements(plain) == [[]])
    }
}
