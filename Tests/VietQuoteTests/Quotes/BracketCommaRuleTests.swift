import Testing
@testable import VietQuote

/// `BracketCommaRule` (a comma inside a bracket the subject closes is no clause mark) on
/// sentences from the silver corpus.
@Suite struct BracketCommaRuleTests: QuoteRuleSuite {
    // Silver 2024-10-21-halloween-nam-2024 (the subject was `Hà Nội) hào hứng`, the speaker `Việt Nam`).
    @Test func commaInsideAnAsideKeepsTheNameBeforeIt() {
        let body = "Bạn Phương Thư (18 tuổi, Hà Nội) hào hứng chia sẻ: “Là sinh viên năm nhất, mình rất vui khi được hòa mình vào không khí sôi động của Halloween.”"
        #expect(refinements(body).first?.contains(.commaInBracket) == true)
        #expect(quotes(body).first?.speaker.mention.hasPrefix("Bạn Phương Thư") == true)
        #expect(quotes(body).first?.speaker.name != "Việt Nam")
    }

    // Silver 2024-09-09-song-hong: a mark after the bracket, so the comma inside it stays a
    // clause mark and the subject does not reach `quận Hoàn Kiếm`. (It still starts at `Hà Nội),`
    // and the speaker is `Việt Nam`, at main 1a536f2 as at 2a9b2cb: the comma after the bracket
    // is crossed elsewhere, not by this rule; review16.)
    @Test func bracketBeforeACommaEndsTheClause() {
        let body = "Trong đêm 9/9, rạng sáng 10/9, nước dâng cao tại lối xuống bãi xe Chương Dương Độ (quận Hoàn Kiếm, Hà Nội), lực lượng chức năng chặn đường, cảnh báo người dân không tiếp cận khu vực nguy hiểm."
        let found = refinements(body)
        #expect(found.count == 1)
        #expect(found.allSatisfy { !$0.contains(.commaInBracket) })
        #expect(quotes(body).first?.speaker.mention.contains("Hoàn Kiếm") == false)
    }
}
