import Testing
@testable import VietQuote

/// `RoleOfUnnamedBody`, read by `RoleRule`: a role without a person's name keeps the unnamed
/// body written right after it.
@Suite struct RoleOfUnnamedBodyTests {
    // Silver 2024-11-29-gia-ca-phe-29-11: the director of a coffee exporter, not `giám đốc`;
    // `tại TP.HCM` opens a phrase and ends the body.
    @Test func directorKeepsTheCompanyAfterAQuantifier() throws {
        let found = SpeakerRuleProbe.decisions("""
            Thậm chí, trao đổi với Tuổi Trẻ Online ngày 29-11, giám đốc một doanh nghiệp chuyên xuất khẩu cà phê tại TP.HCM cho biết nhiều thông tin nhận định giá mặt hàng này còn lên, có thể đạt 135.000 - 140.000 đồng/kg cà phê nhân.
            """)
        let quote = try #require(found.first)
        #expect(quote.speaker.name == "giám đốc một doanh nghiệp chuyên xuất khẩu cà phê")
        #expect(quote.rules.contains(.roleOfUnnamedBody))
    }

    // Silver 2024-10-20-hoa-dep: quote-first, the school's leadership.
    @Test func leaderKeepsTheSchool() throws {
        let found = SpeakerRuleProbe.decisions("""
            “Nhiều năm liền được nhận bằng khen của Chủ tịch UBND tỉnh về thành tích trong công tác giảng dạy. Năm học này, cô được trường đưa vào danh sách đề nghị cấp trên xét tặng bằng khen Thủ tướng Chính phủ”, lãnh đạo nhà trường cho biết.
            """)
        let quote = try #require(found.last)
        #expect(quote.speaker.name == "lãnh đạo nhà trường")
    }

    // Silver 2024-05-13-luong-cuong: a lower-case word of no body after the role is the role's
    // own words (`Trưởng đoàn kiểm tra`), no body kept.
    @Test func wordOfNoBodyIsNoBody() throws {
        let found = SpeakerRuleProbe.decisions("""
            Phát biểu tại buổi kiểm tra, Trưởng đoàn kiểm tra đã nhấn mạnh đến vai trò đặc biệt quan trọng của công tác bảo vệ chính trị nội bộ.
            """)
        #expect(!found.contains { $0.rules.contains(.roleOfUnnamedBody) })
    }

    // Silver 2025-02-20-park-bom (review14 S16): `của cô` says whose company it is, and the
    // predicate's adverb follows: neither is part of the body's words.
    @Test func possessivePronounEndsTheBody() throws {
        let found = SpeakerRuleProbe.decisions("""
            Liên quan đến vấn đề này, vào 13/2, người đứng đầu công ty quản lý của cô thận trọng lên tiếng với Osen: "Trong trường hợp bài đăng trên mạng xã hội, rất khó để xác nhận thông tin chi tiết vì đó là không gian riêng tư của nghệ sĩ.
            """)
        let quote = try #require(found.first)
        #expect(quote.speaker.name == "người đứng đầu công ty quản lý")
    }
}
