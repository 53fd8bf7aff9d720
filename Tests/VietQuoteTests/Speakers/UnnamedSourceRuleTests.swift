import Testing
@testable import VietQuote

@Suite struct UnnamedSourceRuleTests {
    // dev 408.
    @Test func unnamedSourceKeepsAllItsWords() {
        let found = SpeakerRuleProbe.decisions(
            "Nguồn thạo tin của tờ USA Today cho biết các nhà chức trách tin rằng video này do Nga đứng sau dựa trên các chi tiết của video.")
        #expect(found.first?.rules == [.source])
        #expect(found.first?.speaker.name == "Nguồn thạo tin của tờ USA Today")
        #expect(found.first?.speaker.kind == .source)
    }

    @Test func theSameSourceWrittenShorterIsTheSameSpeaker() {
        let found = SpeakerRuleProbe.decisions("""
            Một nhà ngoại giao Ả Rập cho biết Iran đang tìm kiếm sự hỗ trợ.

            Nhà ngoại giao Ả Rập cũng cho biết các cuộc tiếp xúc sẽ tiếp tục.
            """)
        #expect(found.map(\.rules) == [[.source], [.sameSource]])
        #expect(found.map(\.speaker.name) == ["Một nhà ngoại giao Ả Rập", "Một nhà ngoại giao Ả Rập"])
    }
}
