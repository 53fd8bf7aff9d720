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

    // dev 422: the body's short form in brackets after the apposition is no second person.
    @Test func bracketedShortFormOfABodyIsNoSecondName() {
        let found = SpeakerRuleProbe.decisions("""
            “Họ đã lắp đặt màn chắn trên đường, chuẩn bị cho nổ tung các con đường”, Lee Sung Joon, người phát ngôn của Hội đồng Tham mưu trưởng Liên quân Hàn Quốc (JSC), phát biểu trong một cuộc họp báo.
            """)
        #expect(found.first?.rules.contains(.severalNames) == false)
        #expect(found.first?.speaker.name == "Lee Sung Joon")
    }
}
