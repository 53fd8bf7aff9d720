import Testing
@testable import VietQuote

/// `SayingNegationRule`: a negation of a verb of saying in the content negates the saying,
/// not what is said. Sentences from the dev articles.
@Suite struct SayingNegationRuleTests: StanceSuite {
    /// The contribution of the first evidence record of `text` in `stance`.
    func contribution(_ stance: QuoteStance, _ text: String) -> Double? {
        stance.evidence.first { $0.kind == .term && $0.text == text }?.contribution
    }

    @Test func aNegatedSayingLeavesTheEventSaidAlone() {
        // Dev 438 (gold confrontation): a commander announces his side's attack, not its date.
        let stance = scorer.score(content: "Quyết định sẽ được cấp chỉ huy cao hơn đưa ra. Giờ đây, chúng ta không thể nói rằng một cuộc tấn công vào Kinburn sẽ diễn ra ngay lập tức", cue: "nói", side: "Ukraine")
        #expect(stance.label == .confrontation)
        #expect((contribution(stance, "cuộc tấn công") ?? 0) < 0)
        #expect(stance.evidence.contains { $0.kind == .modifier && $0.category == "saying-negation" && $0.text == "không" })
    }

    @Test func aNegatedTermBeforeTheSayingIsStillNegated() {
        // The term stands between the negator and the verb of saying: it is negated.
        let stance = scorer.score(content: "chúng tôi không tấn công, như chúng tôi đã nói nhiều lần", cue: "cho biết", side: "Nga")
        #expect((contribution(stance, "tấn công") ?? 0) > 0)
        #expect(!stance.evidence.contains { $0.category == "saying-negation" })
    }

    @Test func aNegationOfAnotherVerbStillTurnsTheTerm() {
        // ANNOTATION.md: `không muốn chiến tranh` is normalization (`muốn` is no verb of saying).
        let stance = scorer.score(content: "Nga không muốn chiến tranh với NATO", cue: "nói", side: "Nga")
        #expect(stance.label == .normalization)
        #expect(!stance.evidence.contains { $0.category == "saying-negation" })
    }
}
