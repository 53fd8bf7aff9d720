import Testing
@testable import VietQuote

/// A post of a named body of no state takes no side from the article's context, and its
/// Vietnamese holder no home side (Speakers/Sides/PostOfNamedBody.swift).
@Suite struct PostOfNamedBodyTests {
    /// A real text, the speaker to look at, and the rule that must refuse the side.
    struct Refused: Sendable { var text: String; var name: String; var rule: SpeakerRule }
    /// A real text, the speaker to look at, the side it keeps and the rule that must not fire.
    struct Kept: Sendable { var text: String; var name: String; var side: String; var rule: SpeakerRule }

    static let refused: [Refused] = [
        // Silver 2024-05-01-cz-binance: a crypto exchange's head of data got `Mỹ`, the country
        // of the newspaper named before.
        Refused(text: """
            Theo ước tính của một tờ báo Mỹ, công ty có thể kiếm được 9,8 tỷ USD doanh thu trong 12 tháng tính đến tháng 3. Andy Goldin, người đứng đầu dữ liệu và phân tích toàn cầu tại Binance, cho biết trong một cuộc phỏng vấn: “Thực sự là các quỹ ETF đang giúp thúc đẩy rất nhiều hoạt động”.
            """,
                name: "Andy Goldin", rule: .noContextSideNamedBody),
        // Silver 2024-05-01-tran-hung-huy: a bank's chairman with a Vietnamese name, the bank
        // written with no head (`Chủ tịch ACB`).
        Refused(text: """
            Sáng 1/5, con trai ông Hùng, Chủ tịch ACB Trần Hùng Huy đã có những chia sẻ đầy xúc động về sự ra đi của ông Trần Mộng Hùng: “Tạm biệt Ba của con. Cuộc đời con điều may mắn lớn lao được là con của Ba - tượng đài lớn, người hùng của con, người thầy trọn đời của con”.
            """,
                name: "Trần Hùng Huy", rule: .noHomeSideNamedBody),
        // Dev 446: a company's chairman with a Vietnamese name got the home side of a bare title
        // (gold: null, a company speaks for no country). `HĐQT` heads a body of no state
        // (body_heads.tsv, speakers36): the title names that body, and no side is read at all.
        Refused(text: """
            Chia sẻ về nhận định trên của ông Narayana Murthy, ông Trương Gia Bình, Chủ tịch HĐQT FPT cho rằng, “Ấn Độ, Infosys đã truyền cảm hứng cho FPT, cho Việt Nam. 24 năm trước, FPT đã đến Ấn Độ để học hỏi cách đưa Việt Nam trở thành cường quốc về phần mềm. Và chính Narayana Murthy đã truyền cảm hứng cho chúng tôi với một sự tin tưởng tuyệt đối, Việt Nam là một quốc gia đặc biệt và Việt Nam có thể phát triển được phần mềm cho thế giới”.
            """,
                name: "Trương Gia Bình", rule: .noContextSideBodyTitle),
    ]

    static let kept: [Kept] = [
        // Dev 303: a title after the link names the principal, whose state the spokesman speaks for.
        Kept(text: """
            Điện Kremlin ngày 30/8 cho biết họ "không lo lắng" về chuyến thăm sắp tới của Tổng thống Nga Vladimir Putin tới Mông Cổ, một quốc gia thành viên của Tòa án Hình sự Quốc tế ICC, nơi đã ban hành lệnh bắt giữ ông vào năm 2023.
            
            Người phát ngôn của Tổng thống Putin - Dmitry Peskov - từng nhấn mạnh Nga không công nhận thẩm quyền của ICC, đã nói với các phóng viên trong cuộc họp trực tuyến hàng ngày của mình hôm 30/8 rằng Điện Kremlin "không lo lắng" về chuyến đi sắp tới: "Chúng tôi đã có cuộc đối thoại tuyệt vời với những người bạn từ Mông Cổ".
            """,
             name: "Dmitry Peskov", side: "Nga", rule: .noContextSideNamedBody),
        // Silver 2024-05-15-lich-mu: a city department is a state body; its director keeps the
        // home side.
        Kept(text: """
            Bà Nguyễn Thị Ánh Hoa, Giám đốc Sở du lịch TP HCM cho biết năm 2023, doanh thu ngành du lịch của TP HCM đạt 160.000 tỷ đồng, cao nhất cả nước.
            """,
             name: "Nguyễn Thị Ánh Hoa", side: "Việt Nam", rule: .noHomeSideNamedBody),
        // Silver 2024-08-03-chau-van-lam: `Thường trực` qualifies the post and a provincial
        // People's Committee follows: a state office, the holder keeps the home side.
        Kept(text: """
            Theo ông Nguyễn Văn Thi, Phó Chủ tịch Thường trực UBND tỉnh Thanh Hoá, bên cạnh thu ngân sách nhà nước tăng cao thì thu từ xuất nhập khẩu cũng có tín hiệu khả quan Đây là điều kiện cần thiết để Thanh Hoá hiện thực hoá cơ chế ưu đãi từ Nghị quyết 58 của Bộ Chính trị
            """,
             name: "Nguyễn Văn Thi", side: "Việt Nam", rule: .noHomeSideNamedBody),
    ]

    static func speaker(_ name: String, in text: String) -> SpeakerRuleProbe.Decided? {
        SpeakerRuleProbe.decisions(text).first { $0.speaker.name == name }
    }

    @Test(arguments: refused) func postOfANamedBodyTakesNoSide(_ example: Refused) {
        let found = Self.speaker(example.name, in: example.text)
        #expect(found != nil)
        #expect(found?.speaker.affiliation == nil)
        #expect(found?.rules.contains(example.rule) == true)
    }

    @Test(arguments: kept) func stateOrPrincipalKeepsItsSide(_ example: Kept) {
        let found = Self.speaker(example.name, in: example.text)
        #expect(found?.speaker.affiliation == example.side)
        #expect(found?.rules.contains(example.rule) != true)
    }
}
