import Testing
@testable import VietQuote

/// `DeniedHearsayRule`: denying a report or a possibility of a cooperative act is no
/// refusal of it, where denying hostile intent stays normalization. Sentences from dev.
@Suite struct DeniedHearsayRuleTests: StanceSuite {
    func denied(_ stance: QuoteStance) -> [String] { evidence(stance, markedBy: "denied-hearsay") }

    @Test func aDeniedPossibilityOfInvestmentIsNeutral() {
        // Dev 407 (gold neutral): Cambodia's government on Vietnamese electric taxis, the
        // denial in the cue.
        let cue = scorer.score(content: "khả năng Việt Nam đầu tư vào lĩnh vực taxi điện tại quốc gia này", cue: "bác bỏ", side: "Campuchia")
        #expect(cue.label == .neutral)
        #expect(denied(cue) == ["đầu tư"])
        // The same article's sentence, the denial in the content.
        let content = scorer.score(
            content: "Đây không phải là lần đầu tiên chính phủ Campuchia bác bỏ khả năng Việt Nam đầu tư vào lĩnh vực taxi điện tại quốc gia này",
            cue: "nói")
        #expect(content.label == .neutral)
        #expect(denied(content) == ["đầu tư"])
    }

    @Test func deniedHostileIntentStaysNormalization() {
        // Dev 320 and dev 002: a denial of a hostile act (ANNOTATION.md: denying hostile intent).
        let arms = scorer.score(content: "việc Triều Tiên có thể cung cấp vũ khí cho Nga", cue: "phủ nhận")
        #expect(arms.label == .normalization)
        let plan = scorer.score(content: "việc lên kế hoạch tấn công nước láng giềng", cue: "phủ nhận", side: "Nga")
        #expect(plan.label == .normalization)
        // Dev 116: a denied accusation.
        let charge = scorer.score(content: "cáo buộc trên", cue: "bác bỏ")
        #expect(charge.label == .normalization)
        #expect(denied(arms).isEmpty && denied(plan).isEmpty && denied(charge).isEmpty)
    }

    @Test func stoppingTheActItselfKeepsItsLabel() {
        // Dev 445 (a threat to stop aid) and dev 115 (an appeal to stop military cooperation):
        // the denial takes the act, no report of it.
        let aid = scorer.score(content: "ngừng hỗ trợ Kiev, dù nước này sau đó không làm vậy", cue: "đe dọa", side: "Mỹ")
        #expect(aid.label == .confrontation)
        let cooperation = scorer.score(content: "Nga dừng ngay hợp tác quân sự với Bắc Triều Tiên, tuân thủ nghị quyết của Hội đồng bảo an Liên hợp quốc",
                                       cue: "hối thúc", side: "Hàn Quốc")
        #expect(cooperation.label == .confrontation)
        #expect(denied(aid).isEmpty && denied(cooperation).isEmpty)
    }
}
