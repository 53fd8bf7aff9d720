import Testing
@testable import VietQuote

/// `BodyNameCueRule` (a cue word inside a body's name is no cue) on sentences written like
/// the dev and silver articles (`Sở Thông tin …` in silver: 57 quotes before the rule).
@Suite struct BodyNameCueRuleTests: QuoteRuleSuite {
    @Test func cueWordInsideTheNameIsNoCue() {
        #expect(quotes("Sở Thông tin và Truyền thông tỉnh Quảng Ninh đã tổ chức hội nghị tập huấn về chuyển đổi số.").isEmpty)
        #expect(decisions("Sở Thông tin và Truyền thông tỉnh Quảng Ninh đã tổ chức hội nghị tập huấn về chuyển đổi số.").isEmpty)
    }

    // The cue after the name still fires, and the whole name is its speaker.
    @Test func cueAfterTheNameFires() throws {
        let found = try #require(quotes("Sở Thông tin và Truyền thông tỉnh Quảng Ninh cho biết hệ thống sẽ hoạt động từ tháng sau.").first)
        #expect(found.cue == "cho biết")
        #expect(found.content == "hệ thống sẽ hoạt động từ tháng sau")
        #expect(found.speaker.mention.hasPrefix("Sở Thông tin và Truyền thông"))
    }

    // A blocker inside the name (`công nghệ thông tin`) is no cue word that ends the name (silver m3).
    @Test func blockerInsideTheNameIsNoCue() {
        #expect(quotes("GDVN -Đề án tuyển sinh năm 2024 của Trường Đại học Công nghệ thông tin TP HCM có một số nội dung không được công khai theo đúng quy định.").isEmpty)
    }
}
