/// `Theo X, A, nhưng Y cue B`, `X cho biết, A, trong khi Y cue B`: a later speaker whose clause
/// opens with a turn or a clause break after a comma (function_words.tsv `turn`, `clause_break`)
/// stands outside the frame's content: the writer speaks again there. The frame keeps its
/// quote, ending before the comma, and does not yield to the later attribution as it does to
/// one nested inside it (ANNOTATION.md: `Theo X, …` — the content is what follows the comma;
/// it ends where another attribution starts). The frame's quote carries this rule's id.
///
/// Example: "Theo các nhà phân tích, Triều Tiên trước đây đã thử nghiệm cả hệ thống phóng tên
/// lửa và một cuộc phản công hạt nhân mô phỏng, nhưng KCNA cho biết cuộc tập trận hôm 22/4 là
/// lần đầu tiên …" (dev 420): two quotes, the analysts' and KCNA's.
/// Rejects: a turn with no comma before it; a frame content that opens a subordinate clause
/// (`subject_stop`: `Theo ông X, dù A, nhưng Y cho biết B` — the turn answers the concession
/// inside X's words); a later attribution with no speaker of its own (a coordinated cue).
struct FrameTurnRule {
    let id = QuoteRefinement.frameTurn

    /// Where the frame's content ends when `later` opens a clause after a comma and a turn or a
    /// clause break; nil when `later` may be nested in the frame.
    func cutPoint(of frame: QuoteFinder.Attribution, before later: QuoteFinder.Attribution, in view: SentenceView) -> Int? {
        guard frame.isFrame, !later.isCoordinated, !later.isCreditOnly, let mention = later.mention,
              view.match(.subjectStop, at: frame.contentStart) == nil else { return nil }
        let clauseStart = min(mention.lowerBound, later.cue.lowerBound)
        guard let opener = view.phrase(.turn, endingAt: clauseStart) ?? view.phrase(.clauseBreak, endingAt: clauseStart),
              opener - 1 > frame.contentStart, view.isPunctuation(opener - 1, Punctuation.commaKeys) else { return nil }
        return opener - 1
    }
}
