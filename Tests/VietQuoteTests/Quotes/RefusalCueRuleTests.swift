import Testing
@testable import VietQuote

/// `RefusalCueRule` (a refusal right before a verb of saying is one cue with it) on sentences
/// from the dev articles (437) and written like them (review3 S8).
@Suite struct RefusalCueRuleTests: QuoteRuleSuite {
    // dev 437: `từ chối trả lời` + its object is a quote, cue `từ chối trả lời`.
    @Test func refusalJoinsTheVerbOfSaying() throws {
        let body = "Người phát ngôn Điện Kremlin Dmitry Peskov từ chối trả lời các câu hỏi nhắm trực tiếp vào nghi vấn binh sĩ Triều Tiên có tham chiến ở Ukraine hay không."
        let found = try #require(quotes(body).first)
        #expect(found.cue == "từ chối trả lời")
        #expect(found.content.hasPrefix("các câu hỏi nhắm trực tiếp"))
        #expect(refinements(body) == [[.refusalCue]])
    }

    // Any verb of saying composes, not only a listed few (`từ chối khẳng định` was no row).
    @Test func anyVerbOfSayingComposes() throws {
        let found = try #require(quotes("Ông Peskov từ chối khẳng định liệu hai nhà lãnh đạo có gặp nhau trong tháng tới hay không.").first)
        #expect(found.cue == "từ chối khẳng định")
        #expect(found.speaker.mention == "Ông Peskov")
    }

    // A refusal before an appeal is the thing refused, no saying; a refusal with only a topic
    // after the verb makes no quote, as the verb alone makes none.
    @Test func refusalOfAnotherKindOrOfATopicIsNoJoinedCue() {
        #expect(quotes("Nhật Bản từ chối yêu cầu của Trung Quốc về việc dỡ bỏ lệnh cấm.").allSatisfy { $0.cue != "từ chối yêu cầu" })
        #expect(quotes("Điện Kremlin từ chối bình luận về vụ việc.").isEmpty)
    }
}
