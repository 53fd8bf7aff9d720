import Testing
@testable import VietQuote

/// `AppositionSubjectRule` (`Name, apposition, cue`: the subject set off by commas.) on sentences from the dev articles (or written like one).
@Suite struct AppositionSubjectRuleTests: QuoteRuleSuite {
    // `Title, Name, cue`: the name in commas after its title is the subject (dev 304).
    @Test func nameInCommasAfterItsTitle() {
        let found = quotes("Hôm qua, phát ngôn viên bộ Ngoại Giao Ukraina, Georguii Tykhii, chỉ trích Mông Cổ đã « cho phép một tội phạm thoát khỏi công lý ».")
        #expect(found.map(\.speaker.name) == ["Georguii Tykhii"])
        #expect(found.first?.speaker.affiliation == "Ukraine")
        #expect(found.first?.type == .mixed)
    }

    @Test func appositionDecidesTheSubject() {
        let body = "Hôm qua, phát ngôn viên bộ Ngoại Giao Ukraina, Georguii Tykhii, chỉ trích Mông Cổ đã « cho phép một tội phạm thoát khỏi công lý »."
        #expect(decisions(body).first?.subject == .appositionSubject)
        #expect(quotes(body).first?.speaker.mention.hasSuffix("Georguii Tykhii") == true)
    }
}
