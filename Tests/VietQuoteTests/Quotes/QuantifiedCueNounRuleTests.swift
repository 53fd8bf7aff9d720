import Testing
@testable import VietQuote

@Suite struct QuantifiedCueNounRuleTests: QuoteRuleSuite {
    // silver (a caption): `bình luận` after `Một số` is "some comments", no one named speaks.
    @Test func commentsAfterSomeAreNoCue() {
        let body = "Một số bình luận nhận xét về giọng nói tiếng Anh của Khánh Vy."
        #expect(decisions(body).first?.rule == .quantifiedCueNoun)
        #expect(quotes(body).allSatisfy { $0.speaker.name.lowercased() != "một số" })
    }

    // silver (a match preview heading): `thông tin` "information", no quote at all.
    @Test func informationAfterSomeIsNoQuote() {
        let body = "Một số thông tin đáng chú ý trận Hàn Quốc vs Iraq."
        #expect(quotes(body).isEmpty)
        #expect(rule(deciding: "thông tin", in: body) == .quantifiedCueNoun)
    }

    // A verb-only cue after the quantifier is said by an unnamed group.
    @Test func verbOnlyCueAfterSomeIsSaid() {
        let body = "Một số cho rằng đội tuyển đã thi đấu thiếu may mắn."
        #expect(quotes(body).count == 1)
        #expect(decisions(body).map(\.rule).contains(.quantifiedCueNoun) == false)
    }

    // The other quantifiers are noun markers: CueNounRule reads them first.
    @Test func otherQuantifiersStayWithCueNounRule() {
        #expect(rule(deciding: "bình luận", in: "Những bình luận về trận đấu xuất hiện trên mạng.") == .cueNoun)
    }
}
