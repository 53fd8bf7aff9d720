/// A time, source or capacity phrase right after a statement cue that frames the content's own
/// clause (function_words.tsv `content_frame`: `trong`, `sau`, `trước đây`, `với vai trò`, `với
/// tư cách`), closed by a comma before a main clause: the phrase is the content's first words,
/// not where or to whom the words were said (ANNOTATION.md: the content runs from the first word
/// after the cue). Read only where the cue's content would otherwise be empty: a preposition
/// right after a cue, with no `rằng` or `:` after it, is taken as a venue and ends the quote.
///
/// Example: "Ông Hưởng cho biết trong những ngày nghỉ lễ dịp 30-4 và 1-5, Bắc Bộ và các tỉnh
/// miền Trung sẽ chịu tác động của hoàn lưu áp thấp." (silver; content from `trong`), the dev
/// gold 432 `Tổng thống Lula da Silva cho biết với vai trò chủ nhà, Brazil đề cao …`.
/// Rejects: a quotation before the speaker (`"…," bà Gossman nói trong thông cáo đưa ra hôm
/// 14/8`: the quotation is the content, QuoteFirstRule), a phrase with no comma and main clause
/// after it (`nói trong cuộc họp.`), `trước` + an audience (`phát biểu trước hàng ngàn người ủng
/// hộ ở Washington, …`: only `trước đây` "previously" is a frame), a cue
/// inside the phrase or right after the comma, past a coordinator (`lên tiếng trong buổi họp,
/// khẳng định …`, `nói trong thông cáo đưa ra hôm 14/8, và yêu cầu …`: the second cue's quote), a
/// time clause after the comma (`bày tỏ trong thông điệp …, sau khi Al Nassr …`), a place or venue word (`tại`, `trên`, `ở`: where it was said),
/// a comma inside a list of the frame's words: a lower-case word (not a pronoun) then a
/// `frame_list_link` or another comma (silver 2025-01-19-le-nham-chuc-tong-thong-donald-trump
/// `ông Harrison đứng nói trong thời tiết ẩm, lạnh mà không đội mũ …`: no clause after the comma).
struct ContentFrameRule {
    let id = QuoteRefinement.contentFrame

    /// Whether the words from `start` (right after the cue) open the content with a frame.
    func opensContent(at start: Int, in view: SentenceView, finder: QuoteFinder) -> Bool {
        guard start < view.end, view.match(.contentFrame, at: start, limit: view.end) != nil,
              let comma = Range(from: start + 1, to: view.end).first(where: { view.isPunctuation($0, Punctuation.commaKeys) }),
              comma + 1 < view.end,
              !Range(from: start, to: comma + 2).contains(where: { view.isCueStart($0) })
        else { return false }
        // `…, và yêu cầu …`: a second cue after a coordinator; `…, sau khi …`: a time clause, no main clause.
        let next = comma + 1 + (view.match(.coordinator, at: comma + 1, limit: view.end) ?? 0)
        guard next < view.end, !view.isCueStart(next), view.match(.temporal, at: next, limit: view.end) == nil,
              !continuesList(at: next, in: view) else { return false }
        return finder.wordCount(Range(from: comma + 1, to: view.end), in: view.paragraph) >= QuoteFinder.Limits.mainClauseWords
    }

    /// `ẩm, lạnh mà …`: the word after the comma is one more item of a list in the frame (a
    /// lower-case word, no pronoun, then a list link or a comma), not a clause's subject.
    private func continuesList(at index: Int, in view: SentenceView) -> Bool {
        guard !view.isCapitalized(index), !view.isWord(index, .pronoun), index + 1 < view.end else { return false }
        return view.isPunctuation(index + 1, Punctuation.commaKeys) || view.match(.frameListLink, at: index + 1, limit: view.end) != nil
    }
}
