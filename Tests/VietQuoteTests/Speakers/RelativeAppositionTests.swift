import Testing
@testable import VietQuote

@Suite struct RelativeAppositionTests {
    // Silver 2024-06-02-ufc: the quote had no speaker (mention `người`).
    @Test func personBeforeCommaSpeaks() {
        let found = SpeakerRuleProbe.decisions("""
            Dustin Poirier, người cũng thi đấu tại UFC 302 lại đưa ra quan điểm thoải mái hơn: "Tôi thấy chúng thoải mái hơn".
            """)
        #expect(found.first?.rules.first == .relativeApposition)
        #expect(found.first?.speaker.name == "Dustin Poirier")
        #expect(found.first?.speaker.kind == .person)
    }

    // Silver 2025-01-20-thien-an: a dash opens the apposition.
    @Test func personBeforeDashSpeaks() {
        let found = SpeakerRuleProbe.decisions("""
            Diễn viên Kiều Trinh - người từng hợp tác với Thiên An chia sẻ: "Tôi thương cô ấy vất vả, dành nhiều thiện cảm".
            """)
        #expect(found.first?.speaker.name == "Kiều Trinh")
    }

    // Silver 2024-12-06-negav: lower-case words before the comma end no name: not this rule.
    @Test func noNameBeforeTheComma() {
        let found = SpeakerRuleProbe.decisions("""
            Với những thông tin trên, người hâm mộ cho rằng nam rapper sẽ xuất hiện trở lại tại concert ở Hà Nội.
            """)
        #expect(found.allSatisfy { !$0.rules.contains(.relativeApposition) })
    }
}
