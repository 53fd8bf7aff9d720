import Testing
@testable import VietQuote

/// `HomeRivalRule`: a charge against a home rival is home politics, though a foreign state is
/// named as what the rival would serve. Sentences from silver and dev.
@Suite struct HomeRivalRuleTests: StanceSuite {
    /// The stance of `content` (cue `cue`) said for `sides`, and whether the rule takes it back
    /// (read as polar, as the rule reads only polar quotes).
    func rival(_ content: String, cue: String, sides: [String?]) -> (home: Bool, stance: QuoteStance) {
        let stance = scorer.score(content: content, cue: cue, side: sides.first ?? nil)
        let reading = RelationGate.Reading(words: WordSpans(content), sides: sides, polar: true)
        return (HomeRivalRule.isHomeRival(reading, evidence: stance.evidence, domestic: scorer.domestic, gate: scorer.relations), stance)
    }

    @Test func aChargeAgainstTheOppositionAtHomeIsNeutral() {
        // Silver 2024-12-03-han-quoc, President Yoon on the martial law.
        let first = rival("đảng đối lập chính có động thái có thể có lợi với Triều Tiên", cue: "cáo buộc", sides: ["Hàn Quốc"])
        let second = rival("đảng đối lập chính của đất nước này có động thái có thể có lợi cho Triều Tiên và có các hoạt động chống lại nhà nước",
                           cue: "cáo buộc", sides: ["Hàn Quốc"])
        for (home, stance) in [first, second] {
            #expect(stance.label == .confrontation)
            #expect(home)
        }
        // The foreign state is named: the gate passes it, and DomesticMatterRule does not take it back.
        let reading = RelationGate.Reading(content: "đảng đối lập chính có động thái có thể có lợi với Triều Tiên", sides: ["Hàn Quốc"])
        #expect(!scorer.domestic.isDomestic(reading, evidence: first.stance.evidence, gate: scorer.relations))
    }

    @Test func aQuoteThatOpensWithTheForeignSideRelatesThem() {
        // Dev 408 (gold confrontation): Russia's meddling, said by US officials.
        #expect(!rival("Nga đang can thiệp và nâng cao cơ hội thắng cử của ông Trump, đồng thời \"dìm\" bà Harris khi cuộc bầu cử đến gần",
                       cue: "cáo buộc", sides: ["Mỹ"]).home)
        // Dev 415 (gold normalization): an election word inside, not the opening subject.
        #expect(!rival("nếu tái đắc cử ông sẽ chấm dứt cuộc chiến trong vòng 24 giờ", cue: "tuyên bố", sides: ["Mỹ"]).home)
    }

    @Test func theSpeakersOwnSideNamedLaterMakesTheActorForeign() {
        // Silver 2024-09-09-venezuela, Spain's foreign minister: Venezuela's candidate flies to Spain.
        #expect(!rival("ứng cử viên đối lập tranh cử tổng thống Venezuela, Edmundo Gonzalez Urrutia đang trên đường tới Tây Ban Nha trên một máy bay của Không quân Tây Ban Nha",
                       cue: "cho biết", sides: ["Tây Ban Nha"]).home)
    }

    @Test func aSpeakerOfNoSideOrTwoIsNotJudgingHome() {
        // Silver 2024-08-02-kamala-harris, Reuters (no side).
        let party = "đảng Dân chủ bắt đầu tổ chức bỏ phiếu trực tuyến chọn ứng viên tổng thống"
        #expect(!rival(party, cue: "đưa tin", sides: [nil]).home)
        #expect(!rival("đảng đối lập chính có động thái có thể có lợi với Triều Tiên", cue: "cáo buộc", sides: ["Hàn Quốc", "Mỹ"]).home)
    }

    @Test func theSilencedQuoteCarriesTheMark() {
        let stance = scorer.score(content: "đảng đối lập chính của đất nước này có động thái có thể có lợi cho Triều Tiên và có các hoạt động chống lại nhà nước",
                                  cue: "cáo buộc", side: "Hàn Quốc")
        let silenced = HomeRivalRule.silenced(stance)
        #expect(silenced.label == .neutral && silenced.score == 0)
        #expect(evidence(silenced, markedBy: "home-rival") == ["cáo buộc", "chống lại"])
    }
}
