import Testing
@testable import VietQuote

/// `PersonalNameCueRule` (a capitalised cue word inside a personal name is no cue) on
/// sentences written like the silver articles (`Nguyễn Viết Chữ`, `Trần Viết Tú`).
@Suite struct PersonalNameCueRuleTests: QuoteRuleSuite {
    @Test func cueWordInsideANameIsNoCue() {
        #expect(quotes("Ông Nguyễn Viết Chữ, nguyên Bí thư Tỉnh ủy Quảng Nam, bị khai trừ khỏi Đảng.").isEmpty)
        #expect(quotes("Đội hình xuất phát: Văn Lâm, Viết Tú, Luiz Antonio, Doãn Ngọc Tân, A Mít.").isEmpty)
    }

    // The same word in lower case after the name is the cue, and the whole name speaks.
    @Test func cueAfterTheNameFires() throws {
        let found = try #require(quotes("Ông Nguyễn Viết Chữ viết trong đơn rằng ông đã nhận ra khuyết điểm của mình.").first)
        #expect(found.cue == "viết")
        #expect(found.content == "ông đã nhận ra khuyết điểm của mình")
        #expect(found.speaker.name == "Nguyễn Viết Chữ")
    }

    // A capitalised cue that opens a sentence is still a cue.
    @Test func capitalisedCueAtASentenceStartFires() {
        let source = SourceText("Nói với báo chí, ông Hùng cho biết dự án sẽ hoàn thành vào cuối năm.")
        let tokens = Tokenizer.tokens(in: source, range: 0..<source.count)
        #expect(!PersonalNameCueRule().isNameSyllable(in: tokens, at: 0, length: 1))
        #expect(!PersonalNameCueRule().isNameSyllable(in: tokens, at: 7, length: 1))   // `cho` of `cho biết`, lower case
    }
}
