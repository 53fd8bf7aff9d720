import Testing
@testable import VietQuote

/// `FrameTurnRule` (a later speaker after `, nhưng` / `, trong khi` stands outside a frame's
/// content: the frame keeps its quote) on sentences from the dev articles.
@Suite struct FrameTurnRuleTests: QuoteRuleSuite {
    // dev 420: the analysts' words end at `, nhưng`; KCNA's are a quote of their own.
    @Test func theoFrameKeepsItsQuoteBeforeATurn() {
        let body = "Theo các nhà phân tích, Triều Tiên trước đây đã thử nghiệm cả hệ thống phóng tên lửa và một cuộc phản công hạt nhân mô phỏng, nhưng KCNA cho biết cuộc tập trận hôm 22/4 là lần đầu tiên."
        let found = quotes(body)
        #expect(found.map(\.content) == ["Triều Tiên trước đây đã thử nghiệm cả hệ thống phóng tên lửa và một cuộc phản công hạt nhân mô phỏng",
                                         "cuộc tập trận hôm 22/4 là lần đầu tiên"])
        #expect(found.map(\.speaker.mention) == ["các nhà phân tích", "KCNA"])
        // The id goes with the frame's quote, whose end the turn set.
        #expect(refinements(body).map { $0.contains(.frameTurn) } == [true, false])
    }

    // A clause break (`trong khi`) after a comma opens the later speaker's clause as well.
    @Test func clauseBreakEndsTheFrameToo() {
        let body = "Theo Bộ Quốc phòng Nga, quân đội nước này đã kiểm soát ngôi làng, trong khi phía Ukraine khẳng định giao tranh vẫn tiếp diễn."
        let found = quotes(body)
        #expect(found.map(\.content) == ["quân đội nước này đã kiểm soát ngôi làng", "giao tranh vẫn tiếp diễn"])
        #expect(found.first?.speaker.mention == "Bộ Quốc phòng Nga")
    }

    // A cue nested in the frame with no turn before it: the frame still yields (ANNOTATION.md:
    // only the innermost speaker's quote is annotated).
    @Test func nestedCueStillTakesOver() {
        let body = "Theo hãng tin Yonhap, quân đội Hàn Quốc cho biết Triều Tiên đã phóng một tên lửa đạn đạo."
        let found = quotes(body)
        #expect(found.map(\.content) == ["Triều Tiên đã phóng một tên lửa đạn đạo"])
        #expect(refinements(body).allSatisfy { !$0.contains(.frameTurn) })
    }

    // The frame's content opens a concession (`dù`): the turn answers it inside the frame's words.
    @Test func concessionInsideTheFrameIsNotCut() {
        let body = "Theo ông Nam, dù kinh tế còn nhiều khó khăn, nhưng các doanh nghiệp cho biết vẫn sẽ tăng lương cho công nhân."
        #expect(refinements(body).allSatisfy { !$0.contains(.frameTurn) })
    }
}
