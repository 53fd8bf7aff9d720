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

    /// Whether the rule reads `reading` of `content` (cue `cue`) as market talk.
    func isMarketTalk(_ reading: RelationGate.Reading, _ content: String, cue: String, speaksForNoState: Bool = true) -> Bool {
        scorer.market.isMarketTalk(reading, evidence: scorer.score(content: content, cue: cue).evidence,
                                   speaksForNoState: speaksForNoState, gate: scorer.relations)
    }

    @Test func anAnalystOnPricesIsMarketTalk() {
        // Silver: gold-price articles; each names a state and is polar as scored.
        let content = "vàng đặc biệt mạnh trong những tuần gần đây do lo ngại về chính sách thuế quan của Mỹ, giá vàng sẽ còn tăng"
        let gold = reading(content, cue: "cho biết")
        #expect(gold.polar)
        #expect(isMarketTalk(gold, content, cue: "cho biết"))
    }

    @Test func aMarketAsTheSubjectIsMarketTalkWhoeverSpeaks() {
        // Silver 2024-12-19-gia-xang-dau-hom: the ministry of industry and trade (a state's
        // office) lists a sanction among the factors of the fuel price.
        let content = "thị trường xăng dầu thế giới kỳ điều hành lần này (từ ngày 12/12/2024 - 18/12/2024) chịu ảnh hưởng của các yếu tố như: liên minh Châu Âu thông qua gói trừng phạt đối với Nga (một thành viên của OPEC+), rủi ro địa chính trị tại khu vực Trung Đông"
        let fuel = reading(content, cue: "Theo")
        #expect(fuel.polar)
        #expect(isMarketTalk(fuel, content, cue: "Theo", speaksForNoState: false))
        // Review11 M1: a sanction as the subject stays a relation.
        let thayer = "lệnh trừng phạt của phương Tây khiến Nga mất thị trường châu Âu"
        #expect(!scorer.market.opensWithMarketWord(WordSpans(thayer).words))
    }

    @Test func aStateOrAQuoteWithNoMarketWordIsUntouched() {
        // Said by a state (its mention's side), the same words are its own.
        let tariffs = reading("Điều khiến thị trường ngạc nhiên là Canada và Mexico trả đũa ngay lập tức", cue: "nhận xét")
        #expect(!isMarketTalk(tariffs, "Điều khiến thị trường ngạc nhiên là Canada và Mexico trả đũa ngay lập tức", cue: "nhận xét", speaksForNoState: false))
        // Dev 106 (gold confrontation): an expert on the South China Sea names no market.
        let expert = reading("Chiến lược tốt nhất của Trung Quốc là ‘tằm ăn dâu’, tức là dần dần đẩy đuổi Việt Nam và Philippines", cue: "nhận định")
        #expect(expert.polar)
        #expect(!isMarketTalk(expert, "Chiến lược tốt nhất của Trung Quốc là ‘tằm ăn dâu’, tức là dần dần đẩy đuổi Việt Nam và Philippines", cue: "nhận định"))
        // `thuế quan` alone is a matter between states, no market word.
        #expect(!scorer.market.holdsMarketWord(WordSpans("cũng sẽ có thuế quan đối với Liên minh châu Âu").words))
    }

    @Test func aMarketEconomyIsAStatesStatus() {
        // Silver: `kinh tế thị trường` is a status one state grants another.
        #expect(!scorer.market.holdsMarketWord(WordSpans("một số đối tác thương mại công nhận quy chế kinh tế thị trường").words))
        #expect(scorer.market.holdsMarketWord(WordSpans("Thị trường khu vực Đông Anh có câu chuyện về nâng cấp lên quận").words))
        #expect(scorer.market.holdsMarketWord(WordSpans("các NHÀ ĐẦU TƯ nước ngoài").words))
    }

    /// The trace of the speaker rules `rules`, in order (a quote's `speakerTrace`).
    func trace(_ rules: [SpeakerRule]) -> SpeakerTrace {
        var trace = SpeakerTrace(rules[0])
        for rule in rules.dropFirst() { trace.append(rule) }
        return trace
    }

    @Test func theSpeakerSpeaksForNoStateOrOnlyForABodysHome() {
        // The form the scorer calls (`trace:`), which reads the rules through the `rules:` one.
        // An analyst of no side; the State Securities Commission, whose side is its home's.
        #expect(MarketTalkRule.speaksForNoState(trace: trace([.name]), sides: [nil]))
        #expect(MarketTalkRule.speaksForNoState(trace: nil, sides: [nil]))
        #expect(MarketTalkRule.speaksForNoState(trace: trace([.homeSideOfStateOrgan]), sides: ["Việt Nam"]))
        #expect(MarketTalkRule.speaksForNoState(trace: trace([.name, .homeSideOfBareBody]), sides: ["Việt Nam"]))
        // A prime minister whose side is his title's home, a US president's bare title, a
        // state named, a side with no trace: sides of a state.
        #expect(!MarketTalkRule.speaksForNoState(trace: trace([.name, .compatriotTitleSide]), sides: ["Việt Nam"]))
        #expect(!MarketTalkRule.speaksForNoState(trace: trace([.name, .contextSide]), sides: ["Mỹ"]))
        #expect(!MarketTalkRule.speaksForNoState(trace: trace([.side]), sides: ["Việt Nam"]))
        #expect(!MarketTalkRule.speaksForNoState(trace: nil, sides: ["Việt Nam"]))
    }

    @Test func theSpeakerRulesOfAnExtractedQuoteAreRead() throws {
        // Silver 2024-05-12-12-5, an analyst on gold: the trace a real quote carries.
        let text = "Chiến lược thị trường Colin Cieszynski của SIA Wealth Management là một trong số các chuyên gia lạc quan về vàng trong ngắn hạn. Cieszynski cho rằng, chỉ số giá tiêu dùng công bố trong tuần tới dù tăng cao hơn hay thấp hơn kỳ vọng cũng là kịch bản có lợi cho vàng."
        let quote = try #require(try QuoteExtractor().extract(text, document: "market").quotes.first)
        let sides = ArticleStance.sides(of: quote.speaker)
        let rules = try #require(quote.explanation.speakerTrace).rules
        #expect(MarketTalkRule.speaksForNoState(trace: quote.explanation.speakerTrace, sides: sides)
                == MarketTalkRule.speaksForNoState(rules: rules, sides: sides))
    }

    @Test func anActOfForceBetweenTwoNamedSidesIsNoMarketTalk() throws {
        // review11 M1: an expert of no side on sanctions, coercion or arms between states
        // (`lệnh trừng phạt`, `trừng phạt`, `vũ khí` beside `thị trường`, `giao dịch`).
        let sentences = [
            "Chuyên gia Carl Thayer cho rằng lệnh trừng phạt của phương Tây khiến Nga mất thị trường châu Âu.",
            "Nhà phân tích Nguyễn Văn An nhận định Trung Quốc dùng quyền tiếp cận thị trường như vũ khí để trừng phạt Philippines.",
            "Ông Carl Thayer nhận định các giao dịch vũ khí giữa Nga và Triều Tiên vi phạm nghị quyết của Hội đồng Bảo an.",
        ]
        for text in sentences {
            let quote = try #require(try QuoteExtractor().extract(text, document: "market").quotes.first)
            #expect(quote.speaker.affiliation == nil)
            #expect(quote.stance?.label == .confrontation, "\(text)")
            #expect(quote.stance.map { evidence($0, markedBy: "market-talk") } == [])
        }
        // Silver: retaliation between named states, said by an analyst.
        let tariffs = reading("Điều khiến thị trường ngạc nhiên là Canada và Mexico trả đũa ngay lập tức", cue: "nhận xét")
        let stance = scorer.score(content: "Điều khiến thị trường ngạc nhiên là Canada và Mexico trả đũa ngay lập tức", cue: "nhận xét")
        #expect(!scorer.market.isMarketTalk(tariffs, evidence: stance.evidence, speaksForNoState: true, gate: scorer.relations))
    }

    @Test func anActOfOneSideOrAConflictNamedBesidePricesIsMarketTalk() {
        // Silver gold forecasts: tariffs of one state; a war named as what moves the price
        // (`xung đột` weighs as disapproval, no act of force).
        for content in ["sự trì hoãn này dành cho Mexico cho thấy thuế quan chỉ là một công cụ giao dịch",
                        "khủng hoảng địa chính trị tại Trung Đông và xung đột Nga - Ukraine vẫn là yếu tố then chốt giúp vàng tăng giá trở lại"] {
            let stance = scorer.score(content: content, cue: "cho biết")
            let read = reading(content, cue: "cho biết")
            #expect(read.polar)
            #expect(scorer.market.isMarketTalk(read, evidence: stance.evidence, speaksForNoState: true, gate: scorer.relations))
        }
    }

    @Test func theSilencedQuoteCarriesTheMark() {
        let stance = scorer.score(content: "Điều khiến thị trường ngạc nhiên là Canada và Mexico trả đũa ngay lập tức", cue: "nhận xét")
        #expect(stance.label == .confrontation)
        let silenced = MarketTalkRule.silenced(stance)
        #expect(silenced.label == .neutral && silenced.score == 0)
        #expect(evidence(silenced, markedBy: "market-talk") == ["trả đũa"])
    }
}
