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
    }

    // silver, review 3: a title before the copula is the name's (`TITLE là NAME`): the whole
    // subject stays, so the speaker keeps the title.
    @Test func titleBeforeTheCopulaStaysTheSpeakers() throws {
        let body = "Người phát ngôn Bộ Ngoại giao là bà Phạm Thu Hằng khẳng định Việt Nam có đầy đủ cơ sở pháp lý về chủ quyền."
        let found = try #require(quotes(body).first)
        #expect(found.speaker.name == "Phạm Thu Hằng")
        #expect(found.speaker.title?.hasPrefix("Người phát ngôn") == true)
        let vance = try #require(quotes("Phó tướng của ông Trump là JD Vance nói ông có thể hoàn toàn cam kết điều đó.").first)
        #expect(vance.speaker.name == "JD Vance")
        #expect(vance.speaker.title == "Phó tướng của ông Trump")
    }

    // review 3; silver (`Đây là cầu thủ duy nhất CR7 công khai thừa nhận …`): after a clause's
    // copula the subject opens at an honorific or a capital, not at a title word of the predicate.
    @Test func subjectOpensAtAnHonorificOrACapital() throws {
        let asean = try #require(quotes("Điều quan trọng là các nước ASEAN khẳng định cam kết giải quyết tranh chấp bằng biện pháp hòa bình.").first)
        #expect(asean.speaker.mention == "ASEAN")
        let trump = try #require(quotes("Điều đáng chú ý là ông Trump khẳng định sẽ chấm dứt xung đột trong 24 giờ.").first)
        #expect(trump.speaker.mention == "ông Trump")
        let cr7 = try #require(quotes("Đây là cầu thủ duy nhất CR7 công khai thừa nhận giỏi hơn mình.").first)
        #expect(cr7.speaker.mention == "CR7")
    }

    // A copula inside brackets is an aside of the subject, which still speaks.
    @Test func copulaInBracketsKeepsTheSubject() throws {
        let found = try #require(quotes("Công ty Vicem Hà Tiên (trước đây là Công ty xi măng Hà Tiên 1) đề xuất chỉ thu bằng 90% mức giá tối đa.").first)
        #expect(found.cue == "đề xuất")
        #expect(found.speaker.mention.hasPrefix("Công ty Vicem Hà Tiên"))
    }
}
