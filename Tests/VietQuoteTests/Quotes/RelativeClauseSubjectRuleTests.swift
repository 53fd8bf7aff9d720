import Testing
@testable import VietQuote

/// `RelativeClauseSubjectRule` (`N mà X cue …`: the relative clause's subject speaks) on
/// sentences from the dev articles and the silver corpus.
@Suite struct RelativeClauseSubjectRuleTests: QuoteRuleSuite {
    // An accusing cue in a relative clause (dev 402).
    @Test func accusationInARelativeClause() throws {
        let body = "Tổng thống Mỹ Donald Trump giao cho tỷ phú Elon Musk nhiệm vụ tinh gọn những bộ phận mà đảng Cộng hòa cáo buộc gây lãng phí ngân sách."
        let found = quotes(body)
        #expect(found.map(\.content) == ["gây lãng phí ngân sách"])
        #expect(found.map(\.cue) == ["cáo buộc"])
        #expect(found.first?.speaker.mention == "đảng Cộng hòa")
        #expect(subject(of: "cáo buộc", in: body) == .relativeClauseSubject)
    }

    // `cho rằng` ends in a complementizer: the clause after it is the content (dev 445).
    @Test func complementizerCueInARelativeClause() {
        let found = quotes("Tình báo nước này tự ý thực hiện một số vụ ám sát, qua đó vi phạm các điều khoản mà Nhà Trắng cho rằng Kiev trước đó đã đồng ý.")
        #expect(found.map(\.content) == ["Kiev trước đó đã đồng ý"])
        #expect(found.first?.speaker.mention == "Nhà Trắng")
    }

    // Inside the content of an earlier attribution, a relative clause's cue makes no quote of
    // its own (ANNOTATION.md): the earlier speaker's content runs on.
    @Test func relativeClauseInsideAnotherQuoteMakesNone() {
        let found = quotes("Washington nói Kiev đã vi phạm các điều khoản mà Nhà Trắng cho rằng Kiev trước đó đã đồng ý.")
        #expect(found.map(\.cue) == ["nói"])
        #expect(found.first?.content.hasSuffix("Kiev trước đó đã đồng ý") == true)
    }

    // A quotation that opens the clause's content is the content; the main clause goes on
    // after it, and a later cue is not the relative's speaker's (dev 439).
    @Test func quotationOpeningTheContentEndsIt() {
        let found = quotes("Israel bắt đầu chiến dịch trên bộ mà họ mô tả là \"hạn chế\" ở Rafah đầu tháng này.")
        #expect(found.map(\.content) == ["hạn chế"])
        #expect(found.first?.type == .direct)
    }

    // The content ends with the relative clause, at its first clause mark (silver).
    @Test func contentEndsAtTheClauseMark() {
        let found = quotes("Trong một vụ tấn công mà Thủ tướng Canada Justin Trudeau gọi là \"một hành động khủng bố\", 10 người đã thiệt mạng.")
        #expect(found.map(\.content) == ["một hành động khủng bố"])
        #expect(found.first?.speaker.name == "Justin Trudeau")
    }

    // A cue whose object is the relative's head says nothing: what follows is the main
    // clause (silver: `bức thư mà X viết cho …`, `báo cáo mà FLC công bố`).
    @Test func cueWhoseObjectIsTheHeadMakesNoQuote() {
        #expect(quotes("Bức thư tay ngọt ngào mà Châu Bùi viết cho bạn trai Binz được netizen quan tâm trở lại.").isEmpty)
        #expect(quotes("Mục tiêu mà HLV Clarke nêu ra trước giải đấu có thể đạt được.").isEmpty)
        let body = "Bức thư tay ngọt ngào mà Châu Bùi viết cho bạn trai Binz được netizen quan tâm trở lại."
        #expect(rule(deciding: "viết", in: body) == .nounPhraseSubject)
    }

    // A clause opening with a tense word after the cue, in a relative inside the predicate:
    // what the speaker claims of the head (dev 427).
    @Test func tenseWordAfterTheCueInsideAPredicate() {
        let found = quotes("Tỉnh Zaporizhzhia là một trong bốn tỉnh mà Nga tuyên bố đã sáp nhập vào tháng 9/2022, mặc dù lực lượng Ukraine vẫn kiểm soát khoảng 1/3 tỉnh.")
        #expect(found.map(\.content) == ["đã sáp nhập vào tháng 9/2022"])
        #expect(found.first?.speaker.name == "Nga")
    }

    // A relative that is the sentence's subject: the tense word after its cue opens the main
    // predicate, and the cue's object is the head (silver `báo cáo mà FLC công bố`).
    @Test func tenseWordAfterTheCueOfASubjectRelativeMakesNoQuote() {
        #expect(quotes("Kế hoạch mà Bộ Y tế công bố đã được triển khai tại nhiều tỉnh thành.").isEmpty)
    }
}

