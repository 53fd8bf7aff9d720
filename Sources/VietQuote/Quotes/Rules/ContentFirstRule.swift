/// `content, X cue`: reported words of six words or more stand before their speaker and a
/// comma or dash, as the sentence's first clause, when the cue has nothing after it.
///
/// Example: "Nga sẵn sàng đối thoại với Mỹ về kiểm soát vũ khí, ông Ryabkov nói."
/// Rejects: content after another attribution of the sentence; content that opens with an
/// adverbial, a preposition or a coordinator (`Trong cuộc họp, ông X nói`: no content).
struct ContentFirstRule {
    let id = QuoteRule.contentFirst

    func content(before attribution: QuoteFinder.Attribution, in view: SentenceView, finder: QuoteFinder,
                 afterAttribution: Bool) -> (range: Range<Int>, type: QuoteType)? {
        guard !attribution.isCoordinated, let speakerStart = attribution.speakerStart else { return nil }
        let comma = speakerStart - 1
        guard !afterAttribution, view.isPunctuation(comma, Punctuation.commaOrDash), comma > view.start else { return nil }
        let content = finder.trimmed(Range(from: view.start, to: comma), in: view.paragraph)
        guard finder.wordCount(content, in: view.paragraph) >= QuoteFinder.Limits.contentFirstWords, !content.isEmpty,
              view.match(.adverbialHead, at: content.lowerBound) == nil,
              view.match(.preposition, at: content.lowerBound) == nil,
              view.match(.coordinator, at: content.lowerBound) == nil else { return nil }
        return finder.typedContent(content, in: view.paragraph)
    }
}
