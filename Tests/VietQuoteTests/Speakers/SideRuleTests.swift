import Testing
@testable import VietQuote

@Suite struct SideRuleTests {
    @Test func metonymIsItsCountry() {
        let found = SpeakerRuleProbe.decisions("Washington cho biết sẽ xem xét đề xuất này.")
        #expect(found.first?.rules == [.side])
        #expect(found.first?.speaker == Speaker(name: "Mỹ", mention: "Washington", kind: .country, affiliation: "Mỹ"))
        #expect(found.first?.speaker.kind == ActorKind.metonym.speakerKind)
    }

    // dev 114.
    @Test func severalSidesAreOneSpeakerOfEachSide() {
        let found = SpeakerRuleProbe.decisions("Mỹ và Cuba thông báo sẽ mở lại đại sứ quán tại thủ đô của nhau.")
        #expect(found.first?.rules == [.severalSides])
        #expect(found.first?.speaker.sides == ["Mỹ", "Cuba"])
    }

    @Test func blocSpeaksAsAnOrganisation() {
        let found = SpeakerRuleProbe.decisions("NATO cho biết liên minh sẽ tăng cường hiện diện ở sườn phía đông.")
        #expect(found.first?.rules == [.side])
        #expect(found.first?.speaker.kind == .organization)
    }
}
