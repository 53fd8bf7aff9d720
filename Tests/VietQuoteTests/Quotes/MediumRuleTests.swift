import Testing
@testable import VietQuote

/// `MediumRule` (`M dẫn lời Y rằng …`: Y speaks, M passes the words on.) on sentences from the dev articles (or written like one).
@Suite struct MediumRuleTests: QuoteRuleSuite {
    @Test func mediumQuotesSpeaker() {
        let found = quotes("Hôm 24/3, Reuters dẫn lời Bộ trưởng Quốc phòng Philippines Gilberto Teodoro rằng Philippines sẽ tiếp tục các nhiệm vụ tiếp tế.")
        #expect(found.map(\.content) == ["Philippines sẽ tiếp tục các nhiệm vụ tiếp tế"])
        #expect(found.first?.cue == "dẫn lời")
        #expect(found.first?.speaker.mention == "Bộ trưởng Quốc phòng Philippines Gilberto Teodoro")
    }

    @Test func mediumCarriesItsRule() {
        let body = "Hôm 24/3, Reuters dẫn lời Bộ trưởng Quốc phòng Philippines Gilberto Teodoro rằng Philippines sẽ tiếp tục các nhiệm vụ tiếp tế."
        #expect(quotes(body).first?.explanation.quoteRule == .medium)
    }

    // Dev 106: after a medium cue, `của` names whose words it passes on; the cue is no noun
    // (UnsaidCueRule), the possessor speaks.
    @Test func possessorAfterMediumCueSpeaks() {
        let found = quotes("“Chúng tôi cho rằng các hành động của Trung Quốc, đặc biệt là các động thái gần đây của nước này xung quanh Bãi Cỏ Mây (Second Thomas Shoal) đối với Philippines, là vô trách nhiệm, hung hăng, nguy hiểm và gây bất ổn sâu sắc,” Reuters dẫn phát biểu của ông Kritenbrink trong cuộc họp báo ở Hà Nội.")
        #expect(found.map(\.cue) == ["dẫn phát biểu"])
        #expect(found.first?.speaker.name == "Kritenbrink")
        #expect(found.first?.content.hasPrefix("Chúng tôi cho rằng các hành động của Trung Quốc") == true)
        #expect(found.first?.type == .direct)
    }
}
