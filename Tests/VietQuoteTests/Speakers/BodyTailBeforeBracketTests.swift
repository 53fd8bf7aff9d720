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
    @Test func otherBracketsAndWordsEndTheNameAsBefore() {
        let photo = SpeakerRuleProbe.decisions("Cục An toàn thông tin (ảnh) cho biết đã phát hiện nhiều trang giả mạo.")
        #expect(photo.first?.speaker.name != "Cục An toàn thông tin")
        let place = SpeakerRuleProbe.decisions(
            "Cục Thi hành án dân sự ở Hà Nội (Bộ Tư pháp) cho biết đây là sự việc hết sức hy hữu.")
        #expect(place.first?.speaker.name != "Cục Thi hành án dân sự ở Hà Nội")
        let plain = SpeakerRuleProbe.extractor.extract("Cục Quản lý chất lượng cho biết sẽ kiểm tra lại toàn bộ hồ sơ.", document: "test")
        #expect(plain.quotes.first.map { !$0.explanation.speakerRule.contains(BodyTailBeforeBracket.id) } == true)
    }
}
