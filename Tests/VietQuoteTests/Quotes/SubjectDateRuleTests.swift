import Testing
@testable import VietQuote

/// `SubjectDateRule` (a date between subject and cue, also with dashes) on sentences from the
/// dev articles (NLĐ and Tuổi Trẻ write `hôm 12-5`).
@Suite struct SubjectDateRuleTests: QuoteRuleSuite {
    @Test func dashedDateIsNoClauseMarkAndNoPartOfTheSubject() {
        let body = "Lực lượng phòng vệ Israel hôm 23-9 cho biết họ đã tấn công hơn 300 mục tiêu của Hezbollah."
        #expect(quotes(body).map(\.speaker.mention) == ["Lực lượng phòng vệ Israel"])
        #expect(refinements(body) == [[.dateInSubject]])
    }

    @Test func slashDateLeavesTheSubject() {
        let body = "Các nhà lập pháp Hàn Quốc hôm 21/11 cho biết Triều Tiên đã gửi thêm pháo binh tới Nga."
        #expect(quotes(body).map(\.speaker.mention) == ["Các nhà lập pháp Hàn Quốc"])
        #expect(refinements(body) == [[.dateInSubject]])
    }

    // No date: the subject is read as it stands, with no refinement.
    @Test func subjectWithoutADate() {
        let body = "Lực lượng phòng vệ Israel cho biết họ đã tấn công hơn 300 mục tiêu của Hezbollah."
        #expect(quotes(body).map(\.speaker.mention) == ["Lực lượng phòng vệ Israel"])
        #expect(refinements(body) == [[]])
    }
}
