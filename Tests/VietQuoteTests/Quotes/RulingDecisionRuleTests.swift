import Testing
@testable import VietQuote

/// `RulingDecisionRule` (a ruling that names only the trial or the defendants states no
/// decision) on sentences written like the silver court reports.
@Suite struct RulingDecisionRuleTests: QuoteRuleSuite {
    @Test func trialOrDefendantsAloneMakeNoQuote() {
        let trial = "TAND cấp cao tại TP HCM tuyên án phúc thẩm đối với vụ án Nguyễn Phương Hằng."
        #expect(quotes(trial).isEmpty)
        #expect(rule(deciding: "tuyên án", in: trial) == .rulingWithoutDecision)
        #expect(quotes("Hội đồng xét xử đã tuyên phạt 50 bị cáo theo từng nhóm tội danh.").isEmpty)
        #expect(quotes("Sau thời gian nghị án, HĐXX TAND tỉnh Quảng Ninh tuyên phạt các bị cáo liên quan vụ án mua bán hóa đơn.").isEmpty)
    }

    // A sentence, a penalty or an acquittal is a decision: the ruling is a quote.
    @Test func statedDecisionIsAQuote() {
        let found = quotes("TAND TP Nha Trang tuyên phạt bị cáo Nguyễn Thanh Bình 5 năm 6 tháng tù về tội mua bán trái phép chất ma túy.")
        #expect(found.map(\.cue) == ["tuyên phạt"])
        #expect(found.first?.content.hasPrefix("bị cáo Nguyễn Thanh Bình 5 năm 6 tháng tù") == true)
        let death = quotes("TAND TP.HCM tuyên án tử hình đối với bị cáo Trương Mỹ Lan về tội tham ô tài sản.")
        #expect(death.map(\.cue) == ["tuyên án"])
    }

    // A fine, a term written as a number and its unit, and a release are decisions too
    // (review5 S6); a date after the defendant is no term.
    @Test func amountOrReleaseIsADecision() {
        #expect(quotes("TAND quận 1 tuyên phạt bị cáo Nguyễn Văn Dũng 20 triệu đồng về tội đánh bạc.").map(\.cue) == ["tuyên phạt"])
        #expect(quotes("TAND TP Hà Nội tuyên phạt bị cáo Trần Thị Hoa 7 năm 6 tháng.").map(\.cue) == ["tuyên phạt"])
        #expect(quotes("Tòa án tuyên bị cáo Nguyễn Văn An được trả tự do ngay tại tòa.").map(\.cue) == ["tuyên"])
        #expect(quotes("HĐXX tuyên phạt các bị cáo trong vụ án xảy ra ngày 5 tháng 3 năm 2023.").isEmpty)
    }

    // A ruling whose words open with what is ordered is read as before (dev 411).
    @Test func orderOpeningWithItsAddresseePasses() {
        let found = quotes("Tòa án Công lý quốc tế buộc Israel dừng chiến dịch quân sự ở Rafah.")
        #expect(found.map(\.content) == ["Israel dừng chiến dịch quân sự ở Rafah"])
    }
}
