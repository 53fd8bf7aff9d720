import Testing
@testable import VietQuote

/// A place that opens with a family name, in a body's complement before the person's name, is
/// the body's (`SpeakerLexicon.startsPlaceBeforeName`, Speakers/Titles/BodyNames.swift).
@Suite struct PlaceBeforeNameTests {
    /// Each sentence, the speaker's name and title.
    static let cases: [(text: String, name: String, title: String?)] = [
        // Silver 2025-01-28-dem-giao-thua (was name `Hồ Chí Minh Phan Văn Mãi`, title `Chủ tịch UBND TP`).
        ("Chủ tịch UBND TP Hồ Chí Minh Phan Văn Mãi cho biết thành phố sẽ tiếp tục chăm lo Tết cho người lao động.",
         "Phan Văn Mãi", "Chủ tịch UBND TP Hồ Chí Minh"),
        // Silver 2024-09-09-cau-phong-chau (was `Lâm Thao Ngô Đức Sáu`).
        ("Phó Chủ tịch UBND huyện Lâm Thao Ngô Đức Sáu cho biết cầu đã được rào chắn từ sáng sớm.",
         "Ngô Đức Sáu", "Phó Chủ tịch UBND huyện Lâm Thao"),
    ]

    @Test(arguments: cases) func placeThatStartsLikeANameIsTheBodys(_ example: (text: String, name: String, title: String?)) {
        let found = SpeakerRuleProbe.decisions(example.text).first
        #expect(found?.speaker.name == example.name)
        #expect(found?.speaker.title == example.title)
    }

    // A person's name right after the body stays the name.
    @Test func nameRightAfterTheBodyStaysTheName() {
        let found = SpeakerRuleProbe.decisions("Giám đốc Sở Y tế Nguyễn Văn Thanh cho biết bệnh viện đã tiếp nhận 12 bệnh nhân.")
        #expect(found.first?.speaker.name == "Nguyễn Văn Thanh")
    }
}
