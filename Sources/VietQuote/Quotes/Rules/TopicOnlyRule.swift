/// A cue followed by a topic word and no content (`chỉ trích về …`, `phát biểu về …`, after
/// an adverb of function_words.tsv `topic_adverb`: `bình luận thêm về …`), or a
/// statement cue whose object is a noun phrase of a thing that is no words (`trả lời câu hỏi`,
/// `chia sẻ vị trí cuối bảng`, `chia sẻ những khoảnh khắc hội ngộ`: function_words.tsv
/// `no_words_noun`, after a quantifier or not, with no clause after it): no quote, but a
/// credit that ends the content of an attribution before it.
///
/// Example (a credit): "Ông Kuleba cũng phát biểu về tình hình ở miền đông Ukraine."
/// Passes: a cue followed by its content; a topic closed by a colon before a quotation, whose
/// words are the content, as `nêu quan điểm: "…"` (silver: `Midu cũng từng chia sẻ về gu bạn
/// trai: "Ở mỗi giai đoạn …"`, `tờ Siam Sport bình luận về khả năng Kiatisuk …: "…"`, `Bà cho
/// biết thêm về tình trạng sức khỏe của mình: “…”` — 56 such quotes missed at main 8b1cd3d).
struct TopicOnlyRule: AttributionRule {
    let id = QuoteRule.topicOnly

    func apply(to reading: inout CueReading, in view: SentenceView, finder: QuoteFinder) -> Verdict {
        let start = reading.contentFrom
        guard start < view.end else { return .undecided }
        // `từ chối bình luận thêm về …`: an adverb of degree or addition before the topic word.
        let topic = start + (view.match(.topicAdverb, at: start, limit: view.end) ?? 0)
        guard topic < view.end && view.isWord(topic, .topic)
                || reading.hit.entry.category == .statement && namesThing(from: start, in: view)
        else { return .undecided }
        // `chia sẻ về gu bạn trai: "…"`: the quotation after the topic is what was said.
        if reading.hasSubject, let colon = quotationColon(after: start, in: view) {
            reading.nounContent = colon
            return .undecided
        }
        return .attributed(reading.attribution(contentStart: view.end, isCreditOnly: true))
    }

    /// The colon that closes the topic from `start` and opens a quotation (`…: "…"`), within a
    /// few words and before any other clause mark, quotation or cue; nil when there is none.
    private func quotationColon(after start: Int, in view: SentenceView) -> Int? {
        let paragraph = view.paragraph
        for index in start..<min(view.end, start + QuoteFinder.Limits.topicColonTokens) {
            if view.tokens[index].kind == .quote || paragraph.insideQuote[index] || view.isCueStart(index) { return nil }
            guard view.isPunctuation(index, Punctuation.clauseMarks) else { continue }
            return view.isPunctuation(index, ":") && paragraph.span(openingAt: index + 1) != nil ? index : nil
        }
        return nil
    }

    /// Whether the words from `start` are a noun phrase of a thing that is no words: a noun of
    /// `no_words_noun` (`hình ảnh`), or one after a quantifier (`những khoảnh khắc hội ngộ vui
    /// vẻ`) with no clause after it (no verb marker, auxiliary or copula outside quotation
    /// marks: `các hình ảnh cũng bao gồm một số vũ khí …` is a clause, the content of `cho biết`).
    private func namesThing(from start: Int, in view: SentenceView) -> Bool {
        if view.match(.noWordsNoun, at: start) != nil { return true }
        guard let quantifier = view.match(.quantifier, at: start), start + quantifier < view.end,
              let length = view.match(.noWordsNoun, at: start + quantifier) else { return false }
        let noun = start + quantifier
        return !Range(from: noun + length, to: view.end).contains { index in
            !view.paragraph.insideQuote[index]
                && (view.isWord(index, .verbMarker) || view.isWord(index, .auxiliary) || view.isWord(index, .copula))
        }
    }
}
