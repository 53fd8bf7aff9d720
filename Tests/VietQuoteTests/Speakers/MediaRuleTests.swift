import Testing
@testable import VietQuote

@Suite struct MediaRuleTests {
    @Test func namedMediumIsTheSpeaker() {
        let found = SpeakerRuleProbe.decisions("Tờ Kommersant cho biết hai bên đã nhất trí về lịch trình.")
        #expect(found.map(\.rules) == [[.media]])
        #expect(found.first?.speaker == Speaker(name: "Kommersant", mention: "Tờ Kommersant", kind: .media))
    }

    // dev 405.
    @Test func agencyAfterTheoIsTheSpeaker() {
        let found = SpeakerRuleProbe.decisions(
            "Theo Reuters, thông tin ông Zelensky thông báo nêu trên có phần lạc quan và trái ngược với những gì phía Nga đưa ra về Kharkov.")
        #expect(found.first?.rules == [.media])
        #expect(found.first?.speaker.name == "Reuters")
    }

    @Test func mediumPassingWordsOnIsNotTheSpeaker() {
        let found = SpeakerRuleProbe.decisions(
            "Báo Nga Izvestia dẫn nguồn tin ngoại giao cho biết Washington có thể hạn chế hoạt động của các nhà ngoại giao Nga.")
        #expect(found.first?.rules.first == .source)
        #expect(found.first?.speaker.kind == .source)
    }
}
