import Testing
@testable import VietQuote

/// `CapitalisedNamePhraseRule`: a stance phrase of two words or more written as a name (every
/// word capitalised, or capitalised after a comma) weighs nothing; the evidence says so.
/// Sentences of the silver corpus.
@Suite struct CapitalisedNamePhraseRuleTests: StanceSuite {
    func namePhrases(_ stance: QuoteStance) -> [String] {
        stance.evidence.filter { $0.kind == .modifier && $0.category == "name-phrase" }.map(\.text)
    }

    @Test func aProvinceIsNoPeace() {
        let arrest = scorer.score(content: "Cơ quan An ninh điều tra, Bộ Công an đã khởi tố bị can, bắt tạm giam ông Ngô Ngọc Đức, "
                                  + "nguyên Bí thư Thành uỷ Hoà Bình, tỉnh Hoà Bình, để làm rõ hành vi đánh bạc", cue: "cho biết")
        #expect(namePhrases(arrest) == ["Hoà Bình", "Hoà Bình"])
        #expect(!arrest.evidence.contains { $0.kind == .term })
        #expect(arrest.label == .neutral)
        // In lower case the same phrase is peace, and weighs.
        let peace = scorer.score(content: "hai nước cam kết gìn giữ hòa bình", cue: "nói")
        #expect(peace.evidence.contains { $0.kind == .term && $0.text == "hòa bình" })
        #expect(namePhrases(peace).isEmpty)
    }

    @Test func anEventAfterACommaIsNoDialogue() {
        let trip = scorer.score(content: "Chủ tịch nước Lương Cường sẽ dẫn đầu đoàn đại biểu cấp cao nước ta tham dự Hội nghị các nhà "
                                + "lãnh đạo kinh tế châu Á - Thái Bình Dương lần thứ 31, Đối thoại giữa các nhà lãnh đạo APEC "
                                + "và các nhà lãnh đạo khách mời", cue: "cho biết")
        #expect(namePhrases(trip) == ["Đối thoại"])
        #expect(trip.label == .neutral)
        #expect(trip.score == 0)
    }

    @Test func aPhraseCapitalisedByItsPlaceIsRead() {
        // The sentence's first word is capitalised by its place: the phrase is read.
        let normal = scorer.score(content: "Bình thường hóa quan hệ là lợi ích của cả hai nước", cue: "nói")
        #expect(normal.evidence.contains { $0.kind == .term && $0.text.hasPrefix("Bình thường hóa") })
        #expect(namePhrases(normal).isEmpty)
        #expect(normal.label == .normalization)
        // After a colon too (`: Đối thoại …` opens a sentence).
        let dialogue = scorer.score(content: "ông nhấn mạnh: Đối thoại là con đường duy nhất", cue: "nói")
        #expect(dialogue.evidence.contains { $0.kind == .term && $0.text == "Đối thoại" })
        #expect(namePhrases(dialogue).isEmpty)
    }

    @Test func aOneWordPhraseIsLeftToTheSyllableRule() {
        // One capitalised word after a comma stays the syllable rule's (read at a clause start).
        let shooting = scorer.score(content: "họ nói vậy, Bắn vào các mục tiêu là sai", cue: "nói")
        #expect(shooting.evidence.contains { $0.kind == .term && $0.text == "Bắn" })
        #expect(namePhrases(shooting).isEmpty)
    }
}
