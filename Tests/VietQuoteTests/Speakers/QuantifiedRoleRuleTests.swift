import Testing
@testable import VietQuote

@Suite struct QuantifiedRoleRuleTests {
    // dev 320.
    @Test func quantifiedRoleIsAGroupOfUnnamedPeople() {
        let found = SpeakerRuleProbe.decisions(
            "Bên lề Đại hội đồng Liên hợp quốc, các bộ trưởng ngoại giao của nhóm G7 kêu gọi Trung Quốc gây sức ép để Nga dừng cuộc xung đột ở Ukraine.")
        #expect(found.first?.rules == [.quantifiedRole])
        #expect(found.first?.speaker.name == "các bộ trưởng ngoại giao của nhóm G7")
        #expect(found.first?.speaker.kind == .source)
    }

    @Test func roleWithoutQuantifierIsNotAGroup() {
        let found = SpeakerRuleProbe.decisions("Thứ trưởng Quốc phòng Nga cho biết các cuộc tập trận sẽ kết thúc vào cuối tuần.")
        #expect(found.first?.rules.contains(.quantifiedRole) == false)
    }
}
