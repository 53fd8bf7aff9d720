import Testing
@testable import VietQuote

/// `CueParticleRule` (an adverb of addition or repetition after a cue belongs to it) on
/// sentences from the dev articles and the silver corpus.
@Suite struct CueParticleRuleTests: QuoteRuleSuite {
    // dev 401: the cue is `nhấn mạnh lại`, and `lại` is no part of the content.
    @Test func repetitionBelongsToTheCue() throws {
        let body = "Tham mưu trưởng IDF, Trung tướng Herzi Halevi nhấn mạnh lại Israel sẽ đáp trả cuộc tấn công của Iran."
        let quote = try #require(quotes(body).first)
        #expect(quote.cue == "nhấn mạnh lại")
        #expect(quote.content == "Israel sẽ đáp trả cuộc tấn công của Iran")
        #expect(refinements(body) == [[.cueParticle]])
    }

    // dev 429: `giải thích thêm:` then the quotation.
    @Test func additionBelongsToTheCue() throws {
        let quote = try #require(quotes("Ông Hải giải thích thêm: \"Tài sản sẽ được thu hồi theo bản án.\"").first)
        #expect(quote.cue == "giải thích thêm")
        #expect(quote.content == "Tài sản sẽ được thu hồi theo bản án.")
    }

    // Before a number `thêm` is "more": it belongs to the content; a row with its particle
    // (`cho biết thêm`) is matched whole, and no second particle joins it.
    @Test func numberAfterTheParticleIsContent() {
        #expect(quotes("Bộ Y tế thông báo thêm 5 ca mắc mới tại Hà Nội.").map(\.cue) == ["thông báo"])
        #expect(quotes("Ông Peskov cho biết thêm Nga sẵn sàng đàm phán.").map(\.cue) == ["cho biết thêm"])
        #expect(refinements("Ông Peskov cho biết thêm Nga sẵn sàng đàm phán.") == [[]])
    }

    // `ra` is no particle (`yêu cầu ra lệnh`): the row `nêu ra` of cues.tsv holds it (dev 430).
    @Test func directionalRowIsMatchedWhole() throws {
        let quote = try #require(quotes("Ông Kim còn nêu ra nhu cầu đưa công nghệ trí tuệ nhân tạo vào quá trình phát triển vũ khí.").first)
        #expect(quote.cue == "nêu ra")
        #expect(quote.content == "nhu cầu đưa công nghệ trí tuệ nhân tạo vào quá trình phát triển vũ khí")
    }

    // An appeal or an announcement may take a noun phrase: after it `thêm` is "more (object)"
    // and stays in the content (silver: `đề nghị thêm một concert`, `công bố thêm kết quả`).
    @Test func particleAfterANounPhraseCueIsContent() {
        let appeal = quotes("Trước thông tin này, nhiều người đã bày tỏ sự thích thú và đề nghị thêm một concert tại Hà Nội.")
        #expect(appeal.last?.cue == "đề nghị")
        #expect(appeal.last?.content == "thêm một concert tại Hà Nội")
        let announced = quotes("Đầu năm nay, GSK đã công bố thêm kết quả tích cực khi kết hợp Blenrep với phương pháp điều trị PomDex.")
        #expect(announced.map(\.cue) == ["công bố"])
        #expect(refinements("Đầu năm nay, GSK đã công bố thêm kết quả tích cực khi kết hợp Blenrep với phương pháp điều trị PomDex.") == [[]])
    }

    // A quantifier or number within two words after the particle opens the object it
    // qualifies, after any cue (silver: `nhấn mạnh lại những tuyên bố của mình`).
    @Test func quantifierAfterTheParticleIsContent() {
        let found = quotes("CEO của UFC đã tiếp tục nhấn mạnh lại những tuyên bố của mình về McGregor.")
        #expect(found.map(\.cue) == ["nhấn mạnh"])
        #expect(found.first?.content.hasPrefix("lại những tuyên bố") == true)
    }
}
