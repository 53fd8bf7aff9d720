import Testing
@testable import VietQuote

/// `PronounSubjectRule` (a lower-case pronoun or kinship term alone as the subject names the
/// person named before) on sentences from the silver articles.
@Suite struct PronounSubjectRuleTests: QuoteRuleSuite {
    // silver 2024-05-14-huong-tram: `"…", cô nói.` after the quotation gave no quote at main 2a9b2cb.
    @Test func pronounAfterAQuotationSpeaks() {
        let body = "Thấy cô dần tìm được bình yên, bố mẹ từng lo ca sĩ Hương Tràm sẽ quên việc ca hát. \"Nhưng tôi trấn an họ rằng mình sẽ hát đến khi không còn sức lực\", cô nói."
        let found = quotes(body)
        #expect(found.map(\.content) == ["Nhưng tôi trấn an họ rằng mình sẽ hát đến khi không còn sức lực"])
        #expect(found.first?.explanation.quoteRule == .quoteFirst)
        #expect(refinements(body).first?.contains(.pronounSubject) == true)
    }

    // silver 2024-04-25-lat-mat-7: `anh` after a closing curly quotation mark.
    @Test func anhAfterACurlyQuotation() {
        let body = "“Tôi rất vui khi lần đầu tiên trong đời được giới thiệu mẹ và các anh chị em, các cháu đi thảm đỏ”, anh nói."
        let found = quotes(body)
        #expect(found.map(\.content) == ["Tôi rất vui khi lần đầu tiên trong đời được giới thiệu mẹ và các anh chị em, các cháu đi thảm đỏ"])
        #expect(found.first?.speaker.mention == "anh")
    }

    // `ông` (an honorific of function_words.tsv) already named a speaker: no refinement.
    @Test func honorificNeedsNoRefinement() {
        let body = "“Tôi rất vui khi lần đầu tiên trong đời được giới thiệu mẹ và các anh chị em, các cháu đi thảm đỏ”, ông nói."
        #expect(quotes(body).count == 1)
        #expect(refinements(body) == [[]])
    }
}
