import Testing
@testable import VietQuote

/// `SituationConcernRule`: a concern about a situation that names no side behind it
/// accuses no one. Sentences from dev and silver.
@Suite struct SituationConcernRuleTests: StanceSuite {
    /// The stance of `content` (cue `cue`) said for `sides`, and whether the rule takes it back.
    func concern(_ content: String, cue: String, sides: [String?]) -> (concern: Bool, stance: QuoteStance) {
        let stance = scorer.score(content: content, cue: cue, side: sides.first ?? nil)
        let reading = RelationGate.Reading(words: WordSpans(content), sides: sides, polar: stance.label != .neutral)
        return (scorer.concern.isConcern(reading, label: stance.label, evidence: stance.evidence, gate: scorer.relations), stance)
    }

    @Test func aConcernThatNamesNoSideIsNeutral() {
        // Dev 106 (a US official), 107 (Malaysia's foreign ministry), 414 (the UN's
        // coordinator, with the cue's concern): gold neutral.
        let sea = concern("tình hình ở Biển Đông rất đáng lo ngại", cue: "nói", sides: ["Mỹ"])
        let leak = concern("Bộ này coi việc rò rỉ tài liệu, vốn là kênh liên lạc chính thức giữa hai nước, là mối quan ngại sâu sắc",
                           cue: "cho biết", sides: ["Malaysia"])
        let escalation = concern("Những diễn biến hôm nay là bước leo thang cực kỳ nguy hiểm, giữa tình hình vốn đang vô cùng biến động",
                                 cue: "bày tỏ lo ngại", sides: ["Liên Hợp Quốc"])
        for (isConcern, stance) in [sea, leak, escalation] {
            #expect(stance.label == .confrontation)
            #expect(isConcern)
        }
    }

    @Test func aSideNamedIsBlamed() {
        // Dev 106 (gold confrontation): China's acts are called destabilising.
        let china = concern("các hành động gần đây của Trung Quốc tại vùng biển tranh chấp là \"gây bất ổn sâu sắc\"",
                            cue: "cho biết", sides: ["Mỹ"])
        #expect(china.stance.label == .confrontation && !china.concern)
        // Dev 306: Ukraine's border guard on Belarus names Belarus.
        let belarus = concern("nước này không ghi nhận bất kỳ dấu hiệu nào về sự di chuyển của quân đội và thiết bị của Belarus gần biên giới, nhưng vẫn nhận thức được mối đe doạ chung",
                              cue: "cho biết", sides: ["Ukraine"])
        #expect(!belarus.concern)
    }

    @Test func anotherWordOrAWarningKeepsThePole() {
        // Dev 414: an appeal and a call for diplomacy weigh beside the tension.
        let appeal = concern("Chúng tôi kêu gọi Iran không nhân cơ hội này khiến cho tình hình khu vực thêm bất ổn và gia tăng căng thẳng",
                             cue: "nói", sides: ["Mỹ"])
        #expect(!appeal.concern)
        // A warning cue is more than a concern (silver, a flood warning: the quote is home
        // affairs, read here only for the cue).
        let warning = concern("Khu vực nước ngập nguy hiểm", cue: "cảnh báo", sides: ["Việt Nam"])
        #expect(warning.stance.label == .confrontation && !warning.concern)
    }

    @Test func anActOrAPointedSideIsBlamed() {
        // Dev 117 (gold confrontation): the US on Panama, the side pointed to by `đây`.
        let trend = concern("đây là xu hướng đáng lo ngại đối với lợi ích của Mỹ vì các doanh nghiệp trong nước phụ thuộc rất nhiều tuyến đường này để vận chuyển hàng hóa giữa Đại Tây Dương và Thái Bình Dương",
                            cue: "nói", sides: ["Mỹ"])
        #expect(trend.stance.label == .confrontation && !trend.concern)
        // Silver (a referee's red card): a danger said of an act blames who acts.
        #expect(scorer.concern.pointsToActor(WordSpans("hành vi phạm lỗi nguy hiểm với tiền vệ Đặng Văn Trâm")))
        // Silver: `đây` inside `gần đây` opens no clause, no referent.
        #expect(!scorer.concern.pointsToActor(WordSpans("Phong độ gần đây của Man City đặc biệt đáng lo ngại")))
    }

    @Test func aNegatedConcernIsUntouched() {
        // Dev 303: the Kremlin "is not worried" (normalization).
        let calm = concern("Điện Kremlin \"không lo lắng\" về chuyến đi sắp tới", cue: "nói", sides: ["Nga"])
        #expect(calm.stance.label == .normalization && !calm.concern)
    }

    @Test func theSilencedQuoteCarriesTheMark() {
        let stance = scorer.score(content: "tình hình ở Biển Đông rất đáng lo ngại", cue: "nói")
        let silenced = SituationConcernRule.silenced(stance)
        #expect(silenced.label == .neutral && silenced.score == 0)
        #expect(evidence(silenced, markedBy: "concern") == ["đáng lo ngại"])
    }
}
