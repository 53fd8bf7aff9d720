import Testing
@testable import VietQuote

/// `CoordinatedCueRule` (A second cue joined to the previous subject by a comma, a dash or `và`.) on sentences from the dev articles (or written like one).
@Suite struct CoordinatedCueRuleTests: QuoteRuleSuite {
    @Test func coordinatedCuesMakeTwoQuotes() {
        let found = quotes(#"Trong khi đó, Bắc Kinh cáo buộc tàu của Philippines đã cố tình tiếp cận tàu Trung Quốc và tuyên bố “Philippines hoàn toàn chịu trách nhiệm về việc này”."#)
        #expect(found.map(\.content) == ["tàu của Philippines đã cố tình tiếp cận tàu Trung Quốc", "Philippines hoàn toàn chịu trách nhiệm về việc này"])
        #expect(found.map(\.cue) == ["cáo buộc", "tuyên bố"])
        #expect(found.map(\.type) == [.indirect, .direct])
    }

    // ANNOTATION.md: content ends where another attribution starts; a time phrase may
    // stand between the comma and a coordinated cue (dev 302).
    @Test func coordinatedCueAfterATimePhrase() {
        let found = quotes(#"Ông Trump từ lâu đã ca ngợi mối quan hệ của mình với ông Kim, vào tháng trước nói rằng hai nước sẽ có "một cuộc chiến tranh hạt nhân", nhưng ông đã ngăn chặn được điều đó."#)
        #expect(found.map(\.content) == ["mối quan hệ của mình với ông Kim", #"hai nước sẽ có "một cuộc chiến tranh hạt nhân", nhưng ông đã ngăn chặn được điều đó"#])
        #expect(found.map(\.cue) == ["ca ngợi", "nói"])
        #expect(Set(found.map(\.speaker.name)) == ["Trump"])
    }

    @Test func secondCueCarriesTheCoordinatedRule() {
        let body = #"Trong khi đó, Bắc Kinh cáo buộc tàu của Philippines đã cố tình tiếp cận tàu Trung Quốc và tuyên bố “Philippines hoàn toàn chịu trách nhiệm về việc này”."#
        #expect(quotes(body).map(\.explanation.quoteRule) == [.speakerCueContent, .coordinatedCue])
        #expect(decisions(body).map(\.subject) == [.nounPhraseSubject, .coordinatedCue])
    }
}
