/// A cue followed by a topic word and no content (`chỉ trích về …`, `phát biểu về …`), or a
/// statement cue whose object is a noun that is no words (`trả lời câu hỏi`, `chia sẻ vị trí
/// cuối bảng`: function_words.tsv `no_words_noun`): no quote, but a credit that ends the
/// content of an attribution before it.
///
/// Example (a credit): "Ông Kuleba cũng phát biểu về tình hình ở miền đông Ukraine."
/// Passes: a cue followed by its content.
struct TopicOnlyRule: AttributionRule {
    let id = QuoteRule.topicOnly

    func apply(to reading: inout CueReading, in view: SentenceView, finder: QuoteFinder) -> Verdict {
        let start = reading.contentFrom
        guard start < view.end, view.isWord(start, .topic)
                || reading.hit.entry.category == .statement && view.match(.noWordsNoun, at: start) != nil
        else { return .undecided }
        return .attributed(reading.attribution(contentStart: view.end, isCreditOnly: true))
    }
}
