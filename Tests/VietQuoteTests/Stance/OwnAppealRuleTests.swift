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
        #expect(OwnAppealRule.appealsToOwnSide(stance.evidence, content: WordSpans(content), names: scorer.reports.names, markers: scorer.reports.markers))
        // The scorer reads the mark the rule left on the cue (no second walk of the actors).
        #expect(OwnAppealRule.isMarked(stance.evidence))
        #expect(OwnForceRule.announces(stance, sides: ["Triều Tiên"], guessedSide: false) { OwnAppealRule.isMarked(stance.evidence) })
        // The same content said plainly carries no mark.
        #expect(!OwnAppealRule.isMarked(scorer.score(content: content, cue: "cho biết", side: "Triều Tiên").evidence))
    }

    @Test func anAppealToANamedSideIsNoOwnAppeal() {
        // G7 to China (dev 320, gold confrontation): the addressee acts.
        let stance = scorer.score(content: "Trung Quốc gây sức ép để Nga để dừng cuộc xung đột ở Ukraine", cue: "kêu gọi", side: "G7")
        #expect(ownAppeal(stance).isEmpty)
        #expect(!OwnAppealRule.appealsToOwnSide(stance.evidence, content: WordSpans("Trung Quốc gây sức ép để Nga để dừng cuộc xung đột ở Ukraine"), names: scorer.reports.names, markers: scorer.reports.markers))
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

    @Test func anAppealToStopAFightIsNoOwnAppeal() {
        // Joe Biden after the shooting (dev 431, gold neutral): `chấm dứt` governs `bạo lực`,
        // a call to end the violence, not an act of force. (The cue keeps its weight; what
        // `nổ súng` is then is EventReportRule's reading of the named `Donald Trump`.)
        let content = "chấm dứt bạo lực chính trị sau vụ nổ súng nhằm vào đối thủ của ông thuộc Đảng Cộng hòa Donald Trump trong một cuộc vận động tranh cử của ông này tại bang Pennsylvania trước đó cùng ngày"
        let stance = scorer.score(content: content, cue: "kêu gọi", side: "Mỹ")
        #expect(ownAppeal(stance).isEmpty)
        #expect(!OwnAppealRule.appealsToOwnSide(stance.evidence, content: WordSpans(content), names: scorer.reports.names, markers: scorer.reports.markers))
        #expect(stance.evidence.contains { $0.text == "kêu gọi" && $0.contribution > 0 })
    }

    @Test func anEventAfterATimeWordIsTheOccasion() {
        // Dev 431's sentence: `nổ súng` stands after `sau`, in its clause: the occasion of the
        // appeal; `bạo lực` does not.
        let content = "chấm dứt bạo lực chính trị sau vụ nổ súng nhằm vào đối thủ của ông thuộc Đảng Cộng hòa Donald Trump"
        let spans = WordSpans(content)
        let stance = scorer.score(content: content, cue: "kêu gọi", side: "Mỹ")
        let starts = stance.evidence.filter { $0.kind == .term && EventReportRule.eventCategories.contains($0.category) }.compactMap { $0.range?.lowerBound }
        #expect(starts.count == 2)
        #expect(OwnAppealRule.eventsAreOccasions(spans, events: [starts.max()!], markers: scorer.reports.markers))
        #expect(!OwnAppealRule.eventsAreOccasions(spans, events: starts, markers: scorer.reports.markers))
        // The same appeal without the cease (adapted from dev 431): only the occasion is an
        // event, so nothing is ordered, and the shooting is a report.
        let calm = scorer.score(content: "đoàn kết sau vụ nổ súng tại bang Pennsylvania", cue: "kêu gọi", side: "Mỹ")
        #expect(ownAppeal(calm).isEmpty)
        #expect(evidence(calm, markedBy: "report") == ["nổ súng"])
        #expect(calm.label == .normalization)
        // An event before the time clause is still asked for (silver, a coach: the gate
        // silences it as sport).
        let attack = WordSpans("học trò tràn lên tấn công sau khi hiệp hai bắt đầu")
        let attackStance = scorer.score(content: "học trò tràn lên tấn công sau khi hiệp hai bắt đầu", cue: "thúc giục", side: "Ý")
        #expect(!OwnAppealRule.eventsAreOccasions(attack, events: OwnAppealRule.eventStarts(attackStance.evidence), markers: scorer.reports.markers))
    }

    @Test func aContentThatOpensWithASubjectIsNoOwnAppeal() {
        // Sudan to the world (dev 314, gold confrontation): `cộng đồng quốc tế` is the
        // subject of `cần`, an addressee that actors.tsv lacks.
        let content = "cộng đồng quốc tế cần gây áp lực đối với Ethiopia để nước này dừng các hành động tích nước đơn phương"
        #expect(OwnAppealRule.opensWithSubject(WordSpans(content), before: .max, names: scorer.reports.names))
        // Kim Jong Un's appeal (dev 302) opens with its verb.
        let kim = WordSpans("phát triển và nâng cấp các phiên bản vũ khí \"siêu hiện đại\"")
        #expect(!OwnAppealRule.opensWithSubject(kim, before: .max, names: scorer.reports.names))
        // A verb marker after the first event term is no subject's (`không ngừng` after the arms).
        let stance = scorer.score(content: "phát triển vũ khí hạt nhân không ngừng", cue: "kêu gọi", side: "Triều Tiên")
        #expect(ownAppeal(stance) == ["kêu gọi"])
    }

    @Test func anAppealToAnAddresseeOutsideActorsIsNoOwnAppeal() {
        // The Myanmar government to the ethnic armed groups (silver, 2024): the content opens
        // with the addressee (`các nhóm vũ trang`, in no actors.tsv row), not with the verb.
        let content = "các nhóm vũ trang dân tộc và Lực lượng Phòng vệ Nhân dân (PDF) bị coi là \"khủng bố\" nên rời bỏ con đường này và tham gia chính trị, bầu cử nhằm tiến tới hòa bình lâu dài và phát triển"
        let stance = scorer.score(content: content, cue: "kêu gọi", side: "Myanmar")
        #expect(ownAppeal(stance).isEmpty)
        #expect(!OwnAppealRule.appealsToOwnSide(stance.evidence, content: WordSpans(content), names: scorer.reports.names, markers: scorer.reports.markers))
        #expect(OwnAppealRule.opensWithAddressee(WordSpans(content).words, names: scorer.reports.names))
        // Kim Jong Un's appeal (dev 302) opens with its verb.
        #expect(!OwnAppealRule.opensWithAddressee(WordSpans("phát triển và nâng cấp các phiên bản vũ khí").words, names: scorer.reports.names))
    }
}
