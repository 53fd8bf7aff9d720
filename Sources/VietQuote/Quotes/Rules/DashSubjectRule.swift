/// `X - cue`: a noun phrase before a dash that stands right before the cue (over auxiliaries)
/// is the subject, the dash included.
///
/// Example: "Người phát ngôn Điện Kremlin Dmitry Peskov - cho biết Nga sẵn sàng đàm phán."
/// Rejects (leaves to the next sieve): a dash with no noun phrase before it.
struct DashSubjectRule: AttributionRule {
    let id = QuoteRule.dashSubject

    func apply(to reading: inout CueReading, in view: SentenceView, finder: QuoteFinder) -> Verdict {
        let before = reading.subjectEnd - 1
        guard !reading.hasSubject, reading.isJoined(in: view), view.isPunctuation(before, Punctuation.dashesKeys),
              let subject = finder.nounPhrase(endingAt: before, in: view.paragraph, sentence: view.bounds,
                                              stopAt: reading.previousCueEnd(in: view))
        else { return .undecided }
        reading.take(subject)
        reading.mention = Range(from: subject.range.lowerBound, to: reading.subjectEnd)
        reading.cutPoint = finder.boundaryBefore(subject.range.lowerBound, in: view.paragraph)
        return .undecided
    }
}
