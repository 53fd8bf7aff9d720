import Testing
@testable import VietQuote

/// A row of `organizations.tsv` that is a body head and the start of its complement runs on
/// over the writer's longer name (Speakers/Titles/LexiconBodyComplement.swift).
@Suite struct LexiconBodyComplementTests {
    // Silver: `Bộ Giáo dục và Đào tạo …` gave `Bộ Giáo dục` (the row), `và Đào tạo` left over;
    // `Bộ Lao động - Thương binh và Xã hội` gave `Bộ Lao động`.
    @Test(arguments: [
        ("Bộ Giáo dục và Đào tạo đã yêu cầu các cơ sở giáo dục đại học rà soát đề án tuyển sinh.", "Bộ Giáo dục và Đào tạo"),
        ("Bộ Lao động - Thương binh và Xã hội cho biết sẽ sửa quy định về trợ cấp.", "Bộ Lao động - Thương binh và Xã hội"),
        ("Theo đó, Bộ Giao thông vận tải đề nghị các tỉnh tiếp tục dùng cát biển đắp nền đường.", "Bộ Giao thông vận tải"),
    ])
    func rowRunsOnOverTheFullName(sentence: String, name: String) throws {
        let quote = try #require(SpeakerRuleProbe.extractor.extract(sentence, document: "test").quotes.first)
        #expect(quote.speaker.name == name)
        #expect(quote.speaker.kind == .organization)
        #expect(quote.explanation.speakerRule.hasPrefix("organization: organizations.tsv:"))
        #expect(quote.explanation.speakerRule.contains("+ \(LexiconBodyComplement.id)"))
    }

    // A side or a person after the row and a verb phrase are no more of its name.
    @Test(arguments: [
        ("Bộ Quốc phòng Mỹ cho biết ông Austin sẽ gặp giới lãnh đạo Ukraine.", "Bộ Quốc phòng Mỹ"),
        ("Bộ Công an tổ chức Lễ công bố quyết định và thông báo ông Tuấn giữ chức vụ mới.", "Bộ Công an"),
        ("Bộ Nội vụ quản lý nhà nước về lĩnh vực tín ngưỡng cho biết sẽ rà soát hồ sơ.", "Bộ Nội vụ"),
    ])
    func otherWordsAfterTheRowStayOut(sentence: String, name: String) {
        let found = SpeakerRuleProbe.decisions(sentence)
        #expect(found.first?.speaker.name == name)
    }

    // review11 S1: a second body linked by `và` is no part of the row's name.
    @Test(arguments: [
        ("Bộ Y tế và Bảo hiểm Xã hội Việt Nam cho biết sẽ sửa quy định thanh toán thuốc.", "Bộ Y tế và Bảo hiểm Xã hội Việt Nam"),
        ("Bộ Công Thương và Petrolimex cho biết sẽ bảo đảm nguồn cung xăng dầu.", "Bộ Công Thương và Petrolimex"),
        ("Bộ Quốc phòng và Tổng Tham mưu trưởng cho biết sẽ tăng cường tuần tra.", "Bộ Quốc phòng và Tổng Tham mưu trưởng"),
    ])
    func secondBodyAfterTheLinkStaysOut(sentence: String, glued: String) throws {
        let quote = try #require(SpeakerRuleProbe.extractor.extract(sentence, document: "test").quotes.first)
        #expect(quote.speaker.name != glued)
        #expect(!quote.explanation.speakerRule.contains(LexiconBodyComplement.id))
    }
}
