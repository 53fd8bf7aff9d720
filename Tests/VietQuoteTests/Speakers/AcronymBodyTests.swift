import Testing
@testable import VietQuote

/// A body named by acronyms after an office title (Speakers/Titles/AcronymBody.swift).
@Suite struct AcronymBodyTests {
    // Dev 446: `Chủ tịch HĐQT FPT` is a title, and stands for the person the article gives it.
    @Test func acronymsAfterAnOfficeAreItsBody() {
        let found = SpeakerRuleProbe.decisions("""
            Ông Trương Gia Bình, Chủ tịch HĐQT FPT cho rằng FPT sẽ tăng trưởng.

            Chủ tịch HĐQT FPT cho rằng Ấn Độ đã truyền cảm hứng cho FPT.
            """)
        #expect(found.map(\.speaker.name) == ["Trương Gia Bình", "Trương Gia Bình"])
        #expect(found.map(\.speaker.title) == ["Chủ tịch HĐQT FPT", "Chủ tịch HĐQT FPT"])
    }

    // Silver 2024-05-03-clip-danh-ghen: `TP` heads a place; silver 2024-07-29-amee: a stage name
    // in capitals after a role is the singer's name.
    @Test func headAcronymOrStageNameIsNoBody() {
        let lawyer = SpeakerRuleProbe.decisions("Luật sư TP Hà Nội Nguyễn Văn Minh cho rằng vụ việc cần được làm rõ.")
        #expect(lawyer.first?.speaker.title?.hasSuffix(" TP") != true)
        let singer = SpeakerRuleProbe.decisions("Ca sĩ AMEE cho biết cô sẽ ra album mới vào tháng sau.")
        #expect(singer.first?.speaker.name == "AMEE")
        #expect(singer.first?.speaker.title == "Ca sĩ")
    }

    // Silver 2024-04-22-hybe: a foreign name after the acronym is read as before (`Bang` is also a head).
    @Test func acronymBeforeAForeignNameIsLeftToTheName() {
        let found = SpeakerRuleProbe.decisions("Chủ tịch HYBE Bang Si Hyuk cho biết công ty sẽ kiểm toán ADOR.")
        #expect(found.first?.speaker.title == "Chủ tịch")
    }
}
