import Testing
@testable import VietQuote

/// `LeadCueRule` (`lên tiếng` + a cue: the second cue says what was said) on sentences from
/// the dev articles and the silver corpus.
@Suite struct LeadCueRuleTests: QuoteRuleSuite {
    // dev 408: the gold cue is `bác bỏ`, its content `video này`, the subject before the lead.
    @Test func cueAfterTheLeadIsTheQuotesCue() throws {
        let body = "Ban bầu cử tại quận Bucks sau đó đã nhanh chóng lên tiếng bác bỏ video này."
        let found = try #require(quotes(body).first)
        #expect(quotes(body).count == 1)
        #expect(found.cue == "bác bỏ")
        #expect(found.content == "video này")
        #expect(found.speaker.mention == "Ban bầu cử tại quận Bucks")
        #expect(refinements(body) == [[.leadCue]])
    }

    // A negator before the lead negates the cue after it (silver `chưa lên tiếng phủ nhận`).
    @Test func negatedLeadSaysNothing() {
        #expect(quotes("Công ty quản lý của nữ ca sĩ chưa lên tiếng phủ nhận thông tin trên.").isEmpty)
    }

    // A lead with no cue right after it is read as before: a time clause alone says when.
    @Test func leadWithoutACueAfterIt() {
        #expect(quotes("Nhiều chính khách Mỹ đã lên tiếng sau khi xảy ra vụ nổ súng.").isEmpty)
        let body = "Ca sĩ Hương Tràm lên tiếng về tin đồn sang Mỹ sinh con."
        #expect(quotes(body).isEmpty)
        #expect(rule(deciding: "lên tiếng", in: body) == .topicOnly)
    }
}
