import Testing
@testable import VietQuote

/// `UnsaidCueRule` (Words not said: negated, passive, or a cue made a noun by the word after it.) on sentences from the dev articles (or written like one).
@Suite struct UnsaidCueRuleTests: QuoteRuleSuite {
    @Test func negatedCueIsNoQuote() {
        #expect(quotes("Đại sứ quán Trung Quốc tại Kuala Lumpur đã không ngay lập tức trả lời yêu cầu bình luận.").isEmpty)
    }

    @Test func negatedPassiveAndNounCuesAreRejectedHere() {
        #expect(rule(deciding: "trả lời", in: "Đại sứ quán Trung Quốc tại Kuala Lumpur đã không ngay lập tức trả lời yêu cầu bình luận.") == .unsaid)
        #expect(rule(deciding: "tuyên bố", in: "Tuyên bố trên được Bộ Ngoại giao đưa ra hôm thứ Ba.") == .unsaid)
        // Auxiliaries alone pass: the subject stands before them.
        let body = "Ông Peskov cũng cho biết Nga sẵn sàng đàm phán với Ukraine."
        #expect(rule(deciding: "cho biết", in: body) == .speakerCueContent)
        #expect(quotes(body).first?.speaker.mention == "Ông Peskov")
    }
}
