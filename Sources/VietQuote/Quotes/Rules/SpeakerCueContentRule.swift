/// `X cue content`: the content opens after the cue (or a medium's speaker, or a cue noun's
/// clause), past a venue before `rằng`, `rằng`/`là`, and a `:` or `,`. Content after a comma
/// (`X cho biết, …`) makes the attribution a frame that yields to one inside it. The last
/// sieve: it always decides.
///
/// Example: "Ngoại trưởng Nga Sergei Lavrov tuyên bố Moscow sẵn sàng bình thường hóa quan hệ song phương."
/// Rejects: nothing (an empty content is dropped when the quote is built).
struct SpeakerCueContentRule: AttributionRule {
    let id = QuoteRule.speakerCueContent

    func apply(to reading: inout CueReading, in view: SentenceView, finder: QuoteFinder) -> Verdict {
        let after = reading.hit.range.upperBound
        let start = finder.contentStart(after: reading.nounContent ?? reading.contentFrom, in: view)
        let isFrame = start > 0 && start - 1 >= after && view.isPunctuation(start - 1, Punctuation.comma)
        return .attributed(reading.attribution(contentStart: start, isFrame: isFrame))
    }
}
