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

    // dev 424: issuing a statement is a lead too; both cues after it are the subject's.
    @Test func issuedStatementLeadsTheCueAfterIt() throws {
        let body = "Tổng thống Slovakia Zuzana Caputova đã ra tuyên bố lên án vụ tấn công \"tàn bạo\" và bày tỏ hy vọng Thủ tướng sẽ bình phục hoàn toàn."
        let found = quotes(body)
        #expect(found.map(\.cue) == ["lên án", "bày tỏ hy vọng"])
        #expect(found.map(\.content) == ["vụ tấn công \"tàn bạo\"", "Thủ tướng sẽ bình phục hoàn toàn"])
        #expect(found.first?.speaker.mention == "Tổng thống Slovakia Zuzana Caputova")
        // silver: `ra thông báo cho biết`, the date between subject and lead stays out.
        let notice = try #require(quotes("Bộ Quốc phòng Nga ngày 10/7 ra thông báo cho biết đã điều một máy bay chiến đấu MiG-31 nhằm xua đuổi máy bay tuần tra Poseidon của Na Uy.").first)
        #expect(notice.cue == "cho biết")
        #expect(notice.speaker.mention == "Bộ Quốc phòng Nga")
        #expect(notice.content == "đã điều một máy bay chiến đấu MiG-31 nhằm xua đuổi máy bay tuần tra Poseidon của Na Uy")
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

    // Silver 2024-04-25-hybe (quotes23): a publishing verb (`đăng tải`) right before a cue noun leads
    // it; the speaker was `tập đoàn HYBE đăng tải`.
    @Test func publishingVerbLeadsTheCueNoun() throws {
        let body = "Chiều 25.4, tập đoàn HYBE đăng tải thông báo chính thức trên tài khoản Weverse của NewJeans, sau cuộc họp báo diễn ra vào đầu giờ chiều cùng ngày do CEO Min Hee Jin của ADOR tổ chức."
        let found = try #require(quotes(body).first)
        #expect(found.cue == "thông báo")
        #expect(found.speaker.mention == "tập đoàn HYBE")
    }
}
