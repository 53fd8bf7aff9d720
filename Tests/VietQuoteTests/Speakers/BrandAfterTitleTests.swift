import Testing
@testable import VietQuote

/// `BrandAfterTitle`: a company's or medium's name after a title (`founder Kalotoys`, `CEO Bybit`)
/// that the article writes after a kind noun elsewhere (`startup Kalotoys`, `sàn Bybit`) is the
/// post's body: the speaker is the post's holder, never the brand as a person.
@Suite struct BrandAfterTitleTests {
    // Silver 2024-08-06-kalotoys (main b1c8de2: the person `Kalotoys`, title `nhà sáng lập`).
    @Test func brandAfterFounderIsThePostsBody() throws {
        let found = SpeakerRuleProbe.decisions("""
            Dù đưa ra những con số tài chính "đẹp", song startup Kalotoys vẫn phải đối diện với nghi vấn của Shark Bình về lý do gọi vốn, hay đang truyền thông cho startup.

            Với tham vọng dài hạn, founder Kalotoys chia sẻ mong muốn đồng hành cùng nhà đầu tư trong vòng 10-15 năm nữa với tham vọng dài hạn.
            """)
        let said = try #require(found.first { $0.speaker.mention == "founder Kalotoys" })
        #expect(said.speaker.name != "Kalotoys")
        #expect(said.speaker.title == "founder Kalotoys")
        #expect(said.rules.contains(.brandAfterTitle))
    }

    // Silver 2025-02-22-bybit (main b1c8de2: the person `Bybit`, title `CEO`).
    @Test func brandAfterCEOGoesToThePostsHolder() throws {
        let found = SpeakerRuleProbe.decisions("""
            SKĐS - Sàn Bybit vừa bị hack 1,46 tỷ USD, vụ việc chấn động diễn ra chưa đầy một ngày sau khi CEO Ben Zhou của sàn tiền số Bybit tố Pi Network là dự án lừa ...

            Thị trường tiền điện tử bất ngờ nhận tin chấn động khi sàn Bybit bị hack cơ tấn công đêm 21/2, lấy đi hơn 1,46 tỷ USD.

            Ben Zhou, nhà đồng sáng lập kiêm CEO Bybit, giải thích họ lưu trữ tiền số trong ví lạnh đa chữ ký, tức loại ví được ngắt kết nối với Internet.

            Tuy nhiên, CEO Bybit cho biết hacker đã can thiệp để thay đổi logic trong hợp đồng thông minh, khiến việc họ xác nhận lại trở thành cấp quyền cho tin tặc.
            """)
        let said = try #require(found.first { $0.speaker.mention == "CEO Bybit" })
        #expect(said.speaker.name == "Ben Zhou")
    }

    // Silver 2024-08-05-pham-kim-dung: a Vietnamese personal name after the title stays the person.
    @Test func personalNameAfterTheTitleStaysThePerson() throws {
        let found = SpeakerRuleProbe.decisions("""
            Cho đến trưa 5/8, trên trang cá nhân, bà Phạm Kim Dung có bài đăng làm rõ những thông tin bị lan truyền.

            Bên cạnh đó, CEO Phạm Kim Dung chia sẻ full hình ảnh và thông tin về bộ sưu tập chiếc áo dài, kèm theo đó là lời giải thích về những chi tiết bị cho là nhạy cảm trên trang phục.
            """)
        let said = try #require(found.first)
        #expect(said.speaker.name == "Phạm Kim Dung")
        #expect(!said.rules.contains(.brandAfterTitle))
    }
}
