import Testing
@testable import VietQuote

/// `OutsidePartyRule`: in an article of relations, a polar quote that concerns none of the
/// sides the article relates is neutral. Sentences from the dev articles.
@Suite struct OutsidePartyRuleTests: StanceSuite {
    /// A reading of `content` (cue `cue`) said for `side`, polar as scored, with its evidence.
    func reading(_ content: String, cue: String, side: String?) -> (reading: RelationGate.Reading, evidence: [StanceEvidence]) {
        let stance = scorer.score(content: content, cue: cue, side: side)
        return (RelationGate.Reading(words: WordSpans(content), sides: [side], polar: stance.label != .neutral), stance.evidence)
    }

    /// Dev 424: Russia's ambassador is read as speaking of ending arms aid to Ukraine; the
    /// shooting of Slovakia's prime minister is spoken of by Slovaks.
    var slovakia: [(reading: RelationGate.Reading, evidence: [StanceEvidence])] {
        [reading("chấm dứt viện trợ vũ khí cho Ukraine", cue: "tuyên bố", side: "Nga"),
         reading("đây là một \"âm mưu ám sát\" và ông Fico bị bắn trúng bụng, hiện trong tình trạng bị đe dọa tính mạng", cue: "cho biết", side: "Slovakia"),
         reading("vụ tấn công", cue: "lên án", side: "Slovakia"),
         reading("vụ nổ súng", cue: "lên án", side: "Nga")]
    }

    func outside(_ quotes: [(reading: RelationGate.Reading, evidence: [StanceEvidence])]) -> [Bool] {
        let parties = OutsidePartyRule.parties(quotes.map(\.reading), gate: scorer.relations)
        return quotes.map { OutsidePartyRule.isOutside($0.reading, evidence: $0.evidence, parties: parties, gate: scorer.relations) }
    }

    @Test func theSidesOfTheRelatingQuotesAreTheParties() {
        #expect(slovakia.allSatisfy { $0.reading.polar })
        #expect(Set(OutsidePartyRule.parties(slovakia.map(\.reading), gate: scorer.relations)) == ["Nga", "Ukraine"])
    }

    @Test func aQuoteOfNoPartyIsOutside() {
        // The Slovak government and opposition on the shooting (gold neutral); Russia's
        // ambassador's condemnation is a party's, left to other rules.
        #expect(outside(slovakia) == [false, true, true, false])
        let silenced = OutsidePartyRule.silenced(scorer.score(content: "vụ tấn công", cue: "lên án", side: "Slovakia"))
        #expect(silenced.label == .neutral && silenced.score == 0)
        #expect(evidence(silenced, markedBy: "outside-party") == ["lên án", "tấn công"])
    }

    @Test func aQuoteThatNamesAPartyOrAMatterIsNotOutside() {
        // Dev 424 (gold confrontation): naming Ukraine and the US relates the speaker to them.
        #expect(outside(slovakia + [reading("Ukraine không phải là quốc gia độc lập, có chủ quyền mà chịu ảnh hưởng và nằm dưới sự kiểm soát hoàn toàn của Mỹ", cue: "cho rằng", side: "Slovakia")]).last == false)
        // A matter between states (`quan hệ`).
        #expect(outside(slovakia + [reading("quan hệ với các nước láng giềng đang xấu đi nghiêm trọng", cue: "cảnh báo", side: "Slovakia")]).last == false)
    }

    @Test func aBlocOrAThreatIsNotOutside() {
        // Dev 414 (gold normalization): the UN speaks of relations between the sides.
        #expect(outside(slovakia + [reading("các bên kiềm chế có thêm hành động hoặc phát biểu cực đoan có thể châm ngòi căng thẳng trên diện rộng", cue: "kêu gọi", side: "Liên Hợp Quốc")]).last == false)
        // Dev 417 (gold confrontation): a threat is made to another side, named or not.
        let threat = reading("sẽ có hành động trả đũa mạnh mẽ đối với bất cứ quốc gia nào thực hiện yêu cầu của ICC", cue: "tuyên bố", side: "Pháp")
        #expect(threat.reading.polar)
        #expect(outside(slovakia + [threat]).last == false)
    }

    @Test func anArticleThatRelatesNoSidesHasNoParties() {
        // Dev 301 (gold neutral) in an article of Iran and Israel; alone, no party at all.
        let jordan = reading("Jordan cũng sẽ bảo vệ không phận của mình khỏi bất kỳ sự xâm nhập trái phép nào, bất kể nguồn gốc là gì", cue: "cho biết", side: "Jordan")
        #expect(jordan.reading.polar)
        #expect(outside([jordan]) == [false])
        let iran = reading("Israel sẽ phải hối hận nếu tấn công Iran", cue: "cảnh báo", side: "Iran")
        #expect(outside([iran, jordan]) == [false, true])
    }
}
