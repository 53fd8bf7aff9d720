import Testing
@testable import VietQuote

@Suite struct LastResortRuleTests {
    // dev 431: `truyền thống` (a typo for `truyền thông`) names no medium of the lexicons.
    @Test func unknownMentionIsTheSpeakerAsWritten() {
        let found = SpeakerRuleProbe.decisions(
            "Theo các phương tiện truyền thống sở tại, lực lượng an ninh đã tiêu diệt đối tượng nổ súng và có một khán giả thiệt mạng.")
        #expect(found.first?.rules == [.mention])
        #expect(found.first?.speaker.name == "các phương tiện truyền thống sở tại")
    }

    @Test func knownMentionNeverReachesTheLastRule() {
        let found = SpeakerRuleProbe.decisions(
            "Theo truyền thông sở tại, ông Trump đã bị thương ở vùng tai phải.")
        #expect(found.first?.rules.contains(.mention) == false)
    }
}
