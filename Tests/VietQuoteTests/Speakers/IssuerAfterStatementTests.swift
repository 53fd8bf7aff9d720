import Testing
@testable import VietQuote

/// `IssuerAfterStatement`: a statement whose mention names its issuer after `của`, `từ` or `do`
/// stands for that issuer, not for a speaker named before it.
@Suite struct IssuerAfterStatementTests {
    /// Each sentence (silver) and the issuer that speaks.
    static let cases: [(text: String, name: String)] = [
        // Silver 2024-05-06-dich-vu-cong (was `Nhật Bản`, a side named earlier).
        ("Theo lịch của người Hồi giáo, Chủ Nhật đến thứ Năm hàng tuần là ngày làm việc. Thông báo của Bộ Giáo dục Bangladesh cho biết học sinh sẽ đến trường trong cả thứ Bảy cho đến khi có thông báo tiếp theo.",
         "Bộ Giáo dục Bangladesh"),
        // Silver 2024-09-28-barca (was `Monaco`).
        ("UEFA đã phạt Câu lạc bộ Barca do hành vi phân biệt chủng tộc của cổ động viên trong trận thua 1-2 tại Champions League trước Monaco. Tuyên bố từ UEFA cho biết: \"Các cáo buộc chống lại Barca FC liên quan đến hành vi phân biệt chủng tộc\".",
         "UEFA"),
        // Silver 2024-10-07-taeil (was `Hàn Quốc`).
        ("Những thông tin xoay quanh bê bối tình dục của nam ca sĩ Taeil (NCT) đang là chủ đề nóng nhất tại Hàn Quốc. Theo bài viết mới do tờ Chosun đăng tải, cựu thần tượng nhà SM Entertainment đã cưỡng hiếp 1 cô gái say xỉn cùng 2 người bạn.",
         "Chosun"),
    ]

    @Test(arguments: cases) func issuerNamedAfterTheStatementSpeaks(_ example: (text: String, name: String)) throws {
        let found = try #require(SpeakerRuleProbe.decisions(example.text).last)
        #expect(found.rules.contains(.issuerAfterStatement))
        #expect(found.speaker.name == example.name)
    }

    // Silver 2024-12-07-girona-dau-voi-real-madrid: `đội bóng` names no one; the statement stands
    // for the issuer before it, as `StatementRule` reads it.
    @Test func linkWithoutANameLeavesTheStatement() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Thông báo của đội bóng cho biết: \"Real Madrid đã hành quân đến sân Montilivi để chạm trán Girona trong khuôn khổ vòng 16 La Liga vào tối nay\".").first)
        #expect(!found.rules.contains(.issuerAfterStatement))
    }

    // Silver 2024-09-06-vng-bi-thanh-tra: the medium after the issuer's words is whom it was sent to.
    @Test func mediumLaterInTheWordsIsNoIssuer() throws {
        let found = try #require(SpeakerRuleProbe.decisions(
            "Công ty khởi nghiệp kỳ lân của Việt Nam, VNG Corp, hiện đang bị cảnh sát điều tra, theo một tuyên bố qua email của công ty gửi tới Bloomberg.").first)
        #expect(!found.rules.contains(.issuerAfterStatement))
        #expect(found.speaker.name != "Bloomberg")
    }
}
