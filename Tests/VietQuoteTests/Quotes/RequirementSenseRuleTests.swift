import Testing
@testable import VietQuote

/// `RequirementSenseRule` (`đòi hỏi` "require" with a quality or duty object and no speaker as
/// subject: no quote) on silver sentences.
@Suite struct RequirementSenseRuleTests: QuoteRuleSuite {
    // Audit11 #7 (silver 2024-10-15-nguyen-quoc-viet), silver 2024-07-25-tong-bi-thu-le-kha-phieu.
    @Test func requirementOfAThingIsNoQuote() {
        let body = "Những thách thức này đòi hỏi sự điều hành chính sách linh hoạt và hiệu quả để duy trì đà phục hồi."
        #expect(quotes(body).isEmpty)
        #expect(rule(deciding: "đòi hỏi", in: body) == .requirementSense)
        #expect(quotes("Thực hiện lễ cúng rằm tháng 10 đòi hỏi sự trang nghiêm và lòng thành.").isEmpty)
    }

    // A speaker as the subject, or an addressee before the modal, keeps the demand
    // (silver 2024-10-17-min-pechaya).
    @Test func demandOfASpeakerIsAQuote() {
        let titled = quotes("Thủ tướng đòi hỏi sự vào cuộc quyết liệt của các bộ, ngành.")
        #expect(titled.count == 1)
        let addressee = quotes("Nhiều người vẫn đòi hỏi cô và những nghệ sĩ liên quan phải chịu trách nhiệm.")
        #expect(addressee.map(\.content) == ["cô và những nghệ sĩ liên quan phải chịu trách nhiệm"])
    }

    // cues22: right after a comma the cue is the need of the situation told before it
    // (silver 2024-09-01-man-utd, 2024-09-04-gojek).
    @Test func requirementAfterACommaIsNoQuote() {
        let body = "Các bác sĩ của Inter Miami cho biết Messi đang gặp phải một chấn thương phức tạp ở chân, đòi hỏi thời gian điều trị và phục hồi lâu dài."
        #expect(quotes(body).map(\.cue) == ["cho biết"])
        #expect(rule(deciding: "đòi hỏi", in: body) == .requirementSense)
        #expect(quotes("Là thị trường lớn nhất Đông Nam Á, Indonesia vẫn còn nhiều dư địa phát triển và tiếp tục tăng trưởng, đòi hỏi nhiều nguồn lực phân bổ.").allSatisfy { $0.cue != "đòi hỏi" })
    }
}
