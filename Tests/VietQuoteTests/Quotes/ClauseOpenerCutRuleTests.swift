import Testing
@testable import VietQuote

/// `ClauseOpenerCutRule` (the word that opens a later subject's clause ends the earlier
/// content) on sentences from the dev articles.
@Suite struct ClauseOpenerCutRuleTests: QuoteRuleSuite {
    // dev 415: `sau khi ông Trump tuyên bố …` is no part of Zelensky's invitation.
    @Test func timeClauseOfALaterSpeakerIsCutOff() {
        let body = "Ông Zelensky cũng đã lên tiếng mời ông Trump đến Ukraine sau khi ông Trump tuyên bố nếu tái đắc cử ông sẽ chấm dứt cuộc chiến trong vòng 24 giờ."
        let found = quotes(body)
        #expect(found.map(\.content).first == "mời ông Trump đến Ukraine")
        #expect(found.map(\.speaker.mention).contains("ông Trump"))
        // The id goes with the content it cut, not with the later speaker's quote.
        let ids = refinements(body)
        #expect(ids.first?.contains(.clauseOpenerCut) == true)
        #expect(ids.dropFirst().allSatisfy { !$0.contains(.clauseOpenerCut) })
    }

    // dev 423: `…, trong đó một số người tuyên bố …` (`trong đó` "among whom", a subject stop):
    // the part of the group speaks, and `chỉ trích ông gay gắt nhất` is left a person alone.
    @Test func partOfAGroupSpeaksAfterTrongDo() {
        let body = "Các cựu tướng lĩnh và bộ trưởng quốc phòng của ông Trump nằm trong số những người chỉ trích ông gay gắt nhất, trong đó một số người tuyên bố ông không phù hợp để nhậm chức."
        let found = quotes(body)
        #expect(found.map(\.content) == ["ông không phù hợp để nhậm chức"])
        #expect(found.map(\.cue) == ["tuyên bố"])
        #expect(found.map(\.speaker.mention) == ["một số người"])
    }

    // No opener before the later subject: the cut stays at the comma before it.
    @Test func commaAloneKeepsItsCut() {
        let body = "Ông Peskov cho biết Nga sẵn sàng đàm phán, ông Lavrov nói thêm rằng Moscow chờ đề xuất."
        #expect(quotes(body).map(\.content) == ["Nga sẵn sàng đàm phán", "Moscow chờ đề xuất"])
        #expect(refinements(body) == [[], []])
    }

    // Silver (2025-02, markets): the content ends at the writer's `, trong khi …` before the
    // later speaker's opener `khi` is reached, so the opener moved no edge and the id is absent.
    @Test func contentEndedForAnotherReasonCarriesNoId() {
        let body = "Một số nhà phân tích cho biết nền kinh tế Canada và Mexico có nguy cơ suy thoái khi thuế quan được áp dụng, trong khi nền kinh tế khu vực đồng euro sẽ phải đối mặt với tình trạng trì trệ hơn khi Trump đã tuyên bố rằng cũng sẽ có thuế quan đối với Liên minh châu Âu."
        let found = quotes(body)
        #expect(found.first?.content == "nền kinh tế Canada và Mexico có nguy cơ suy thoái khi thuế quan được áp dụng")
        #expect(found.first?.speaker.mention == "Một số nhà phân tích")
        #expect(refinements(body).allSatisfy { !$0.contains(.clauseOpenerCut) })
    }
}
