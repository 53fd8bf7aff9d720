import Testing
@testable import VietQuote

/// `MarketTalkRule`: a speaker of no state that speaks of a market is no side of a relation
/// between states; its polar quote is neutral. Sentences from silver and dev.
@Suite struct MarketTalkRuleTests: StanceSuite {
    /// A reading of `content`, polar as scored for a speaker of no side.
    func reading(_ content: String, cue: String) -> RelationGate.Reading {
        let stance = scorer.score(content: content, cue: cue)
        return RelationGate.Reading(words: WordSpans(content), sides: [nil], polar: stance.label != .neutral)
    }

    @Test func anAnalystOnPricesIsMarketTalk() {
        // Silver: gold-price articles; each names a state and is polar as scored.
        let gold = reading("vàng đặc biệt mạnh trong những tuần gần đây do lo ngại về chính sách thuế quan của Mỹ, giá vàng sẽ còn tăng", cue: "cho biết")
        let tariffs = reading("Điều khiến thị trường ngạc nhiên là Canada và Mexico trả đũa ngay lập tức", cue: "nhận xét")
        #expect(gold.polar && tariffs.polar)
        #expect(scorer.market.isMarketTalk(gold, speaksForNoState: true))
        #expect(scorer.market.isMarketTalk(tariffs, speaksForNoState: true))
    }

    @Test func aStateOrAQuoteWithNoMarketWordIsUntouched() {
        // Said by a state (its mention's side), the same words are its own.
        let tariffs = reading("Điều khiến thị trường ngạc nhiên là Canada và Mexico trả đũa ngay lập tức", cue: "nhận xét")
        #expect(!scorer.market.isMarketTalk(tariffs, speaksForNoState: false))
        // Dev 106 (gold confrontation): an expert on the South China Sea names no market.
        let expert = reading("Chiến lược tốt nhất của Trung Quốc là ‘tằm ăn dâu’, tức là dần dần đẩy đuổi Việt Nam và Philippines", cue: "nhận định")
        #expect(expert.polar)
        #expect(!scorer.market.isMarketTalk(expert, speaksForNoState: true))
        // `thuế quan` alone is a matter between states, no market word.
        #expect(!scorer.market.holdsMarketWord(WordSpans("cũng sẽ có thuế quan đối với Liên minh châu Âu").words))
    }

    @Test func aMarketEconomyIsAStatesStatus() {
        // Silver: `kinh tế thị trường` is a status one state grants another.
        #expect(!scorer.market.holdsMarketWord(WordSpans("một số đối tác thương mại công nhận quy chế kinh tế thị trường").words))
        #expect(scorer.market.holdsMarketWord(WordSpans("Thị trường khu vực Đông Anh có câu chuyện về nâng cấp lên quận").words))
        #expect(scorer.market.holdsMarketWord(WordSpans("các NHÀ ĐẦU TƯ nước ngoài").words))
    }

    @Test func theSpeakerSpeaksForNoStateOrOnlyForABodysHome() {
        // An analyst of no side; the State Securities Commission, whose side is its home's.
        #expect(MarketTalkRule.speaksForNoState(rules: [.name], sides: [nil]))
        #expect(MarketTalkRule.speaksForNoState(rules: [.homeSideOfStateOrgan], sides: ["Việt Nam"]))
        #expect(MarketTalkRule.speaksForNoState(rules: [.homeSideOfBareBody], sides: ["Việt Nam"]))
        // A prime minister whose side is his title's home, a US president's bare title, a
        // state named: sides of a state.
        #expect(!MarketTalkRule.speaksForNoState(rules: [.name, .compatriotTitleSide], sides: ["Việt Nam"]))
        #expect(!MarketTalkRule.speaksForNoState(rules: [.name, .contextSide], sides: ["Mỹ"]))
        #expect(!MarketTalkRule.speaksForNoState(rules: [.side], sides: ["Việt Nam"]))
    }

    @Test func theSilencedQuoteCarriesTheMark() {
        let stance = scorer.score(content: "Điều khiến thị trường ngạc nhiên là Canada và Mexico trả đũa ngay lập tức", cue: "nhận xét")
        #expect(stance.label == .confrontation)
        let silenced = MarketTalkRule.silenced(stance)
        #expect(silenced.label == .neutral && silenced.score == 0)
        #expect(evidence(silenced, markedBy: "market-talk") == ["trả đũa"])
    }
}
