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
        var start = finder.contentStart(after: reading.nounContent ?? reading.contentFrom, in: view)
        // `cho biết trong những ngày nghỉ lễ …, Bắc Bộ … sẽ …`: a frame of the content, not a venue.
        let frame = ContentFrameRule()
        if start >= view.end, reading.nounContent == nil, reading.hit.entry.category == .statement,
           frame.opensContent(at: reading.contentFrom, in: view, finder: finder),
           QuoteFirstRule().quote(before: reading.attribution(contentStart: start), in: view.paragraph, earlier: []) == nil {
            start = reading.contentFrom
            reading.refinements.append(frame.id)
        }
        let isFrame = start > 0 && start - 1 >= after && view.isPunctuation(start - 1, Punctuation.commaKeys)
        return .attributed(reading.attribution(contentStart: start, isFrame: isFrame))
    }
}
