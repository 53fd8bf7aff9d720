import Testing
@testable import VietQuote

/// Short forms of Vietnamese state bodies (organizations.tsv: `ĐBQH`, `KBNN`, `CSGT` …) are
/// state organs, not named private bodies: a post of one keeps Việt Nam (review12 S6, PostOfNamedBody).
@Suite struct StateAcronymTests {
    // Silver 2024-07-19-thanh-duy: the head of the National Assembly delegation speaks for Việt Nam.
    @Test func deputiesDelegationHeadKeepsVietNam() throws {
        let found = SpeakerRuleProbe.decisions("""
            Phát biểu tại hội nghị, đồng chí Thái Thanh Quý - Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH, Chủ tịch HĐND tỉnh Nghệ An \
            đã thông tin về những nét nổi bật về kinh tế, xã hội của tỉnh trong 6 tháng đầu năm.

            Chủ tịch HĐND tỉnh, Trưởng đoàn ĐBQH tỉnh nhấn mạnh, vấn đề khó khăn về nhà ở của các hộ người có công cần \
            phải được quan tâm, ưu tiên đầu tiên, đó là trách nhiệm, nghĩa vụ và tình cảm đối với người có công.
            """)
        let quote = try #require(found.first)
        // (The whole article names him by coreference; two paragraphs leave the title-only speaker.)
        #expect(quote.speaker.title?.contains("ĐBQH") == true, "\(quote.speaker)")
        #expect(quote.speaker.affiliation == "Việt Nam", "\(quote.speaker)")
    }

    // review12 S6 probe (no silver sentence writes `Giám đốc KBNN` with a cue): the treasury is a state body.
    @Test func treasuryDirectorKeepsVietNam() throws {
        let found = SpeakerRuleProbe.decisions("""
            Ông Nguyễn Văn An, Giám đốc KBNN, cho biết ngân sách đã giải ngân.
            """)
        let quote = try #require(found.first)
        #expect(quote.speaker.name == "Nguyễn Văn An", "\(quote.speaker)")
        #expect(quote.speaker.affiliation == "Việt Nam", "\(quote.speaker)")
        #expect(!quote.rules.contains(.noHomeSideNamedBody))
    }
}
