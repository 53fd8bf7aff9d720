import Testing
@testable import VietQuote

/// `BodyNameCoordinatorRule` (`và` inside a body's name does not end the subject) on
/// sentences written like the dev and silver articles.
@Suite struct BodyNameCoordinatorRuleTests: QuoteRuleSuite {
    @Test func coordinatorInsideABodyNameKeepsTheBody() {
        let body = "Bộ Nông nghiệp và Phát triển nông thôn cho biết diện tích lúa bị ngập đã lên tới 200.000 ha."
        #expect(quotes(body).map(\.speaker.mention) == ["Bộ Nông nghiệp và Phát triển nông thôn"])
        #expect(refinements(body) == [[.coordinatorInBodyName]])
    }

    // `Mỹ và Cuba`: a `và` between two names is one subject of two, not a body's name.
    @Test func coordinatorBetweenTwoNamesIsNoBody() {
        let body = "Mỹ và Cuba thông báo sẽ mở lại đại sứ quán ở thủ đô của nhau."
        #expect(quotes(body).map(\.speaker.mention) == ["Mỹ và Cuba"])
        #expect(refinements(body) == [[]])
    }

    // silver 2024-04-12-lich-nghi-30-4---1-5: a dash inside the body's name before `và`.
    @Test func coordinatorAfterADashInsideABodyNameKeepsTheBody() {
        let body = "Trước đó, Bộ Lao động - Thương binh và Xã hội cho biết việc hoán đổi trên không làm thay đổi quỹ thời gian làm việc."
        #expect(quotes(body).map(\.speaker.mention) == ["Bộ Lao động - Thương binh và Xã hội"])
        #expect(refinements(body) == [[.coordinatorInBodyName]])
    }
}
