/// A cue followed by a topic word and no content (`chỉ trích về …`, `phát biểu về …`, after
/// an adverb of function_words.tsv `topic_adverb`: `bình luận thêm về …`), or a
/// statement cue whose object is a noun phrase of a thing that is no words (`trả lời câu hỏi`,
/// `chia sẻ vị trí cuối bảng`, `chia sẻ những khoảnh khắc hội ngộ`: function_words.tsv
/// `no_words_noun`, after a quantifier or not, with no clause after it): no quote, but a
/// credit that ends the content of an attribution before it.
///
/// A cue whose own words end on the topic word (cues.tsv `nói về`, `nhấn mạnh về`) is read
/// the same way when no clause and no quoted words follow (audit pattern 7: `Kim Kap Soo nói
/// về cái chết của nhân vật chủ tịch Hong`); with a clause (`nhấn mạnh về việc Nga là nước
/// thành viên thường trực …`) or quoted words (`nói về các hoạt động 'xấu xa' của Moscow`) the
/// words after it are the content.
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
        let isStatement = reading.hit.entry.category == .statement
        guard topic < view.end && view.isWord(topic, .topic)
                || isStatement && namesThing(from: start, in: view)
                || isStatement && endsOnTopic(reading, in: view) && !statesWords(from: start, in: view)
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
            guard view.isPunctuation(index, Punctuation.clauseMarksKeys) else { continue }
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
        return !holdsClause(from: start + quantifier + length, in: view)
    }

    /// Whether the cue's own words end on the topic word (cues.tsv `nói về`, `nhấn mạnh về`), in
    /// a cue that expresses no feeling (`bày tỏ hài lòng về …`: the feeling's object is the
    /// content, ExpressedFeelingRule) and after no quotation (`"…", ông A nói về …`: the
    /// quotation is what was said, QuoteFirstRule).
    private func endsOnTopic(_ reading: CueReading, in view: SentenceView) -> Bool {
        let hit = reading.hit
        guard hit.range.count > 1, view.isWord(hit.range.upperBound - 1, .topic),
              view.match(.expresser, at: hit.range.lowerBound) == nil else { return false }
        let credit = reading.attribution(contentStart: view.end, isCreditOnly: true)
        return QuoteFirstRule().quote(before: credit, in: view.paragraph, earlier: []) == nil
    }

    /// Whether the words from `start` state something: a clause (`holdsClause`) or quoted words
    /// (`nói về các hoạt động 'xấu xa' của Moscow`: the quoted words are the speaker's).
    private func statesWords(from start: Int, in view: SentenceView) -> Bool {
        holdsClause(from: start, in: view) || Range(from: start, to: view.end).contains { index in
            view.tokens[index].kind == .quote || view.paragraph.insideQuote[index]
        }
    }

    /// Whether a verb marker, auxiliary or copula stands from `start` to the sentence's end,
    /// outside quotation marks.
    private func holdsClause(from start: Int, in view: SentenceView) -> Bool {
        Range(from: start, to: view.end).contains { index in
            !view.paragraph.insideQuote[index]
                && (view.isWord(index, .verbMarker) || view.isWord(index, .auxiliary) || view.isWord(index, .copula))
        }
    }
}
