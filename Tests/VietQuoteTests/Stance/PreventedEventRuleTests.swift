import Testing
@testable import VietQuote

/// `PreventedEventRule`: an attack prevented or withstood is no cooperative act, where
/// stopping a war or reducing attacks is. Sentences from the dev articles.
@Suite struct PreventedEventRuleTests: StanceSuite {
    func prevented(_ stance: QuoteStance) -> [String] { evidence(stance, markedBy: "prevented") }

    @Test func anAttackWithstoodIsNoNormalization() {
        // Jake Sullivan on what the new aid lets Kyiv do (dev 404, gold neutral).
        let stance = scorer.score(
            content: "với viện trợ mới từ Washington, Kiev sẽ có khả năng \"giữ phòng tuyến\" và \"đảm bảo chống chọi được với cuộc tấn công của Nga\"",
            cue: "nhận định", side: "Mỹ")
        #expect(stance.label == .neutral)
        #expect(prevented(stance) == ["cuộc tấn công"])
    }

    @Test func stoppingAWarStaysNormalization() {
        // Dev 411 and 113: a cease row stops the war, normalization.
        let stop = scorer.score(content: "Israel phải ngay lập tức dừng cuộc tấn công quân sự vào Rafah", cue: "nói")
        #expect(stop.label == .normalization)
        #expect(prevented(stop).isEmpty)
        let end = scorer.score(content: "Armenia và Azerbaijan đã cam kết chấm dứt giao tranh", cue: "cho biết")
        #expect(end.label == .normalization)
        // A negator is no prevention: `không muốn chiến tranh` (ANNOTATION.md) is normalization.
        let wish = scorer.score(content: "Chúng tôi không muốn chiến tranh", cue: "nói")
        #expect(wish.label == .normalization)
        #expect(prevented(wish).isEmpty)
        // A denial of speech denies a claim, no act: denying a plan to attack is
        // normalization (ANNOTATION.md: denying hostile intent).
        let denied = scorer.score(content: "Nga phủ nhận việc lên kế hoạch tấn công nước láng giềng", cue: "cho biết")
        #expect(denied.label == .normalization)
        #expect(prevented(denied).isEmpty)
    }

    @Test func aCallToReduceAttacksStaysNormalization() {
        // A call to de-escalate (review5 S3; ANNOTATION.md: a call to de-escalate is
        // normalization): `giảm bớt` reduces the attacks, it averts no act of the other side.
        let stance = scorer.score(content: "Israel cần giảm bớt các cuộc không kích vào Gaza để bảo vệ dân thường", cue: "nói", side: "Mỹ")
        #expect(stance.label == .normalization)
        #expect(prevented(stance).isEmpty)
    }

    @Test func aPreventedPlotKeepsItsOtherWords() {
        // Dev 445: only the event term is silenced, `âm mưu` keeps its flipped weight.
        let stance = scorer.score(content: "thông tin tình báo đã giúp Ukraine ngăn chặn thành công âm mưu ám sát nhằm vào ông Zelensky", cue: "Theo")
        #expect(prevented(stance) == ["ám sát"])
        #expect(stance.evidence.contains { $0.text == "âm mưu" && $0.contribution > 0 })
    }
}
