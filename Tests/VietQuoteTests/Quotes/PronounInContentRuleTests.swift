import Testing
@testable import VietQuote

/// `PronounInContentRule` (a person pronoun opening a statement's content is its speaker: the
/// cue after it makes no quote of its own) on dev sentences.
@Suite struct PronounInContentRuleTests: QuoteRuleSuite {
    // Dev 310: the gold quote is `cho biết`'s, its content `ông đã khuyến khích …`.
    @Test func pronounAfterAStatementCueIsTheSpeaker() {
        let body = "Trong một bài đăng khác, ông Trump cho biết, ông đã khuyến khích cựu ngôi sao khúc côn cầu chuyên nghiệp Wayne Gretzky tranh cử thủ tướng Canada."
        #expect(quotes(body).map(\.content) == ["ông đã khuyến khích cựu ngôi sao khúc côn cầu chuyên nghiệp Wayne Gretzky tranh cử thủ tướng Canada"])
        #expect(rule(deciding: "khuyến khích", in: body) == .pronounInContent)
    }

    // Dev 409: `nói rằng` + `ông đã nêu …`, one quote of Hun Sen.
    @Test func pronounBeforeAnotherStatementCue() {
        let body = "Chủ tịch Thượng viện Campuchia nói rằng ông đã nêu vấn đề này với Giám đốc Cơ quan Tình báo trung ương Mỹ (CIA) William Burns ngày 2-6 và Bộ trưởng Quốc phòng Mỹ Lloyd Austin vào ngày 4-6 khi các quan chức Mỹ này thăm Campuchia."
        #expect(quotes(body).map(\.cue) == ["nói"])
    }

    // Dev 435: a named subject after the statement's cue speaks for itself.
    @Test func namedSubjectStillSpeaks() {
        let body = "Tổng thống Jose Ramos-Horta khẳng định Timor-Leste coi trọng và mong muốn thúc đẩy hơn nữa quan hệ hữu nghị tốt đẹp với Việt Nam."
        #expect(rule(deciding: "khẳng định", in: body) != .pronounInContent)
        #expect(quotes(body).count == 1)
    }
}
