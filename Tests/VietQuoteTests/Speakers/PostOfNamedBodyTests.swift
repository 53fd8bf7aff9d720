import Testing
@testable import VietQuote

/// A post linked to a named body of no state takes no side from the article's context
/// (Speakers/Sides/PostOfNamedBody.swift).
@Suite struct PostOfNamedBodyTests {
    /// Silver 2024-05-01-cz-binance: a crypto exchange's head of data got `Mỹ`, the country
    /// of the newspaper named before.
    @Test func postAtACompanyTakesNoContextSide() {
        let found = SpeakerRuleProbe.decisions("""
            Theo ước tính của một tờ báo Mỹ, công ty có thể kiếm được 9,8 tỷ USD doanh thu trong 12 tháng tính đến tháng 3. Andy Goldin, người đứng đầu dữ liệu và phân tích toàn cầu tại Binance, cho biết trong một cuộc phỏng vấn: “Thực sự là các quỹ ETF đang giúp thúc đẩy rất nhiều hoạt động”.
            """)
        let goldin = found.first { $0.speaker.name == "Andy Goldin" }
        #expect(goldin != nil)
        #expect(goldin?.speaker.affiliation == nil)
        #expect(goldin?.rules.contains(.noContextSideNamedBody) == true)
    }

    /// Dev 303: a title after the link names the principal, whose state the spokesman speaks for.
    @Test func principalsTitleKeepsTheContextSide() {
        let found = SpeakerRuleProbe.decisions("""
            Điện Kremlin ngày 30/8 cho biết họ "không lo lắng" về chuyến thăm sắp tới của Tổng thống Nga Vladimir Putin tới Mông Cổ, một quốc gia thành viên của Tòa án Hình sự Quốc tế ICC, nơi đã ban hành lệnh bắt giữ ông vào năm 2023.

            Người phát ngôn của Tổng thống Putin - Dmitry Peskov - từng nhấn mạnh Nga không công nhận thẩm quyền của ICC, đã nói với các phóng viên trong cuộc họp trực tuyến hàng ngày của mình hôm 30/8 rằng Điện Kremlin "không lo lắng" về chuyến đi sắp tới: "Chúng tôi đã có cuộc đối thoại tuyệt vời với những người bạn từ Mông Cổ".
            """)
        let peskov = found.first { $0.speaker.name == "Dmitry Peskov" }
        #expect(peskov?.speaker.affiliation == "Nga")
        #expect(peskov?.rules.contains(.noContextSideNamedBody) != true)
    }
}
