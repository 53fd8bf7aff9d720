/// A modal of advice (`advice_modal` of function_words.tsv: `nên` "should", `hãy`) right before
/// an appeal cue (cues.tsv category `appeal`: `khuyến khích`), after a generic subject — at most
/// `QuoteFinder.Limits.adviceSubjectWords` words from its clause's opening, none capitalised but
/// the first (no name, body or side) — is the writer's advice to the reader, not a reported
/// appeal: no quote (review14 S14).
///
/// Example (rejected): silver 2024-08-10-phim-di-giua-troi-ruc-ro `Tôi cho rằng, chúng ta cũng
/// nên khuyến khích sự phát triển toàn diện của trẻ …` (`chúng ta`: advice, not an appeal).
/// Passes (`nên` is "so" there): silver 2024-05-09-nguoi-mot-nha-tap-13 `…, Tuệ nên khuyên Trí
/// trốn đi` (a name), 2024-09-27-tui-hermes-bach-tang `… không thấy những tài sản này, nên đề
/// nghị bà Lan hỏi lại …` (no subject), 2024-06-04-dang-quoc-khanh `cho biết câu hỏi này nằm
/// ngoài nhóm vấn đề chất vấn nên đề nghị bộ trưởng trả lời …` (a long subject), a cue of
/// another category, and a modal of duty (`cần`, `phải`: `UnsaidCueRule` reads them).
struct AdviceModalRule: AttributionRule {
    let id = QuoteRule.adviceModal

    func apply(to reading: inout CueReading, in view: SentenceView, finder: QuoteFinder) -> Verdict {
        guard reading.hit.entry.category == .appeal else { return .undecided }
        let cue = reading.hit.lead?.lowerBound ?? reading.hit.range.lowerBound
        guard let modal = view.phrase(.adviceModal, endingAt: cue) else { return .undecided }
        var clauseStart = modal
        while clauseStart > view.start, !view.isPunctuation(clauseStart - 1, Punctuation.clauseMarksKeys) {
            clauseStart -= 1
            if modal - clauseStart > QuoteFinder.Limits.subjectTokens { return .undecided }
        }
        let subject = clauseStart..<modal
        guard (1...QuoteFinder.Limits.adviceSubjectWords).contains(finder.wordCount(subject, in: view.paragraph)),
              !subject.contains(where: { view.tokens[$0].kind != .word }) else { return .undecided }
        // Lower case but a sentence's first word before another (`Ba mẹ`); a lone capitalised
        // word is a name (`Tuệ nên khuyên Trí`: "so").
        let sentenceOpening = clauseStart == view.start && subject.count > 1
        let written = sentenceOpening ? subject.dropFirst() : subject[...]
        return written.contains(where: { view.tokens[$0].isCapitalized }) ? .undecided : .rejected
    }
}
