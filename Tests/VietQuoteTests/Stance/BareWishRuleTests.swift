import Testing
@testable import VietQuote

/// `BareWishRule`: a hope or a chance said by a speaker of no side is no stance between
/// states. Sentences from silver and dev.
@Suite struct BareWishRuleTests: StanceSuite {
    /// Whether the rule takes back `content` (cue `cue`) said for `sides`, and the stance.
    func isBareWish(_ content: String, cue: String, sides: [String?] = [nil]) -> (wish: Bool, stance: QuoteStance) {
        let stance = scorer.score(content: content, cue: cue, side: sides.first ?? nil)
        let reading = RelationGate.Reading(words: WordSpans(content), sides: sides, polar: stance.label != .neutral)
        return (BareWishRule.isBareWish(reading, evidence: stance.evidence), stance)
    }

    @Test func aWishOfNoSideIsNeutral() {
        // Silver: a K-pop singer, Opta on a Euro match, a footballer.
        let singer = isBareWish("mong muốn của anh là sẽ có nhiều dịp và cơ hội để gia tăng hơn nữa những điểm giao thoa trong văn hóa - con người Việt Nam và Hàn Quốc", cue: "cho biết")
        let odds = isBareWish("Bỉ có 61,5% cơ hội giành chiến thắng, xác suất thắng của Slovakia chỉ là 18,9%", cue: "Theo")
        let player = isBareWish("anh hy vọng Tây Ban Nha và Argentina sẽ giành chiến thắng", cue: "nói")
        for (wish, stance) in [singer, odds, player] {
            #expect(stance.label == .normalization)
            #expect(wish)
        }
    }

    @Test func aGuessedSideIsNoSideOfTheSpeakersOwn() {
        // review11 minor 8: the singer's wish, his side only guessed from an article on Korea.
        let content = "mong muốn của anh là sẽ có nhiều dịp và cơ hội để gia tăng hơn nữa những điểm giao thoa trong văn hóa - con người Việt Nam và Hàn Quốc"
        let stance = scorer.score(content: content, cue: "cho biết")
        var reading = RelationGate.Reading(words: WordSpans(content), sides: ["Hàn Quốc"], polar: stance.label != .neutral)
        #expect(!BareWishRule.isBareWish(reading, evidence: stance.evidence))
        reading.guessedSide = true
        #expect(BareWishRule.isBareWish(reading, evidence: stance.evidence))
    }

    @Test func aStatesWishIsItsIntent() {
        let state = isBareWish("Trung Quốc hy vọng quan hệ hai nước sẽ phát triển", cue: "cho biết", sides: ["Trung Quốc"])
        #expect(state.stance.label == .normalization)
        #expect(!state.wish)
    }

    @Test func aWishBesideAnActOrAStrongerIntentKeepsItsStance() {
        // Dev 313 (gold normalization): talks weigh beside the hope.
        let talks = isBareWish("EU hy vọng Serbia và Kosovo sẽ nối lại đàm phán vào ngày 11/5", cue: "cho biết")
        #expect(talks.stance.label == .normalization && !talks.wish)
        // `sẵn sàng đàm phán` is an intent that names an act.
        let ready = isBareWish("Nga sẵn sàng đàm phán với Ukraine", cue: "Theo")
        #expect(ready.stance.label == .normalization && !ready.wish)
        // A cue that weighs is more than a wish.
        let promise = isBareWish("sẽ có cơ hội gặp lại", cue: "hứa")
        #expect(!promise.wish)
    }

    @Test func theSilencedQuoteCarriesTheMark() {
        let stance = scorer.score(content: "anh hy vọng Tây Ban Nha và Argentina sẽ giành chiến thắng", cue: "nói")
        let silenced = BareWishRule.silenced(stance)
        #expect(silenced.label == .neutral && silenced.score == 0)
        #expect(evidence(silenced, markedBy: "bare-wish") == ["hy vọng"])
    }
}
