import Testing
@testable import VietQuote

/// `LoneWeakTermRule`: one weak word alone does not make a quote that relates no sides
/// polar. Sentences from silver and dev.
@Suite struct LoneWeakTermRuleTests: StanceSuite {
    /// The stance of `content` (cue `cue`) said for `side`, and whether the rule takes it back.
    func lone(_ content: String, cue: String, side: String?) -> (weak: Bool, stance: QuoteStance) {
        let stance = scorer.score(content: content, cue: cue, side: side)
        let reading = RelationGate.Reading(words: WordSpans(content), sides: [side], polar: stance.label != .neutral)
        return (LoneWeakTermRule.isLoneWeakTerm(reading, evidence: stance.evidence, gate: scorer.relations), stance)
    }

    @Test func oneWeakWordOfTheSpeakersOwnAffairsIsNeutral() {
        // Dev 407 (gold neutral): Cambodia's prime minister on a Vietnamese group's taxis.
        let taxis = lone("chủ tịch Vingroup đã đưa ra đề xuất và thể hiện nguyện vọng đầu tư vào một công ty taxi sử dụng xe điện ở Campuchia",
                         cue: "theo", side: "Campuchia")
        // Silver 2024-07-16-hungary: the rotating presidency.
        let chance = lone("mục đích của nhiệm kỳ chủ tịch luân phiên là cho tất cả các thành viên có cơ hội lãnh đạo", cue: "cho rằng", side: "Hungary")
        // Silver 2024-08-30-fmovies: a film promoter on copyright.
        let films = lone("bảo vệ quyền sở hữu trí tuệ - bản quyền phim là một mắt xích rất quan trọng và không thể thiếu trong \"chu kỳ\" khép kín của công nghiệp điện ảnh gồm sáng tạo - sản xuất phim - phổ biến, phát hành phim - bảo vệ bản quyền phim, sau đó tái đầu tư cho sáng tạo và sản xuất phim",
                         cue: "lý giải", side: "Việt Nam")
        for (weak, stance) in [taxis, chance, films] {
            #expect(stance.label == .normalization)
            #expect(weak)
        }
    }

    @Test func aWeakWordBesideAnotherSideKeepsItsLabel() {
        // Dev 443 (gold normalization): US aid to Viet Nam after the typhoon.
        let aid = lone("Mỹ sẽ cấp 1 triệu USD hỗ trợ khẩn cấp cho các nỗ lực ứng phó của Việt Nam sau bão số 3 (bão Yagi)", cue: "cho biết", side: "Mỹ")
        #expect(aid.stance.label == .normalization && !aid.weak)
        // Dev 436 (gold normalization): an embassy and investment between two countries.
        let embassy = lone("Việt Nam sẽ xem xét việc sớm mở đại sứ quán tại Cộng hòa Dominica vào thời điểm thích hợp và nghiên cứu thành lập tổ công tác, ủy ban hỗn hợp thúc đẩy thương mại, đầu tư giữa hai nước",
                           cue: "chia sẻ", side: "Việt Nam")
        #expect(!embassy.weak)
        // Dev 407 (gold neutral, left): `nước ngoài` is a matter between states.
        #expect(!lone("Campuchia chưa cần các công ty nước ngoài đầu tư vào lĩnh vực taxi điện", cue: "nói", side: "Campuchia").weak)
    }

    @Test func aNegatedWeakWordIsTwoCues() {
        // Dev 303 (gold normalization): the Kremlin is "not worried".
        let calm = lone("Điện Kremlin \"không lo lắng\" về chuyến đi sắp tới", cue: "nói", side: "Nga")
        #expect(calm.stance.label == .normalization && !calm.weak)
    }

    @Test func twoWeakWordsAStrongerOneOrAWordOfArmsKeepTheLabel() {
        // Silver 2024-12-15-viet-nam-in-do: a coast guard's visit, `trao đổi` and `cơ hội`.
        let visit = lone("chuyến thăm không chỉ là dịp để hai lực lượng trao đổi kinh nghiệm chuyên môn mà còn là cơ hội để các thành viên trong đoàn hiểu hơn về văn hóa, con người Ấn Độ",
                         cue: "cho biết", side: "Việt Nam")
        #expect(visit.stance.label == .normalization && !visit.weak)
        // Dev 302 (gold confrontation): North Korea's weapons.
        let arms = lone("phát triển và nâng cấp các phiên bản vũ khí \"siêu hiện đại\"", cue: "kêu gọi", side: "Triều Tiên")
        #expect(arms.stance.label == .confrontation && !arms.weak)
    }

    @Test func aCueAloneIsNotAWeakTerm() {
        // Silver 2024-04-08-campuchia, a Cambodian minister: only the cue `yêu cầu` weighs (the
        // gate's and the appeal rules' matter, not this rule's: `CrimeOrderRule` reads this
        // order to fight crime as neutral, with no `lone-weak-term` mark).
        let order = lone("chính quyền tỉnh Preah Sihanouk và các ban ngành liên quan tăng cường đảm bảo an ninh trật tự trên địa bàn và trấn áp mọi hình thức tội phạm liên quan đến người nước ngoài",
                         cue: "yêu cầu", side: "Campuchia")
        #expect(!order.weak)
        #expect(evidence(order.stance, markedBy: "crime-order") == ["yêu cầu"])
    }

    @Test func theSilencedQuoteCarriesTheMark() {
        let stance = scorer.score(content: "mục đích của nhiệm kỳ chủ tịch luân phiên là cho tất cả các thành viên có cơ hội lãnh đạo", cue: "cho rằng", side: "Hungary")
        let silenced = LoneWeakTermRule.silenced(stance)
        #expect(silenced.label == .neutral && silenced.score == 0)
        #expect(evidence(silenced, markedBy: "lone-weak-term") == ["cơ hội"])
    }
}
