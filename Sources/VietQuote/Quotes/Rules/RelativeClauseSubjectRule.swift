/// `N mà X cue …`: a relative clause after a noun (class `relative` of function_words.tsv)
/// whose subject X names a speaker: X's words are a quote (ANNOTATION.md counts every
/// attributed content), and they end with the relative clause — at its first clause mark,
/// or with the quotation that opens them (`chiến dịch mà họ mô tả là "hạn chế" ở Rafah`).
///
/// Example: "Washington cáo buộc Kiev vi phạm các điều khoản mà Nhà Trắng cho rằng Kiev trước đó đã đồng ý."
/// Also `một trong bốn tỉnh mà Nga tuyên bố đã sáp nhập` (a clause opening with a tense word
/// after the cue, inside a predicate: `reportsClause`).
/// Rejects (leaves to the next sieve): a cue whose object is the relative's head (`bức thư
/// mà X viết …`: see `takesClause`), a relative marker with no noun before it (at the clause start), a clause inside the content of an earlier attribution of the sentence
/// (a cue inside another quote's content makes no quote), a subject that names no one.
struct RelativeClauseSubjectRule: AttributionRule {
    let id = QuoteRule.relativeClauseSubject

    func apply(to reading: inout CueReading, in view: SentenceView, finder: QuoteFinder) -> Verdict {
        guard !reading.hasSubject, reading.previous == nil, !reading.isJoined(in: view),
              let subject = view.subject(endingAt: reading.subjectEnd, stopAt: view.start, finder: finder),
              !subject.isTopLevel, let marker = view.phrase(.relative, endingAt: subject.clauseStart),
              marker > view.start, view.tokens[marker - 1].kind == .word, !view.paragraph.insideQuote[marker],
              takesClause(reading.hit, in: view) || reportsClause(reading.hit, after: marker, in: view)
        else { return .undecided }
        reading.take(subject)
        reading.isRelative = true
        reading.cutPoint = marker
        return .undecided
    }

    /// Whether the cue takes a clause about the relative's head: `rằng` or `là` ends the cue or
    /// follows it (`tình huống mà trọng tài cho rằng Ullrich đã gạt chân Olise`, `vụ tấn công mà
    /// Trudeau gọi là "…"`), or it accuses or denies (`những người mà ông cáo buộc theo đuổi …`).
    /// Not a cue whose object is the head itself (`bức thư mà Châu Bùi viết cho bạn trai`, `báo
    /// cáo mà FLC công bố`, `mục tiêu mà HLV Clarke nêu ra`): what follows is the main clause.
    private func takesClause(_ hit: CueHit, in view: SentenceView) -> Bool {
        let cue = hit.range
        return view.isWord(cue.upperBound - 1, .complementizer) || view.isWord(cue.upperBound, .complementizer)
            || [.accusation, .denial].contains(hit.entry.category)
    }

    /// Whether the cue reports a clause about the relative's head that opens with a tense,
    /// modal or negation word (`một trong bốn tỉnh mà Nga tuyên bố đã sáp nhập`: Russia claims
    /// to HAVE annexed them), inside a main clause whose predicate stands before the relative
    /// (a copula or a verb marker between the sentence start and `mà`). A relative at the
    /// sentence start is the main clause's subject, and the marker after its cue opens the
    /// main predicate (`Mục tiêu mà HLV Clarke nêu ra có thể đạt được`): no quote.
    private func reportsClause(_ hit: CueHit, after marker: Int, in view: SentenceView) -> Bool {
        guard view.isWord(hit.range.upperBound, .verbMarker) else { return false }
        return Range(from: view.start, to: marker).contains { index in
            !view.paragraph.insideQuote[index] && (view.isWord(index, .copula) || view.isWord(index, .verbMarker))
        }
    }

    /// Where a relative clause's content that starts at `start` ends, at most at `end`: after
    /// the quotation that opens it, else at the first clause mark outside quotation marks.
    func clauseEnd(from start: Int, to end: Int, in paragraph: ParagraphContext) -> Int {
        if let span = paragraph.span(openingAt: start), let close = span.close, close < end { return close + 1 }
        return Range(from: start, to: end).first {
            !paragraph.insideQuote[$0] && paragraph.isPunctuation($0, Punctuation.clauseMarksKeys)
        } ?? end
    }
}
