import Testing
@testable import VietQuote

/// `PersonObjectRule` (a cue whose object is the person acted on: a name alone, a threat's
/// person, the reflexive `bản thân`; an act, no quote) on silver sentences.
@Suite struct PersonObjectRuleTests: QuoteRuleSuite {
    // Silver 2024-08-30-europa-league: `đe dọa Quỷ đỏ` "may threaten the Red Devils", a danger.
    @Test func threatToANamedSideIsNoQuote() {
        let body = "Tới nhóm 4, Bilbao, Hoffenheim, Nice, Besiktas đều có thể đe dọa Quỷ đỏ."
        #expect(rule(deciding: "đe dọa", in: body) == .personObject)
        #expect(quotes(body).isEmpty)
    }

    // Silver 2025-02-20-real-betis: a headline whose whole object is a name.
    @Test func nameAloneIsNoQuote() {
        let body = "Cựu HLV Real Betis cảnh báo Antony."
        #expect(rule(deciding: "cảnh báo", in: body) == .personObject)
        #expect(quotes(body).isEmpty)
    }

    // Silver 2024-11-02-psg: `khẳng định bản thân trong …` "prove oneself in …".
    @Test func reflexiveBeforeAPrepositionIsNoQuote() {
        let body = "Với Hakimi, ở lại PSG cũng mang đến cơ hội chinh phục các danh hiệu lớn và khẳng định bản thân trong một môi trường cạnh tranh hàng đầu."
        #expect(rule(deciding: "khẳng định", in: body) == .personObject)
        #expect(!quotes(body).contains { $0.cue == "khẳng định" })
    }

    // Silver 2024-07-25-al-nassr: a threat said takes an act (`sẽ từ chức`).
    @Test func threatOfAnActPasses() {
        let body = "Chủ tịch Al Nassr, ông Ibrahim Al-Muhaidib đã đe dọa sẽ từ chức vì câu lạc bộ đang gặp khó khăn về ngân sách."
        #expect(rule(deciding: "đe dọa", in: body) != .personObject)
        #expect(quotes(body).contains { $0.cue == "đe dọa" })
    }

    // Silver 2024-08-20-mike-lynch: `bản thân` opens the content's clause ("that he was innocent").
    @Test func reflexiveSubjectOfTheContentPasses() {
        let body = "Trong suốt quá trình điều tra, ông Lynch luôn khẳng định bản thân vô tội."
        #expect(rule(deciding: "khẳng định", in: body) != .personObject)
        #expect(quotes(body).contains { $0.cue == "khẳng định" })
    }

    // Silver 2024-04-12-nguoi-mot-nha-tap-6: the quotation before the speaker was said to the one named.
    @Test func quotationBeforeTheSpeakerPasses() {
        let body = "“Anh đang ở đâu, tiền thì không có, người thân thì không, anh định sống thế nào… Anh gửi địa chỉ cho em đi, em sẽ đón anh về?”, Tuệ hỏi Trí."
        #expect(rule(deciding: "hỏi", in: body) != .personObject)
        #expect(quotes(body).contains { $0.cue == "hỏi" })
    }
}
