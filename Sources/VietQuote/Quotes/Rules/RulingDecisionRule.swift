/// A court's ruling cue (cues.tsv `ruling`) whose words name only the trial or the defendants
/// states no decision, and makes no quote (ANNOTATION.md: an order or ruling is a quote when it
/// states what is decided; legal acts without stated content are not): the content opens with
/// the trial or its object (function_words.tsv `ruling_topic`: `đối với`, `sơ thẩm`,
/// `phúc thẩm`) or with the defendants (`defendant`: `bị cáo`, after a quantifier or number),
/// and no word of the sentence after the cue states a decision (`verdict`: `tù`, `tử hình`,
/// `vô tội`, `bồi hoàn` …). Like `TopicOnlyRule` it is a credit: it ends an earlier content.
///
/// Example (no quote): "TAND TP.HCM tuyên án phúc thẩm đối với vụ án Nguyễn Phương Hằng."
/// and "Hội đồng xét xử đã tuyên phạt 50 bị cáo theo từng nhóm tội danh."
/// Passes: a decision (`tuyên phạt bị cáo Nguyễn Thanh Bình 5 năm 6 tháng tù`, `tuyên án tử
/// hình đối với bị cáo …`), a ruling whose content opens otherwise (`buộc Israel dừng …`,
/// `tuyên giao cho SCB tiếp tục quản lý …`), any cue of another category.
struct RulingDecisionRule: AttributionRule {
    let id = QuoteRule.rulingWithoutDecision

    func apply(to reading: inout CueReading, in view: SentenceView, finder: QuoteFinder) -> Verdict {
        guard reading.hit.entry.category == .ruling, namesNoDecision(from: reading.contentFrom, in: view)
        else { return .undecided }
        return .attributed(reading.attribution(contentStart: view.end, isCreditOnly: true))
    }

    /// Whether the words from `start` open with the trial or the defendants and no verdict
    /// word follows in the sentence.
    private func namesNoDecision(from start: Int, in view: SentenceView) -> Bool {
        guard start < view.end else { return false }
        var first = start
        if let quantifier = view.match(.quantifier, at: first) { first += quantifier }
        while first < view.end, view.tokens[first].kind == .number { first += 1 }
        guard view.match(.rulingTopic, at: start) != nil || view.match(.defendant, at: first) != nil else { return false }
        return !Range(from: start, to: view.end).contains { view.match(.verdict, at: $0) != nil }
    }
}
