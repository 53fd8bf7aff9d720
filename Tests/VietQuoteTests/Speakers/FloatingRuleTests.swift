import Testing
@testable import VietQuote

@Suite struct FloatingRuleTests {
    // After dev 305: a paragraph that is only a quotation goes on the previous quote.
    @Test func quotationParagraphIsThePreviousSpeakers() {
        let found = SpeakerRuleProbe.decisions("""
            "Đó là cách những điệp viên hành động, hy sinh vì công việc", ông Dmitry Peskov nói.

            "Ông Putin đã chào họ bằng tiếng Tây Ban Nha, và các em đã rất ngạc nhiên khi biết điều đó."
            """)
        #expect(found.map { $0.rules.first } == [.name, .floatingPrevious])
        #expect(found.last?.speaker.name == "Dmitry Peskov")
    }

    @Test func firstFloatingQuoteHasNoSpeaker() {
        #expect(FloatingRule().decide(previous: nil).trace.rules == [.none])
        #expect(FloatingRule().decide(previous: nil).speaker.name.isEmpty)
    }
}
