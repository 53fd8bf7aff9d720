/// `content, X cue`: reported words of six words or more stand before their speaker and a
/// comma or dash, as the sentence's first clause, when the cue has nothing after it. A sentence
/// adverb closed by a comma before it (`Tuy nhiên, …`, `Ngoài ra, …`) is the writer's, not content.
///
/// Example: "Nga sẵn sàng đối thoại với Mỹ về kiểm soát vũ khí, ông Ryabkov nói."
/// Rejects: content after another attribution of the sentence; content that opens with an
/// adverbial, a preposition or a coordinator (`Trong cuộc họp, ông X nói`: no content).
struct ContentFirstRule {
    let id = QuoteRule.contentFirst

    func content(before attribution: QuoteFinder.Attribution, in view: SentenceView, finder: QuoteFinder,
                 afterAttribution: Bool) -> (range: Range<Int>, type: QuoteType, refinement: QuoteRefinement?)? {
        guard !attribution.isCoordinated, let speakerStart = attribution.speakerStart else { return nil }
        let comma = speakerStart - 1
        guard !afterAttribution, view.isPunctuation(comma, Punctuation.commaOrDashKeys), comma > view.start else { return nil }
        var content = finder.trimmed(Range(from: view.start, to: comma), in: view.paragraph)
        // `"…" - Name, apposition cue`: the quotation is the content, whatever word opens the sentence.
        let dash = DashNameAttributionRule()
        if let quotation = dash.quotation(in: content, of: view) { return (quotation, .direct, dash.id) }
        // `Tuy nhiên, A, theo X.`: a sentence adverb closed by a comma is the writer's link, not content.
        if let adverb = view.match(.adverbialHead, at: content.lowerBound),
           view.isPunctuation(content.lowerBound + adverb, Punctuation.commaKeys) {
            content = finder.trimmed(Range(from: content.lowerBound + adverb + 1, to: content.upperBound), in: view.paragraph)
        }
        guard finder.wordCount(content, in: view.paragraph) >= QuoteFinder.Limits.contentFirstWords, !content.isEmpty,
              view.match(.adverbialHead, at: content.lowerBound) == nil,
              view.match(.preposition, at: content.lowerBound) == nil,
              view.match(.coordinator, at: content.lowerBound) == nil else { return nil }
        let typed = finder.typedContent(content, in: view.paragraph)
        return (typed.range, typed.type, nil)
    }
}
