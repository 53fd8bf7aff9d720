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

    /// Dev 446: a company's chairman with a Vietnamese name got the home side of a bare title
    /// (gold: null, a company speaks for no country).
    @Test func chairmanOfANamedCompanyTakesNoHomeSide() {
        let found = SpeakerRuleProbe.decisions("""
            Chia sẻ về nhận định trên của ông Narayana Murthy, ông Trương Gia Bình, Chủ tịch HĐQT FPT cho rằng, “Ấn Độ, Infosys đã truyền cảm hứng cho FPT, cho Việt Nam. 24 năm trước, FPT đã đến Ấn Độ để học hỏi cách đưa Việt Nam trở thành cường quốc về phần mềm. Và chính Narayana Murthy đã truyền cảm hứng cho chúng tôi với một sự tin tưởng tuyệt đối, Việt Nam là một quốc gia đặc biệt và Việt Nam có thể phát triển được phần mềm cho thế giới”.
            """)
        let binh = found.first { $0.speaker.name == "Trương Gia Bình" }
        #expect(binh != nil)
        #expect(binh?.speaker.affiliation == nil)
        #expect(binh?.rules.contains(.noHomeSideNamedBody) == true)
    }

    /// Silver 2024-05-15-lich-mu: a city department is a state body; its director keeps the
    /// home side.
    @Test func directorOfAStateDepartmentKeepsTheHomeSide() {
        let found = SpeakerRuleProbe.decisions("""
            Bà Nguyễn Thị Ánh Hoa, Giám đốc Sở du lịch TP HCM cho biết năm 2023, doanh thu ngành du lịch của TP HCM đạt 160.000 tỷ đồng, cao nhất cả nước.
            """)
        let hoa = found.first { $0.speaker.name == "Nguyễn Thị Ánh Hoa" }
        #expect(hoa?.speaker.affiliation == "Việt Nam")
        #expect(hoa?.rules.contains(.noHomeSideNamedBody) != true)
    }

    /// Silver 2024-08-03-chau-van-lam: `Thường trực` qualifies the post and a provincial
    /// People's Committee follows: a state office, the holder keeps the home side.
    @Test func qualifiedPostOfAStateBodyKeepsTheHomeSide() {
        let found = SpeakerRuleProbe.decisions("""
            Theo ông Nguyễn Văn Thi, Phó Chủ tịch Thường trực UBND tỉnh Thanh Hoá, bên cạnh thu ngân sách nhà nước tăng cao thì thu từ xuất nhập khẩu cũng có tín hiệu khả quan Đây là điều kiện cần thiết để Thanh Hoá hiện thực hoá cơ chế ưu đãi từ Nghị quyết 58 của Bộ Chính trị
            """)
        let thi = found.first { $0.speaker.name == "Nguyễn Văn Thi" }
        #expect(thi?.speaker.affiliation == "Việt Nam")
        #expect(thi?.rules.contains(.noHomeSideNamedBody) != true)
    }
}
