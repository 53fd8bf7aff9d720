/// A describing cue (function_words.tsv `describing_cue`: `mô tả`) says something only when it
/// labels: a `label_word` (`là`, `như`), a quotation mark or `rằng` in its clause after it, or a
/// clause closed by a colon (`mô tả: "…"`). Otherwise it describes a scene, an event or a text —
/// often a text or a film is the subject — and no words are said: no quote.
///
/// Example (rejected): "Bộ phim tài liệu Burning Sun - Exposing the secret K-pop chat groups đã
/// mô tả khá chi tiết vụ bê bối Burning Sun với dòng thời gian rõ ràng, …" (silver 2024-05-22-goo-hara).
/// Passes: "Tiglao mô tả Việt Nam là “mối đe dọa khác ở Biển Đông”" (dev 106), "Tổng thống Putin
/// mô tả những người Nga hồi hương như những anh hùng" (dev 305), a content before the cue
/// (`"…", X mô tả.`: nothing follows in the clause, the content stands before).
struct DescribingCueRule: AttributionRule {
    let id = QuoteRule.describingCue

    func apply(to reading: inout CueReading, in view: SentenceView, finder: QuoteFinder) -> Verdict {
        let cue = reading.hit.range
        guard view.match(.describingCue, at: cue.lowerBound, limit: cue.upperBound) == cue.count else { return .undecided }
        var index = cue.upperBound
        // `"…", X mô tả.`: no words after the cue in its clause; the content stands before it.
        if index >= view.end || view.isPunctuation(index, Punctuation.clauseMarksKeys) { return .undecided }
        while index < view.end, !view.isPunctuation(index, Punctuation.clauseMarksKeys) {
            if view.tokens[index].kind == .quote || view.isWord(index, .labelWord)
                || view.isWord(index, .complementizer) { return .undecided }
            index += 1
        }
        // `mô tả: "…"`: a clause closed by a colon opens the words after it.
        return index < view.end && view.isPunctuation(index, ":") ? .undecided : .rejected
    }
}
