import Testing
@testable import VietQuote

/// `TimeClauseRule`: an event named in a time clause dates what is said and weighs nothing.
/// Sentences from silver and the dev articles.
@Suite struct TimeClauseRuleTests: StanceSuite {
    func dated(_ stance: QuoteStance) -> [String] { evidence(stance, markedBy: "time-clause") }

    @Test func aWarningOnTheEveOfACeasefireIsAWarning() {
        // Silver 2024-11-26-gia-vang-sjc-26-11: Israel warns Hezbollah (was normalization by the ceasefire).
        let eve = scorer.score(content: "Hezbollah trước thềm định đoạt lệnh ngừng bắn", cue: "cảnh báo", side: "Israel")
        #expect(eve.label == .confrontation)
        #expect(dated(eve) == ["lệnh ngừng bắn"])
    }

    @Test func theChargeBeforeAnArrestAccusesNoState() {
        // Silver 2024-11-13: Chile's foreign ministry on the arrest of a guard.
        let arrest = scorer.score(content: "cận vệ của ông Cường, cũng là công dân Việt Nam, đã bị bắt vào đêm ngày 10/11 sau khi bị cáo buộc tấn công tình dục",
                                  cue: "cho biết", side: "Chile")
        #expect(arrest.label == .neutral)
        #expect(dated(arrest) == ["cáo buộc", "tấn công"])
    }

    @Test func whatComesBeforeTheConjunctionStillWeighs() {
        // Dev 316 (gold confrontation): Hamas's demand stands before `sau khi`; only the
        // mediation after it is dated.
        let hamas = scorer.score(content: "nếu muốn họ thả các con tin mà họ đang giam giữ thì Israel phải chấm dứt cuộc tấn công ở Gaza và rút tất cả các lực lượng xâm lược, nhắc lại lập trường của họ sau khi Israel tổ chức cuộc họp với các nhà trung gian hòa giải Qatar và Ai Cập",
                                 cue: "nói", side: "Hamas")
        #expect(hamas.label == .confrontation)
        #expect(!dated(hamas).contains("cuộc tấn công") && !dated(hamas).contains("xâm lược"))
    }

    @Test func khiIsNoTimeConjunctionHere() {
        // Silver 2024-07-25-vov, the US military: `khi` is "by" here, the act itself.
        let ops = scorer.score(content: "các chiến dịch truy quét ISIS tại Iraq và Syria đã có những kết quả tích cực, khi tiêu diệt 44 phần tử và bắt giữ 166 tên khác trong 6 tháng đầu năm 2024",
                               cue: "cho biết", side: "Mỹ")
        #expect(dated(ops).isEmpty)
    }
}
