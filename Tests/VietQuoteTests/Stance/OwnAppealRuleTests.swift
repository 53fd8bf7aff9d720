import Testing
@testable import VietQuote

/// `OwnAppealRule`: an appeal that names no side calls on the speaker's own side, an order
/// of its own (ANNOTATION.md, Stance). Sentences from the dev articles and silver.
@Suite struct OwnAppealRuleTests: StanceSuite {
    func ownAppeal(_ stance: QuoteStance) -> [String] { evidence(stance, markedBy: "own-appeal") }

    @Test func anAppealForArmsIsTheSidesOwnAct() {
        // Kim Jong Un on weapons (dev 302, gold confrontation): no report of arms.
        let stance = scorer.score(content: "phát triển và nâng cấp các phiên bản vũ khí \"siêu hiện đại\"", cue: "kêu gọi", side: "Triều Tiên")
        #expect(stance.label == .confrontation)
        #expect(ownAppeal(stance) == ["kêu gọi"])
        #expect(evidence(stance, markedBy: "report").isEmpty)
        // The same content said plainly is a report of arms.
        let report = scorer.score(content: "phát triển và nâng cấp các phiên bản vũ khí \"siêu hiện đại\"", cue: "cho biết", side: "Triều Tiên")
        #expect(report.label == .neutral)
        #expect(evidence(report, markedBy: "report") == ["vũ khí"])
    }

    @Test func anAppealForArmsRelatesSides() {
        // For `OwnForceRule` the appeal acts as an order does.
        let content = "phát triển và nâng cấp các phiên bản vũ khí \"siêu hiện đại\""
        let stance = scorer.score(content: content, cue: "kêu gọi", side: "Triều Tiên")
        #expect(OwnForceRule.announces(stance, sides: ["Triều Tiên"], guessedSide: false) {
            OwnAppealRule.appealsToOwnSide(stance.evidence, content: WordSpans(content), names: scorer.reports.names)
        })
    }

    @Test func anAppealToANamedSideIsNoOwnAppeal() {
        // G7 to China (dev 320, gold confrontation): the addressee acts.
        let stance = scorer.score(content: "Trung Quốc gây sức ép để Nga để dừng cuộc xung đột ở Ukraine", cue: "kêu gọi", side: "G7")
        #expect(ownAppeal(stance).isEmpty)
        #expect(!OwnAppealRule.appealsToOwnSide(stance.evidence, content: WordSpans("Trung Quốc gây sức ép để Nga để dừng cuộc xung đột ở Ukraine"), names: scorer.reports.names))
    }

    @Test func aDemandOrAnAppealWithNoEventIsUnchanged() {
        // A works order at home (silver): `yêu cầu` weighs against already.
        let order = scorer.score(content: "phải thực hiện nghiêm quy định hợp đồng, huy động đủ máy móc, thiết bị, nhân lực chất lượng cao", cue: "yêu cầu", side: "Việt Nam")
        #expect(ownAppeal(order).isEmpty)
        #expect(order.evidence.contains { $0.text == "yêu cầu" && $0.contribution < 0 })
        // Israel to civilians (dev 406): no event term, nothing to claim.
        let evacuation = scorer.score(content: "dân thường sơ tán ngay lập tức", cue: "kêu gọi", side: "Israel")
        #expect(ownAppeal(evacuation).isEmpty)
    }
}
