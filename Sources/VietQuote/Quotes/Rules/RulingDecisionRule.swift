/// A court's ruling cue (cues.tsv `ruling`) whose words name only the trial or the defendants
/// states no decision, and makes no quote (ANNOTATION.md: an order or ruling is a quote when it
/// states what is decided; legal acts without stated content are not): the content opens with
/// the trial or its object (function_words.tsv `ruling_topic`: `đối với`, `sơ thẩm`,
/// `phúc thẩm`) or with the defendants (`defendant`: `bị cáo`, after a quantifier or number),
/// and no word of the sentence after the cue states a decision (`verdict`: `tù`, `tử hình`,
/// `vô tội`, `bồi hoàn`, `trả tự do` …) and no amount does: a number followed by a unit of
/// time or money (sentence_units.tsv: `7 năm 6 tháng`, `20 triệu đồng`) is a term or a fine,
/// unless a unit stands right before the number (`ngày 5 tháng 3`: a date). Like
/// `TopicOnlyRule` it is a credit: it ends an earlier content.
///
/// Example (no quote): "TAND TP.HCM tuyên án phúc thẩm đối với vụ án Nguyễn Phương Hằng."
/// and "Hội đồng xét xử đã tuyên phạt 50 bị cáo theo từng nhóm tội danh."
/// Passes: a decision (`tuyên phạt bị cáo Nguyễn Thanh Bình 5 năm 6 tháng tù`, `tuyên án tử
/// hình đối với bị cáo …`, `tuyên phạt bị cáo Nguyễn Văn Dũng 20 triệu đồng`), a ruling whose
/// content opens otherwise (`buộc Israel dừng …`, `tuyên giao cho SCB tiếp tục quản lý …`), any
/// cue of another category.
struct RulingDecisionRule: AttributionRule {
    let id = QuoteRule.rulingWithoutDecision

    func apply(to reading: inout CueReading, in view: SentenceView, finder: QuoteFinder) -> Verdict {
        guard reading.hit.entry.category == .ruling,
              namesNoDecision(from: reading.contentFrom, in: view, units: finder.cues.units)
        else { return .undecided }
        return .attributed(reading.attribution(contentStart: view.end, isCreditOnly: true))
    }

    /// Whether the words from `start` open with the trial or the defendants and no verdict
    /// word or amount follows in the sentence.
    private func namesNoDecision(from start: Int, in view: SentenceView, units: PhraseTrie<Bool>) -> Bool {
        guard start < view.end else { return false }
        var first = start
        if let quantifier = view.match(.quantifier, at: first) { first += quantifier }
        while first < view.end, view.tokens[first].kind == .number { first += 1 }
        guard view.match(.rulingTopic, at: start) != nil || view.match(.defendant, at: first) != nil else { return false }
        return !Range(from: start, to: view.end).contains {
            view.match(.verdict, at: $0) != nil || isAmount(at: $0, in: view, units: units)
        }
    }

    /// Whether `tokens[index]` is a number followed by a unit of time or money, with no unit
    /// right before it (`tháng 3 năm 2023` is a date, not a term).
    private func isAmount(at index: Int, in view: SentenceView, units: PhraseTrie<Bool>) -> Bool {
        guard view.tokens[index].kind == .number, index + 1 < view.end else { return false }
        let isUnit = { (at: Int) in units.value(in: view.tokens, range: at..<at + 1) != nil }
        return isUnit(index + 1) && !(index > view.start && isUnit(index - 1))
    }
}
