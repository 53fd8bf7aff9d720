/// A cue whose subject opens a fronted time clause (function_words.tsv `time_clause`: `sau khi`,
/// `khi`, `trước khi`, `trong khi`, at the sentence's start or after a short time phrase) reports
/// words that end with that clause: at its first clause mark outside quotation marks (or after the
/// quotation that opens the content), where the main clause begins (ANNOTATION.md: the content ends
/// where the writer's own words start). Without this the content ran over the comma into the main
/// clause (read16 pattern 7, 2 in 100; silver base: 56 indirect quotes after these words held a
/// comma, most of them over-runs).
///
/// Example: "Trong vòng 24 giờ sau khi Taylor Swift tuyên bố ủng hộ bà Harris trên Instagram, gần
/// 340.000 người đã truy cập trang web bầu cử vote.gov …" (silver 2024-10-21-bbc): the content is
/// `ủng hộ bà Harris trên Instagram`, not the visitors' count after the comma.
/// Leaves: a time clause after its main clause (`Những bình luận trên được đưa ra vài giờ sau khi
/// các quan chức giấu tên của Iran nói với hãng tin Reuters rằng Tehran có thể hoãn …, ngay cả khi
/// …`, dev 419; `…, khi Tabi trả lời …`): it runs to the sentence's end, commas included; a
/// subject with no such word before it; a content with no clause mark (it runs on as before).
struct TimeClauseEndRule {
    let id = QuoteRefinement.timeClauseEnd

    /// Whether the subject's clause, opening at `clauseStart`, is a time clause whose content
    /// ends at its first clause mark.
    func opensTimeClause(at clauseStart: Int, in view: SentenceView) -> Bool {
        guard let opener = view.phrase(.timeClause, endingAt: clauseStart) else { return false }
        // `Trong khi đó Karik tiết lộ …`: a longer phrase (`trong khi đó` "meanwhile") opens no time clause.
        if let longest = view.words.trie.longestMatch(in: view.tokens, at: opener, limit: view.end),
           opener + longest.length > clauseStart { return false }
        return opener == view.start || isTimePhrase(Range(from: view.start, to: opener), in: view)
    }

    /// Whether the words before a time clause's opener are a short time phrase that opens the
    /// sentence (`Trong vòng 24 giờ`, `Chỉ vài ngày`), not a main clause (`Những bình luận trên
    /// được đưa ra vài giờ`: a verb marker; `Mọi thứ càng diễn biến nhanh hơn vào 4/6,`: a mark).
    private func isTimePhrase(_ words: Range<Int>, in view: SentenceView) -> Bool {
        words.count <= QuoteFinder.Limits.frontedTimePhraseTokens && !words.contains { index in
            view.tokens[index].kind == .punctuation || view.tokens[index].kind == .quote
                || view.isWord(index, .verbMarker) || view.isWord(index, .auxiliary) || view.isWord(index, .copula)
                || view.isWord(index, .negator)
        }
    }

    /// Where a time clause's content that starts at `start` ends, at most at `end`.
    func contentEnd(from start: Int, to end: Int, in paragraph: ParagraphContext) -> Int {
        RelativeClauseSubjectRule().clauseEnd(from: start, to: end, in: paragraph)
    }
}
