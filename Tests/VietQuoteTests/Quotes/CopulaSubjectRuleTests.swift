import Testing
@testable import VietQuote

/// `CopulaSubjectRule` (a copula in the words before a cue: a name after it speaks, else no
/// subject) on sentences from the dev articles (423, 450, 305) and the silver corpus.
@Suite struct CopulaSubjectRuleTests: QuoteRuleSuite {
    // dev 423, 450: the cue word is a noun or a verb of the copula's clause.
    @Test func copulaClauseHasNoSpeaker() {
        #expect(quotes("Đó là một nhà bình luận kỳ cựu của đài Fox News.").isEmpty)
        #expect(quotes("Durov hiện là tỷ phú với khối tài sản ước tính 15,5 tỷ USD, theo dữ liệu của Forbes.").allSatisfy { $0.cue != "ước tính" })
    }

    // dev 305; silver (`Giám đốc thể thao của Barca là Deco khẳng định …`): the name after the copula speaks.
    @Test func nameAfterTheCopulaSpeaks() throws {
        let body = "Đây là lần đầu tiên Nga xác nhận Krasikov là đặc vụ."
        let found = try #require(quotes(body).first)
        #expect(found.speaker.mention == "Nga")
        #expect(found.content == "Krasikov là đặc vụ")
        #expect(refinements(body) == [[.copulaInSubject]])
        let barca = try #require(quotes("Giám đốc thể thao của Barca là Deco khẳng định ông không muốn thủ môn này ra đi.").first)
        #expect(barca.speaker.mention == "Deco")
    }

    // A copula inside brackets is an aside of the subject, which still speaks.
    @Test func copulaInBracketsKeepsTheSubject() throws {
        let found = try #require(quotes("Công ty Vicem Hà Tiên (trước đây là Công ty xi măng Hà Tiên 1) đề xuất chỉ thu bằng 90% mức giá tối đa.").first)
        #expect(found.cue == "đề xuất")
        #expect(found.speaker.mention.hasPrefix("Công ty Vicem Hà Tiên"))
    }
}
