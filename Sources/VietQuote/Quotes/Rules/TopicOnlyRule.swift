/// A cue followed by a topic word and no content (`chỉ trích về …`, `phát biểu về …`): no
/// quote, but a credit that ends the content of an attribution before it.
///
/// Example (a credit): "Ông Kuleba cũng phát biểu về tình hình ở miền đông Ukraine."
/// Passes: a cue followed by its content.
struct TopicOnlyRule: AttributionRule {
    let id = QuoteRule.topicOnly

    func apply(to reading: inout CueReading, in view: SentenceView, finder: QuoteFinder) -> Verdict {
        let start = reading.contentFrom
        guard view.isWord(start, .topic), start < view.end else { return .undecided }
        return .attributed(reading.attribution(contentStart: view.end, isCreditOnly: true))
    }
}
