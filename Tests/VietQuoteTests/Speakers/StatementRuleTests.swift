import Testing
@testable import VietQuote

@Suite struct StatementRuleTests {
    @Test func statementStandsForTheBodyNamedBefore() {
        let found = SpeakerRuleProbe.decisions(
            "Bộ Ngoại giao Trung Quốc ra tuyên bố. Tuyên bố cho biết Bắc Kinh phản đối mọi hành động đơn phương.")
        #expect(found.map(\.rules) == [[.statementIssuer]])
        #expect(found.first?.speaker.name == "Bộ Ngoại giao Trung Quốc")
        #expect(found.first?.speaker.mention == "Tuyên bố")
    }

    @Test func statementWithNoIssuerBeforeIsNotResolvedByIt() {
        let found = SpeakerRuleProbe.decisions("Tuyên bố cho biết các bên sẽ tiếp tục đàm phán trong tuần tới.")
        #expect(found.allSatisfy { !$0.rules.contains(.statementIssuer) })
    }
}
