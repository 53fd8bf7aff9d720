import Testing
@testable import VietQuote

/// A region between a body and its country (Speakers/Titles/RegionQualifier.swift).
@Suite struct RegionQualifierTests {
    // Dev 427: the southern defence forces of Ukraine speak for Ukraine, in a story that names Nga first.
    @Test func regionBetweenBodyAndCountryKeepsTheCountry() {
        let found = SpeakerRuleProbe.decisions("""
            Nga đang tăng cường không kích. Phát ngôn viên của Lực lượng Phòng vệ miền Nam Ukraine Vladyslav Voloshyn \
            cho biết quân đội Nga đang tăng cường tấn công.
            """)
        #expect(found.first?.speaker.name == "Vladyslav Voloshyn")
        #expect(found.first?.speaker.title == "Phát ngôn viên của Lực lượng Phòng vệ miền Nam Ukraine")
        #expect(found.first?.speaker.affiliation == "Ukraine")
    }

    // A function word before the place is no region (`tại Gaza`).
    @Test func functionWordBeforeThePlaceIsNoRegion() {
        let found = SpeakerRuleProbe.decisions(
            "Người phát ngôn của Lực lượng Phòng vệ tại Gaza Israel cho biết các cuộc tấn công sẽ tiếp tục.")
        #expect(found.first?.speaker.title?.contains("Gaza") != true)
    }
}
