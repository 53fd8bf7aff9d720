import Testing
@testable import VietQuote

/// `RefusalToSpeakRule`: a negation in the cue that governs a verb of saying denies
/// nothing of the content. Sentences of the kind the silver corpus holds
/// (`từ chối bình luận`, `từ chối xác nhận`).
@Suite struct RefusalToSpeakRuleTests: StanceSuite {
    @Test func refusingToCommentDoesNotDenyTheAccusation() {
        let content = "các cáo buộc của Mỹ về việc Nga can thiệp bầu cử"
        // A denial cue flips the accusation into a denial of hostility.
        #expect(scorer.score(content: content, cue: "bác bỏ").label == .normalization)
        // Refusing to comment is no denial: the content weighs as its words do.
        let refusal = scorer.score(content: content, cue: "từ chối bình luận về")
        #expect(refusal.label == scorer.score(content: content, cue: "bình luận về").label)
        #expect(refusal.label != .normalization)
        #expect(refusal.evidence.contains { $0.kind == .modifier && $0.category == "refusal" && $0.text == "từ chối" })
        #expect(!refusal.evidence.contains { $0.modifiers.contains { $0.name == "cue-denial" } })
    }

    @Test func refusingToConfirmLeavesTheContentItsWeight() {
        // A ministry declines to confirm talks: not a refusal of the talks, which weigh
        // as talks (normalization).
        let stance = scorer.score(content: "thông tin về các cuộc đàm phán với Mỹ", cue: "từ chối xác nhận")
        #expect(stance.label == .normalization)
        #expect(!stance.evidence.contains { $0.modifiers.contains { $0.name == "cue-denial" } })
    }

    @Test func sayingVerbOpeningTheContentIsRead() {
        // The quote finder may keep the cue `từ chối` alone, with the verb in the content.
        let stance = scorer.score(content: "bình luận về các cáo buộc của Mỹ", cue: "từ chối")
        #expect(stance.label != .normalization)
        #expect(stance.evidence.contains { $0.category == "refusal" })
    }

    @Test func refusingAnActIsStillARefusal() {
        // `từ chối` with an act or a proposal keeps its denial (CAMEO 12, reject).
        let stance = scorer.score(content: "đề nghị ngừng bắn của Mỹ", cue: "từ chối")
        #expect(stance.label == .confrontation)
        #expect(!stance.evidence.contains { $0.category == "refusal" })
    }
}
