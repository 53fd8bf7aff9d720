import Testing
@testable import VietQuote

/// `InferredSideRule`: a side that only the article gave a speaker does not make its quote
/// one about relations between sides. Sentences from silver.
@Suite struct InferredSideRuleTests: StanceSuite {
    /// A quote of `content` said for `side`, polar as scored, its side inferred or not.
    func reading(_ content: String, cue: String, side: String, inferred: Bool) -> RelationGate.Reading {
        let stance = scorer.score(content: content, cue: cue, side: side)
        var reading = RelationGate.Reading(words: WordSpans(content), sides: [side], polar: stance.label != .neutral)
        reading.inferredSide = inferred
        return reading
    }

    /// Silver 2024-08-03-bo-truong-bo-cong-an: a quote that relates Việt Nam and Laos, polar.
    /// (The Temu article's e-commerce quote served here until `thương mại` became a block.)
    var relating: RelationGate.Reading {
        reading("sự phối hợp, giúp đỡ của Bộ Công an Việt Nam với Bộ Công an Lào trong đấu tranh phòng, chống tội phạm", cue: "đánh giá cao", side: "Việt Nam", inferred: false)
    }

    @Test func anInferredSideDoesNotPassTheGate() {
        // Silver: a director's hiring questions (side from the context) and an economist's
        // reading of the PMI (home side of a Vietnamese name's bare title).
        let hiring = reading("thẳng tình hình tài chính của nhân sự để xác định được sự cam kết và độ trâu trong công việc của từng ứng viên", cue: "hỏi", side: "Việt Nam", inferred: true)
        let pmi = reading("Sự trồi sụt của chỉ số này cho thấy sức khoẻ của ngành dịch vụ và sản xuất chưa thực sự bền vững", cue: "nói", side: "Việt Nam", inferred: true)
        #expect(relating.polar && hiring.polar && pmi.polar)
        #expect(scorer.relations.relational([relating, hiring, pmi]) == [true, false, false])
        // Silenced by the inferred side (the gate's own `no-relation` is for the others), and
        // marked so: each weighed term and cue carries `inferred-side`.
        #expect(scorer.relations.relations([relating, hiring, pmi]).map(\.inferred) == [false, true, true])
        let silenced = InferredSideRule.silenced(scorer.score(content: "vụ tấn công", cue: "lên án", side: "Việt Nam"))
        #expect(silenced.label == .neutral && silenced.score == 0)
        #expect(evidence(silenced, markedBy: "inferred-side") == ["lên án", "tấn công"])
    }

    @Test func aSideOfTheSpeakersOwnWordsStillPasses() {
        // The same sentence said by a speaker whose mention gives the side passes, as before.
        let own = reading("Sự trồi sụt của chỉ số này cho thấy sức khoẻ của ngành dịch vụ và sản xuất chưa thực sự bền vững", cue: "nói", side: "Việt Nam", inferred: false)
        #expect(scorer.relations.relational([relating, own]) == [true, true])
    }

    @Test func aQuoteThatNamesASideOrAMatterStillPasses() {
        // An inferred side does not stop a quote that names a side or a matter between states.
        let named = reading("Trung Quốc cần cam kết hợp tác chặt chẽ hơn", cue: "nói", side: "Việt Nam", inferred: true)
        let matter = reading("quan hệ song phương đang phát triển tốt đẹp", cue: "nói", side: "Việt Nam", inferred: true)
        #expect(scorer.relations.relational([relating, named, matter]) == [true, true, true])
        #expect(scorer.relations.relations([relating, named, matter]).map(\.inferred) == [false, false, false])
    }

    @Test func theInferringRulesAreTheSpeakerRulesOfAnInferredSide() {
        // The speaker rules read, by their ids in the output's explanation.
        #expect(InferredSideRule.inferring.map(\.rawValue) == ["side from the context: a bare state office", "home side of a Vietnamese name's bare title",
                                                               "home side of the bare body", "home side of a state organ with a Vietnamese name"])
    }
}
