import Testing
@testable import VietQuote

/// `DashSubjectRule` (`Title - Name cue`: the phrase before a dash is part of the subject) on
/// sentences written like those of the dev articles.
@Suite struct DashSubjectRuleTests: QuoteRuleSuite {
    @Test func titleBeforeADashJoinsTheSubject() {
        let body = "Người phát ngôn Điện Kremlin Dmitry Peskov - cho biết Nga sẵn sàng đàm phán với Ukraine."
        #expect(decisions(body).first?.subject == .dashSubject)
        let found = quotes(body)
        #expect(found.map(\.content) == ["Nga sẵn sàng đàm phán với Ukraine"])
        #expect(found.first?.speaker.name == "Dmitry Peskov")
    }
}
