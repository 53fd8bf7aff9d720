/// The writer's phrase in the subject's place: a cue whose clause (from the last clause mark
/// before the subject's end) opens with a `writer_opening` phrase of function_words.tsv — an
/// invitation or a bidding to the reader (`Mời bạn đọc`, `Hãy`), a means (`Bằng cách nhấp vào
/// xác nhận`: the cue word is a button's name), a demonstrative noun of a thing (`Điều này`,
/// `Việc đó`) — with at most `QuoteFinder.Limits.writerOpeningWords` words, none capitalised,
/// between it and the subject's end (auxiliaries left out), is no quote: the writer speaks.
///
/// Example (rejected): "Mời bạn đọc tiếp tục chia sẻ những bình luận, cảm xúc về các nhân vật."
/// Example (rejected): "Điều này cũng khẳng định vị thế của đội bóng."
/// Passes: a clause that opens with the speaker (`Để đảm bảo an toàn, cơ quan chức năng khuyến
/// cáo …`: the clause after the comma), a writer's phrase far from the cue or with a name
/// between (`Điều này không phải là lần đầu Mai Dora chia sẻ …`: Mai Dora speaks).
struct WriterSubjectRule: AttributionRule {
    let id = QuoteRule.writerSubject

    func apply(to reading: inout CueReading, in view: SentenceView, finder: QuoteFinder) -> Verdict {
        // Back to the clause's opening, no further than a subject reaches
        // (`QuoteFinder.Limits.subjectTokens`): a longer clause has a subject of its own, and an
        // unbounded walk per cue made a long clause of many cues quadratic.
        let clauseEnd = min(reading.subjectEnd, reading.hit.range.lowerBound)
        var clauseStart = clauseEnd
        while clauseStart > view.start, !view.isPunctuation(clauseStart - 1, Punctuation.clauseMarksKeys) {
            clauseStart -= 1
            if clauseEnd - clauseStart > QuoteFinder.Limits.subjectTokens { return .undecided }
        }
        let cue = reading.hit.lead?.lowerBound ?? reading.hit.range.lowerBound
        guard clauseStart < cue, let length = view.match(.writerOpening, at: clauseStart) else { return .undecided }
        // Between the phrase and the subject's end: a few words, none capitalised (a name there speaks:
        // `Điều này khiến Hân nhớ lại`).
        let subjectEnd = min(reading.subjectEnd, cue)   // before the auxiliaries (`tiếp tục`)
        let between = Range(from: min(clauseStart + length, subjectEnd), to: subjectEnd)
        guard finder.wordCount(between, in: view.paragraph) <= QuoteFinder.Limits.writerOpeningWords,
              !between.contains(where: { view.tokens[$0].kind == .word && view.tokens[$0].isCapitalized }) else { return .undecided }
        return .rejected
    }
}
