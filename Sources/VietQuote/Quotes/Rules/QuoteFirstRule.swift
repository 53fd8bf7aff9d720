/// `"…", X cue` and `"…" - X cue`: a quotation closing right before its speaker (a comma or
/// dash between), when the cue has nothing after it, or when the words after a statement cue
/// only say to whom, where or about what (`"…", ông Trump trả lời báo giới Mỹ.`), or when a
/// comma closes the statement cue and the words after it hold no quotation mark: they are the
/// writer's (ANNOTATION.md: quote first, the content is what stands before the comma that
/// precedes the speaker) — a comment (`"…", ông Peskov nói, đề cập tới đề xuất của …`), a
/// turn (`"…", tuyên bố cho biết, nhưng không cung cấp thêm thông tin chi tiết`: dev 307, 004),
/// what the speaker did then (`"…", Ten Hag nói, khi được hỏi …`, `"…", anh Bình khẳng định,
/// trước khi gửi lời chúc …`: silver). Also `"…" – Đây là khẳng định của X` (after
/// `DemonstrativeRule`) and `"…", theo X.`.
///
/// Example: "\"Đây không phải là sự hiểu lầm hay tai nạn,\" ông Teodoro nói trong một cuộc họp báo."
/// Rejects: a coordinated cue (its speaker's quote stands after the first cue), a cue with no
/// mention, a quotation inside the content of an earlier attribution of the sentence (ANNOTATION.md:
/// a fragment of a mixed quote is no quote of its own; dev 421 emitted it twice); after the
/// cue's comma, words with quotation marks (`"…," chuyên gia này nói, và trong mùa lễ hội, "họ
/// cứ phát …"`: the speaker goes on, those words are content).
struct QuoteFirstRule {
    let id = QuoteRule.quoteFirst

    func quote(before attribution: QuoteFinder.Attribution, in paragraph: ParagraphContext,
               earlier: ArraySlice<QuoteFinder.Attribution>) -> Range<Int>? {
        guard !attribution.isCoordinated, let span = closingSpan(before: attribution, in: paragraph),
              span.contentEnd > span.contentStart else { return nil }
        // `X nhận định A "B", một nguồn tin nói`: the quotation is a fragment of X's mixed content
        // (after a colon, `cảnh báo A: "B", ông nói`, it stands on its own).
        let afterColon = span.open.map { paragraph.isPunctuation($0 - 1, ":") } ?? false
        if !afterColon, earlier.contains(where: { !$0.isCreditOnly && $0.contentStart < span.contentStart }) { return nil }
        return Range(from: span.contentStart, to: span.contentEnd)
    }

    /// The quotation that closes right before the speaker (a comma or dash between), if any.
    private func closingSpan(before attribution: QuoteFinder.Attribution, in paragraph: ParagraphContext) -> QuotedSpan? {
        guard let speakerStart = attribution.speakerStart else { return nil }
        var index = speakerStart - 1
        if paragraph.isPunctuation(index, Punctuation.commaOrDashKeys) { index -= 1 }
        guard index >= 0 else { return nil }
        return paragraph.span(closingAt: index)
    }

    /// The quotation before a statement cue's speaker when the words after the cue (`content`,
    /// with no quotation mark) only say to whom, where or about what, right after the cue, or
    /// stand after a comma that closes the cue (the writer's words); nil else.
    func quote(before attribution: QuoteFinder.Attribution, followedBy content: Range<Int>, in view: SentenceView,
               earlier: ArraySlice<QuoteFinder.Attribution>, words: FunctionWords) -> Range<Int>? {
        guard attribution.entry.category == .statement, !view.tokens[content].contains(where: { $0.kind == .quote }) else { return nil }
        let cueEnd = attribution.cue.upperBound
        let afterComma = attribution.contentStart == cueEnd + 1 && view.isPunctuation(cueEnd, Punctuation.commaKeys)
        guard afterComma || attribution.contentStart == cueEnd && isAddresseeOrVenue(content, after: attribution.cue, in: view, words: words)
        else { return nil }
        // After the comma, only a quotation that opens its clause is the speaker's words: one
        // after a word is a term or a question talked about (`trang web đầy “vấn đề” như
        // CodeBreach Lab cho rằng, họ …`, `Liên quan đến câu hỏi "…?", ông Hải cho rằng, …`).
        if afterComma, let open = closingSpan(before: attribution, in: view.paragraph)?.open,
           open > 0, view.tokens[open - 1].kind == .word { return nil }
        return quote(before: attribution, in: view.paragraph, earlier: earlier)
    }

    /// Whether the words after a cue only say to whom, where or about what: a short phrase
    /// (`báo giới Mỹ`), a prepositional, venue or time phrase (`bên ngoài dinh`, `trong một tuyên
    /// bố`), or the topic of a cue that ends in a preposition (`nói về`, `bày tỏ lo ngại về`).
    private func isAddresseeOrVenue(_ content: Range<Int>, after cue: Range<Int>, in view: SentenceView,
                                    words: FunctionWords) -> Bool {
        content.count <= QuoteFinder.Limits.addresseeTokens
            || view.match(.preposition, at: content.lowerBound) != nil || view.match(.venue, at: content.lowerBound) != nil
            || view.match(.temporal, at: content.lowerBound) != nil
            || words.isWord(view.tokens, at: cue.upperBound - 1, .topic)
    }
}
