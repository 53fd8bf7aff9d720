import Testing
@testable import VietQuote

/// `SourceAppositionRule` (`Theo X, <title>, content`: the title apposition is the source's
/// mention, not the content) on sentences from the silver articles.
@Suite struct SourceAppositionRuleTests: QuoteRuleSuite {
    // Silver 2024-10-08-temu and 2024-10-08-nang-luong-mat-troi (audit pattern 10).
    @Test func titleAppositionBelongsToTheSource() {
        let body = "Theo ông Abe Yousef, nhà phân tích cao cấp tại Sensor Tower, trong quý IV/2022, số lượt cài đặt Temu "
            + "thậm chí còn vượt qua cả Amazon, Walmart và Target."
        let found = quotes(body)
        #expect(found.map(\.content) == ["trong quý IV/2022, số lượt cài đặt Temu thậm chí còn vượt qua cả Amazon, Walmart và Target"])
        #expect(found.map(\.speaker.mention) == ["ông Abe Yousef, nhà phân tích cao cấp tại Sensor Tower"])
        #expect(found.map(\.speaker.title) == ["nhà phân tích cao cấp tại Sensor Tower"])
        #expect(refinements(body) == [[.sourceApposition]])
        let dubai = "Theo Paul Griffiths, Tổng giám đốc điều hành Sân bay Dubai, các sân bay là những đơn vị tiêu thụ nhiều năng lượng."
        #expect(quotes(dubai).map(\.content) == ["các sân bay là những đơn vị tiêu thụ nhiều năng lượng"])
    }

    // Silver 2024-04-19-israel: `một` links the apposition (function_words `apposition_link`).
    @Test func linkedAppositionBelongsToTheSource() {
        let body = "Theo ông Fabian Hinz, một nhà nghiên cứu tại IISS, nếu giữa hai nước xảy ra xung đột lớn thì Iran sẽ chỉ có thể "
            + "trông mong vào các chiến thắng ngắn hạn."
        #expect(quotes(body).map(\.content).first?.hasPrefix("nếu giữa hai nước") == true)
    }

    // Silver 2024-07-28-argentina, 2024-12-16-bournemouth-dau-voi-west-ham, 2024-06-08-cau-chuyen-hoa-hong:
    // a source that is no person, or a title whose name follows after the comma, opens the content.
    @Test func titleOfTheContentSubjectStaysInTheContent() {
        let report = "Theo báo cáo, trọng tài phụ trách phòng VAR, Paolo Vieri, không kiểm tra bàn thắng ngay lập tức."
        #expect(quotes(report).map(\.content) == ["trọng tài phụ trách phòng VAR, Paolo Vieri, không kiểm tra bàn thắng ngay lập tức"])
        let marca = "Theo tờ Diario Marca de Espana, chủ tịch FIFA, Gianni Infantino đã liên hệ với những người được đề cử."
        #expect(quotes(marca).map(\.content).first?.hasPrefix("chủ tịch FIFA") == true)
        let named = "Theo ông Lê Văn Tuấn, Chủ tịch UBND huyện, Chủ tịch tỉnh Nguyễn Văn Nam đã chỉ đạo khắc phục sự cố."
        #expect(quotes(named).map(\.content).first?.hasPrefix("Chủ tịch UBND huyện") == true)
    }

    // Silver 2024-12-12-gemini-ai: a product name with a number after the apposition is no person.
    @Test func productNameAfterTheAppositionIsContent() {
        let body = "Theo ông Demis Hassabis, CEO của Google DeepMind, Gemini 2.0 là thành quả của quá trình nghiên cứu không ngừng nghỉ."
        #expect(quotes(body).map(\.content) == ["Gemini 2.0 là thành quả của quá trình nghiên cứu không ngừng nghỉ"])
    }
}
