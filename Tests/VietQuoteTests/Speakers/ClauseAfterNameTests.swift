import Testing
@testable import VietQuote

@Suite struct ClauseAfterNameTests {
    // Silver 2024-10-09-chi-trung: a caption run into the next sentence without its full stop
    // gave the article's fullest name `Chí Trung Dù`.
    @Test func clauseWordGluedToACaptionIsNoPartOfTheName() {
        let found = SpeakerRuleProbe.decisions("""
            Chí Trung Dù thừa nhận yêu cuồng nhiệt nhưng anh và bạn gái thống nhất không tổ chức đám cưới.

            Chí Trung chia sẻ: "Nhà mình có một cây Ý Lan rồi nên anh phải mua cây lan ý".
            """)
        #expect(found.last?.speaker.name == "Chí Trung")
    }

    // Silver 2024-04-29-champion-league: `Trả lời` after the name opens the clause.
    @Test func verbAfterTheNameIsNoPartOfIt() {
        let found = SpeakerRuleProbe.decisions("HLV Edin Terzic Trả lời báo chí cho biết Dortmund sẽ thắng trận bán kết.")
        #expect(found.last?.speaker.name == "Edin Terzic")
    }

    // A given name that is also a common word stays in the name (`thắng` is capitalised in 2.1 %).
    @Test func givenNameThatIsACommonWordStays() {
        let found = SpeakerRuleProbe.decisions(
            "Ông Nguyễn Văn Thắng cho biết công trình sẽ hoàn thành trước Tết.")
        #expect(found.first?.speaker.name == "Nguyễn Văn Thắng")
        #expect(found.first?.rules.contains(.clauseAfterName) == false)
    }
}
