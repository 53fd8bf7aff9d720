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

    // Silver (m3): a name's last syllable after a capitalised word, and a name in a line-up
    // after its comma, are no cue.
    @Test func nameSyllableAfterACapitalOrInAListIsNoCue() {
        #expect(quotes("Phần 3 trưng bày những hình ảnh phản ánh mối quan hệ giữa 2 quốc gia Việt Nam - Liên bang Xô Viết trước đây, Việt Nam và Belarus ngày nay.").isEmpty)
        #expect(quotes("Thanh Hóa: Xuân Hoàng, Thanh Long, Viết Tú, Gustavo Santana, Thái Bình, Luiz Antonio, Trùm Tĩnh, A Mít, Quốc Phương, Thái Sơn, Ribamar.").isEmpty)
    }

    // Before a colon a capitalised cue after a name is still said (silver, `Hoa hậu Đỗ Thị Hà Viết: "…"`).
    @Test func capitalisedCueBeforeAColonFires() throws {
        let found = try #require(quotes("Hoa hậu Đỗ Thị Hà Viết: \"Thương ơi, Làng Nủ! Ánh mắt những người còn lại ai cũng đượm buồn.\"").first)
        #expect(found.cue == "Viết")
    }
}
