import Testing
@testable import VietQuote

/// `MediumNameWord`: a name ending with a medium's head word (`Sports`, `Weekly`) is a medium.
@Suite struct MediumNameWordTests {
    // Silver 2024-05-31-leonardo-dicaprio: `theo Intouch Weekly` (was a person).
    @Test func weeklyAfterTheoIsAMedium() throws {
        let found = SpeakerRuleProbe.decisions("""
            Tuy nhiên, theo Intouch Weekly, Leonardo DiCaprio và Brad Pitt cũng là những đối thủ cạnh tranh quyết liệt trong ngành công nghiệp điện ảnh.
            """)
        let quote = try #require(found.first)
        #expect(quote.speaker.name == "Intouch Weekly")
        #expect(quote.speaker.kind == .media)
        #expect(quote.rules.first == .mediumNameWord)
    }

    // Silver 2024-11-28-mbappe: `RMC Sport chê thậm tệ: "…"`.
    @Test func sportAsTheSubjectIsAMedium() throws {
        let found = SpeakerRuleProbe.decisions("""
            Mbappe hứng chịu một ‘cơn mưa’ chỉ trích khác từ quê nhà. RMC Sport chê thậm tệ: “Ngay cả cách Mbappe sút bóng về phía khung thành cũng thật kinh khủng”.
            """)
        let quote = try #require(found.first { $0.speaker.mention.contains("RMC") })
        #expect(quote.speaker.kind == .media)
        #expect(quote.speaker.affiliation == nil)
    }

    // Silver 2025-01-05-arsenal: the commentator of the channel speaks, a person (RolePossessor).
    @Test func commentatorOfAChannelIsAPerson() throws {
        let found = SpeakerRuleProbe.decisions("""
            Theo bình luận viên Jamie Redknapp của Sky Sports, trận hòa Brighton đã "thổi bay" hy vọng đua vô địch với Liverpool của Arsenal.
            """)
        let quote = try #require(found.first)
        #expect(quote.speaker.name == "Jamie Redknapp")
        #expect(quote.speaker.kind == .person)
        #expect(!quote.rules.contains(.mediumNameWord))
    }

    // Silver 2024-05-17-goo-hye-sun `Goo Hye Sun`: `Sun` is no medium word, the actress speaks.
    @Test func koreanGivenNameIsNoMedium() throws {
        let found = SpeakerRuleProbe.decisions("""
            Goo Hye Sun cho biết cô đang tập trung cho việc học và không có kế hoạch đóng phim.
            """)
        let quote = try #require(found.first)
        #expect(quote.speaker.kind == .person)
    }
}
