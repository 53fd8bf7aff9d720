import Testing
@testable import VietQuote

/// `AgentivePassiveRule` (`được` + the one who speaks + a statement or announcement cue + a
/// clause) on dev and silver sentences.
@Suite struct AgentivePassiveRuleTests: QuoteRuleSuite {
    // Dev 116: a clause follows the cue; the agent speaks it.
    @Test func clauseAfterTheCueIsTheAgentsWords() {
        let body = "Tình hình trên bán đảo Triều Tiên những tuần gần đây được một số nhà phân tích cho rằng hết sức căng thẳng."
        #expect(rule(deciding: "cho rằng", in: body) == .agentivePassive)
        let found = quotes(body)
        #expect(found.map(\.content) == ["hết sức căng thẳng"])
        #expect(found.first?.speaker.mention == "một số nhà phân tích")
    }

    // Dev 112: nothing follows the cue; the passive's subject is left (on silver it is mostly a
    // thing or an anaphor: `Thông tin trên được … xác nhận`).
    @Test func nothingAfterTheCueIsLeft() {
        let body = "Thỏa thuận sơ bộ đã được các quan chức Israel, Hamas và bên trung gian Qatar xác nhận."
        #expect(rule(deciding: "xác nhận", in: body) != .agentivePassive)
    }

    // Silver: `chưa được VinFast công bố` is not yet said.
    @Test func negatedPassiveIsLeft() {
        let body = "Tuy nhiên những thông tin đáng quan tâm về dung lượng pin, công suất động cơ hay khả năng di chuyển được bao nhiêu km sau mỗi lần sạc đầy chưa được VinFast công bố."
        #expect(rule(deciding: "công bố", in: body) != .agentivePassive)
        #expect(quotes(body).isEmpty)
    }

    // Silver: an appeal's passive subject is the one asked, not what was said.
    @Test func appealIsLeft() {
        let body = "Hiện tại, cả SEC lẫn Neuralink đều không đưa ra bình luận chính thức nào khi được Reuters yêu cầu trả lời."
        #expect(rule(deciding: "yêu cầu", in: body) != .agentivePassive)
    }

    // Dev 003: the agent holds a clause (`đưa ra cùng thời điểm`): Washington speaks, actively.
    @Test func agentHoldingAClauseIsLeft() {
        let body = "Quyết định triệu hồi Đại sứ ở Mỹ được Nga đưa ra cùng thời điểm Washington thông báo mở rộng các biện pháp hạn chế đã được áp đặt đối với Nga liên quan cáo buộc đầu độc nhân vật Alexei Navalny."
        #expect(rule(deciding: "thông báo", in: body) != .agentivePassive)
    }

    // Silver 2024-08-18-savinho: `và` after a lower-case word joins two clauses; Guardiola speaks.
    @Test func coordinatedClauseIsNoAgent() {
        let body = "Cầu thủ chạy cánh đã được Phil Foden thay thế vào giờ nghỉ và Guardiola cho biết sau trận đấu rằng Savinho đã bị tái phát vấn đề trước đó."
        #expect(rule(deciding: "cho biết", in: body) != .agentivePassive)
        #expect(quotes(body).first?.speaker.mention == "Guardiola")
    }
}
