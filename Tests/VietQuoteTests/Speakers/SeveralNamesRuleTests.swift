import Testing
@testable import VietQuote

@Suite struct SeveralNamesRuleTests {
    // After dev 431 (`Tổng thống Mỹ và Thủ tướng Anh lên án vụ nổ súng`), with the names.
    @Test func twoTitledPeopleOfOneCueAreOneSpeaker() {
        let found = SpeakerRuleProbe.decisions("Tổng thống Mỹ Joe Biden và Thủ tướng Anh Keir Starmer lên án vụ nổ súng.")
        #expect(found.map(\.rules) == [[.severalNames]])
        #expect(found.first?.speaker.name == "Joe Biden và Keir Starmer")
        // Two sides: none alone, each in the stance.
        #expect(found.first?.speaker.affiliation == nil)
        #expect(found.first?.speaker.sides == ["Mỹ", "Anh"])
    }

    @Test func sidesWithoutNamesAreNotSeveralNames() {
        let found = SpeakerRuleProbe.decisions("Mỹ và Cuba thông báo sẽ mở lại đại sứ quán tại thủ đô của nhau.")
        #expect(found.first?.rules.contains(.severalNames) == false)
    }
}
