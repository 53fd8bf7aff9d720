import Testing
@testable import VietQuote

/// `DashNameAttributionRule` (`"…" - Name, apposition cue`: the quotation alone is the
/// content) on sentences from the dev articles.
@Suite struct DashNameAttributionRuleTests: QuoteRuleSuite {
    // dev 420 (shortened): the analyst's words, not `“…” - Jeffrey Lewis`; the quotation holds a
    // sentence stop, so the sentence read back from the cue starts inside it.
    @Test func quotationBeforeADashAndANameIsTheContent() {
        let body = "“Họ đang nghĩ về việc chỉ huy và kiểm soát. Những câu hỏi thực tế về cách truyền mệnh lệnh từ ông Kim xuống cấp chỉ huy” - Jeffrey Lewis, nhà phân tích tại Trung tâm James Martin cho hay."
        let found = quotes(body)
        #expect(found.map(\.content) == ["Họ đang nghĩ về việc chỉ huy và kiểm soát. Những câu hỏi thực tế về cách truyền mệnh lệnh từ ông Kim xuống cấp chỉ huy"])
        #expect(found.map(\.type) == [.direct])
        #expect(found.map(\.cue) == ["cho hay"])
        #expect(refinements(body) == [[.dashNameAttribution]])
    }

    // The same with a comma is read by typed content already, with no id of this rule.
    @Test func commaNeedsNoDashRule() {
        let body = "“Họ đang nghĩ về việc chỉ huy và kiểm soát”, Jeffrey Lewis, nhà phân tích tại Trung tâm James Martin cho hay."
        #expect(quotes(body).map(\.content) == ["Họ đang nghĩ về việc chỉ huy và kiểm soát"])
        #expect(refinements(body).allSatisfy { !$0.contains(.dashNameAttribution) })
    }

    // Lower-case words after the dash are no name: the rule leaves the content as it was.
    @Test func lowerCaseWordsAfterTheDashAreNoName() {
        let body = "“Chiến dịch quân sự đặc biệt” - tên gọi mà Moscow dùng cho cuộc chiến, nhà phân tích này cho hay."
        #expect(refinements(body).allSatisfy { !$0.contains(.dashNameAttribution) })
    }
}
