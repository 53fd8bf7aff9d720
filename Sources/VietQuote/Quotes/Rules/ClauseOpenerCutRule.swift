/// `…, trong đó một số người tuyên bố …`, `… sau khi ông Trump tuyên bố …`: the word that
/// stopped a later subject (function_words.tsv `subject_stop` or `temporal`) opens that
/// subject's clause, so the earlier content ends before it, and before a comma or dash that
/// stands before it (ANNOTATION.md: the content ends where another attribution starts).
/// The earlier quote, whose content the opener ends, carries this rule's id
/// (`FoundQuote.refinements`); the later one does not, nor an earlier content that ended
/// before the opener for another reason (a comment, a venue, a quote read before its cue).
///
/// Example: "Ông Zelensky cũng đã lên tiếng mời ông Trump đến Ukraine sau khi ông Trump tuyên
/// bố nếu tái đắc cử ông sẽ chấm dứt cuộc chiến trong vòng 24 giờ." (dev 415): the first
/// content is `mời ông Trump đến Ukraine`, not `… đến Ukraine sau khi`.
/// Rejects: a subject with no such word before it (the cut stays at the comma, dash or
/// coordinator before the subject, `QuoteFinder.boundaryBefore`).
struct ClauseOpenerCutRule {
    let id = QuoteRefinement.clauseOpenerCut

    /// Where an earlier content ends for a subject whose clause opens at `clauseStart`: before
    /// the opening word and a comma or dash before it; nil when no such word stands there.
    func cutPoint(clauseStart: Int, in view: SentenceView) -> Int? {
        // `sau khi` (temporal) is longer than the stop `khi` it ends with: the earlier start wins.
        let starts = [view.phrase(.temporal, endingAt: clauseStart), view.phrase(.subjectStop, endingAt: clauseStart)]
        guard let opener = starts.compactMap({ $0 }).min() else { return nil }
        return view.isPunctuation(opener - 1, Punctuation.commaOrDashKeys) ? opener - 1 : opener
    }
}
