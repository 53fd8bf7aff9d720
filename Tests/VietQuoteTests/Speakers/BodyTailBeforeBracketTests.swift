import Testing
@testable import VietQuote

/// Lower-case words that end a body's name before a bracket naming its parent body or its
/// abbreviation (Speakers/Titles/BodyTailBeforeBracket.swift).
@Suite struct BodyTailBeforeBracketTests {
    // Silver: `Cục Quản lý lao động ngoài nước (Bộ LĐ-TB-XH)` gave `Cục Quản lý lao động`, and
    // `Viện Công nghệ thực phẩm (Đại học …)` gave `Viện Công nghệ`.
    @Test func lowerCaseWordsBeforeTheParentInBracketsStayInTheName() throws {
        let office = SpeakerRuleProbe.decisions(
            "Cục Quản lý lao động ngoài nước (Bộ LĐ-TB-XH) vừa có công văn đề nghị các doanh nghiệp rà soát người lao động.")
        let decision = try #require(office.first)
        #expect(decision.speaker.name == "Cục Quản lý lao động ngoài nước")
        #expect(decision.speaker.kind == .organization)
        let quote = try #require(SpeakerRuleProbe.extractor.extract(
            "Cục Quản lý lao động ngoài nước (Bộ LĐ-TB-XH) vừa có công văn đề nghị các doanh nghiệp rà soát người lao động.",
            document: "test").quotes.first)
        #expect(quote.explanation.speakerRule.contains(BodyTailBeforeBracket.id))
        let institute = SpeakerRuleProbe.decisions(
            "Viện Công nghệ thực phẩm (Đại học Bách khoa Hà Nội) cho hay cơm rượu lên men quá lâu có thể sinh độc tố.")
        #expect(institute.first?.speaker.name == "Viện Công nghệ thực phẩm")
    }

    // A bracket that names no body, a preposition among the words, and words with no bracket
    // after them end the name where two lower-case words start.
    @Test func otherBracketsAndWordsEndTheNameAsBefore() throws {
        let photo = try #require(SpeakerRuleProbe.decisions("Cục An toàn thông tin (ảnh) cho biết đã phát hiện nhiều trang giả mạo.").first)
        #expect(photo.speaker.name != "Cục An toàn thông tin")
        let place = try #require(SpeakerRuleProbe.decisions(
            "Cục Thi hành án dân sự ở Hà Nội (Bộ Tư pháp) cho biết đây là sự việc hết sức hy hữu.").first)
        #expect(place.speaker.name != "Cục Thi hành án dân sự ở Hà Nội")
        let plain = SpeakerRuleProbe.extractor.extract("Cục Quản lý chất lượng cho biết sẽ kiểm tra lại toàn bộ hồ sơ.", document: "test")
        #expect(plain.quotes.first.map { !$0.explanation.speakerRule.contains(BodyTailBeforeBracket.id) } == true)
    }

    // review11 M3: a city written short in brackets (`(TP HCM)`) is no parent body; the
    // speaker was `HCM`, a person.
    @Test func placeWrittenShortInBracketsIsNoParentBody() throws {
        for sentence in ["Trung tâm Y tế dự phòng (TP HCM) cho biết đã tiêm đủ vaccine.",
                         "Trung tâm Y tế dự phòng (TP.HCM) cho biết đã tiêm đủ vaccine."] {
            let quote = try #require(SpeakerRuleProbe.extractor.extract(sentence, document: "test").quotes.first)
            #expect(quote.speaker.name != "HCM")
            #expect(quote.speaker.kind == .organization)
            #expect(!quote.explanation.speakerRule.contains(BodyTailBeforeBracket.id))
        }
    }
}
