/// A statement cue whose object is a noun phrase headed by a topic noun (function_words.tsv
/// `topic_noun`: `nỗi niềm`, `bí quyết`, `diễn biến`, `câu chuyện`, `cảm xúc`), perhaps after a
/// quantifier, with no clause after it, names what was talked about, not what was said
/// (ANNOTATION.md: a cue with only a topic, no content clause, is no quote). After a quantifier
/// only, `quantified_topic_noun` heads such a phrase too (`tiết lộ thêm một số thông tin về dòng
/// trang phục này`; bare, `thông tin này khiến …` opens the content's clause). No quote, but a
/// credit that ends the content of an attribution before it, as `TopicOnlyRule`'s `về …`.
///
/// Example (a credit): "Diệp nghẹn ngào chia sẻ nỗi niềm với Trí." (silver
/// 2024-05-16-nguoi-mot-nha-tap-15; read16 #30: a quote `nỗi niềm với Trí` at main 2a9b2cb).
/// Passes: a clause after the noun (`bí mật giữ cho mối quan hệ … đó là luôn thể hiện sự chân
/// thành`: a copula; `câu chuyện của tôi đã …`: a tense word; `rằng`; quoted words or a colon,
/// `chia sẻ câu chuyện: "…"`), an expressing cue (`bày tỏ cảm xúc hài lòng …`: a feeling noun
/// belongs to the cue, ANNOTATION.md), a cue of no statement (`công bố`, `kêu gọi`: what they name is
/// announced or asked), a quotation before the speaker (`"…", anh chia sẻ câu chuyện …`: the
/// quotation is what was said, QuoteFirstRule).
struct TopicNounRule: AttributionRule {
    let id = QuoteRule.topicNoun

    func apply(to reading: inout CueReading, in view: SentenceView, finder: QuoteFinder) -> Verdict {
        let start = reading.contentFrom
        let cue = reading.hit.range
        // `bày tỏ cảm xúc hài lòng …`: a feeling noun after an expressing cue is its cue (ExpressedFeelingRule).
        guard reading.hit.entry.category == .statement, start < view.end,
              view.match(.expresser, at: cue.lowerBound, limit: cue.upperBound) == nil else { return .undecided }
        let quantifier = view.match(.quantifier, at: start)
        let head = start + (quantifier ?? 0)
        // `tiết lộ thêm một số thông tin về …`: some nouns name a topic only after a quantifier.
        guard head < view.end,
              let length = view.match(.topicNoun, at: head) ?? (quantifier == nil ? nil : view.match(.quantifiedTopicNoun, at: head)),
              !statesWords(from: head + length, in: view) else { return .undecided }
        let credit = reading.attribution(contentStart: view.end, isCreditOnly: true)
        guard QuoteFirstRule().quote(before: credit, in: view.paragraph, earlier: []) == nil else { return .undecided }
        return .attributed(credit)
    }

    /// Whether the words from `start` to the sentence's end state something: a tense, aspect or
    /// modal word, an auxiliary, a copula or `rằng` outside quotation marks, quoted words, a colon
    /// before a quotation (not a caption's `- Ảnh: C.TUỆ`).
    private func statesWords(from start: Int, in view: SentenceView) -> Bool {
        Range(from: start, to: view.end).contains { index in
            if view.tokens[index].kind == .quote || view.paragraph.insideQuote[index] { return true }
            if view.isPunctuation(index, ":") { return view.paragraph.span(openingAt: index + 1) != nil }
            return view.isWord(index, .verbMarker) || view.isWord(index, .auxiliary) || view.isWord(index, .copula)
                || view.isWord(index, .complementizer)
        }
    }
}
