import Testing
@testable import VietQuote

/// `AdviceModalRule` (a modal of advice before an appeal cue after a generic subject: the
/// writer's advice, no quote) and the `thách đấu` blocker of cues.tsv, on silver sentences.
@Suite struct AdviceModalRuleTests: QuoteRuleSuite {
    // Silver 2024-08-10-phim-di-giua-troi-ruc-ro: `chúng ta cũng nên khuyến khích` is advice; the
    // sentence's one quote is `cho rằng`'s.
    @Test func adviceAfterAGenericSubjectIsNoQuote() {
        let body = "Tôi cho rằng, chúng ta cũng nên khuyến khích sự phát triển toàn diện của trẻ, bao gồm cả kỹ năng xã hội, học tập và các hoạt động ngoài nghệ thuật."
        #expect(rule(deciding: "khuyến khích", in: body) == .adviceModal)
        #expect(!quotes(body).contains { $0.cue == "khuyến khích" })
    }

    // Silver 2024-05-09-nguoi-mot-nha-tap-13: `nên` after a name is "so": Tuệ's advice stays a quote.
    @Test func soAfterANameStaysAQuote() {
        let body = "Trong preview Người một nhà tập 13, Khải đến quán gặp Tuệ để cảnh báo rằng lão Đông rất thù Trí nên sẽ cho người lùng sục, Tuệ nên khuyên Trí trốn đi."
        #expect(rule(deciding: "khuyên", in: body) != .adviceModal)
    }

    // Silver 2024-09-27-tui-hermes-bach-tang: `, nên đề nghị` has no subject of its own ("so").
    @Test func soWithNoSubjectStaysUndecided() {
        let body = "Quá trình xác minh trong hồ sơ ở giai đoạn hai không thấy những tài sản này, nên đề nghị bà Lan hỏi lại phía gia đình."
        #expect(rule(deciding: "đề nghị", in: body) != .adviceModal)
    }

    // Review14 S13, silver 2025-01-19-ufc-311: `thách đấu` ("challenge to a bout") holds no cue.
    @Test func challengeToABoutIsNoCue() {
        let body = "Màn so tài giữa nhà vô địch hạng gà UFC Merab Dvalishvili và kẻ thách đấu Umar Nurmagomedov đã không khiến khán giả toàn thế giới MMA thất vọng, với đẳng cấp mà cả hai đã thể hiện."
        #expect(!quotes(body).contains { $0.cue?.hasPrefix("thách") == true })
        let challenge = MatchKey.words("thách").joined(separator: " ")
        #expect(!decisions(body).contains { $0.cue.hasPrefix(challenge) })
    }
}
