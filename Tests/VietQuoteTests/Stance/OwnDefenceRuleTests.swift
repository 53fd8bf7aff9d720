import Testing
@testable import VietQuote

/// `OwnDefenceRule`: what one's own side did in defence is a report (ANNOTATION.md,
/// Stance), though the side is named before the event. Sentences from the dev articles.
@Suite struct OwnDefenceRuleTests: StanceSuite {
    func defended(_ stance: QuoteStance) -> [String] { evidence(stance, markedBy: "defence") }

    @Test func anAttackRepelledIsTheOtherSides() {
        // Ukraine on the Russian offensive near Kharkiv (dev 425, audited neutral).
        let stance = scorer.score(content: "họ đang đẩy lùi cuộc tấn công và chiến đấu nhằm kiểm soát các khu vực này", cue: "cho hay", side: "Ukraine")
        #expect(stance.label == .neutral)
        #expect(defended(stance) == ["cuộc tấn công"])
        #expect(stance.evidence.contains { $0.text == "cuộc tấn công" && $0.modifiers.contains { $0.name == "report" } })
    }

    @Test func anInterceptionIsNoOwnAttack() {
        // Israel on the missiles it intercepted (dev 401).
        let stance = scorer.score(content: "hệ thống phòng không nhiều lớp đã giúp Israel đánh chặn hầu hết tên lửa", cue: "cho biết", side: "Israel")
        #expect(stance.label == .neutral)
        #expect(defended(stance) == ["đánh chặn"])
    }

    @Test func anAttackBeyondTheDefenceIsTheSidesOwn() {
        // Further than two words after the defence word, the side's own attack weighs.
        let stance = scorer.score(content: "quân đội Israel đã đẩy lùi các tay súng rồi tấn công các mục tiêu ở Lebanon", cue: "cho biết", side: "Israel")
        #expect(stance.label == .confrontation)
        #expect(defended(stance).isEmpty)
    }

    @Test func anotherClaimStillMakesItConfrontation() {
        // A first-person threat beside the defence keeps the quote a claim.
        let stance = scorer.score(content: "chúng tôi đã đánh chặn tên lửa và sẽ đáp trả", cue: "tuyên bố", side: "Israel")
        #expect(stance.label == .confrontation)
    }
}
