import Testing
@testable import VietQuote

/// `RoleOfNamedBody`, read by `RoleRule`: a role without a person's name keeps the body
/// named right after its title.
@Suite struct RoleOfNamedBodyTests {
    // Silver 2024-09-28-co-giao-xin-laptop: the leader of the district's committee, not `Lãnh đạo`.
    @Test func leaderKeepsTheCommitteeAfterIt() throws {
        let found = SpeakerRuleProbe.decisions("""
            (Dân trí) - Lãnh đạo UBND quận 1 khẳng định, vụ cô giáo xin phụ huynh ủng hộ tiền mua laptop chỉ là cá biệt.
            """)
        let quote = try #require(found.first)
        #expect(quote.speaker.name == "Lãnh đạo UBND quận 1")
        #expect(quote.rules.contains(.roleOfNamedBody))
    }

    // Silver 2024-05-15-lich-mu: quote-first, the representative of the tourism board.
    @Test func representativeKeepsTheBoard() throws {
        let found = SpeakerRuleProbe.decisions("""
            Tại Singapore, mua sắm miễn thuế được tập trung phát triển nhằm tăng trải nghiệm cho khách du lịch, đồng thời đảo quốc cũng tự định vị là "điểm mua sắm, bán lẻ toàn cầu", đại diện Tổng cục Singapore cho biết.
            """)
        let quote = try #require(found.last)
        #expect(quote.speaker.name == "đại diện Tổng cục Singapore")
    }

    // A title with no body after it stays the role alone (no body is made up).
    @Test func bareRoleStaysTheRole() throws {
        let found = SpeakerRuleProbe.decisions("""
            Thứ trưởng Quốc phòng Nga cho biết các cuộc tập trận sẽ tiếp tục trong tuần tới.
            """)
        let quote = try #require(found.first)
        #expect(!quote.rules.contains(.roleOfNamedBody))
    }

    // A lower-case word right after the title: a clause follows, not a named body
    // (silver `bộ trưởng thống nhất với vấn đề đại biểu`; an unnamed body after a quantifier
    // is `RoleOfUnnamedBody`'s).
    @Test func lowerCaseWordAfterTheTitleIsNoBody() throws {
        let found = SpeakerRuleProbe.decisions("""
            Lãnh đạo một số doanh nghiệp xăng dầu cho biết giá bán lẻ sẽ còn giảm trong kỳ điều hành tới.
            """)
        #expect(!found.contains { $0.rules.contains(.roleOfNamedBody) })
    }
}
