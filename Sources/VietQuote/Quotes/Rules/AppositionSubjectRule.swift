/// `Name, apposition, cue`: a subject set off by commas, the apposition holding commas of its
/// own; its head is a name, an honorific or a title, never a place after a preposition.
///
/// Example: "Hong Min, một nhà nghiên cứu cấp cao tại Viện Thống nhất Quốc gia Hàn Quốc, cho rằng …"
/// Rejects (leaves to the next sieve): a comma before the cue with no such head
/// (`CPI, đóng trụ sở tại La Haye, Hà Lan,`: the head is `CPI`, not `Hà Lan`).
struct AppositionSubjectRule: AttributionRule {
    let id = QuoteRule.appositionSubject

    func apply(to reading: inout CueReading, in view: SentenceView, finder: QuoteFinder) -> Verdict {
        let before = reading.subjectEnd - 1
        guard !reading.hasSubject, reading.isJoined(in: view), view.isPunctuation(before, Punctuation.commaKeys),
              let apposition = finder.appositionSubject(endingAt: before, in: view.paragraph, sentence: view.bounds)
        else { return .undecided }
        reading.mention = apposition
        reading.hasSubject = true
        reading.cutPoint = finder.boundaryBefore(apposition.lowerBound, in: view.paragraph)
        return .undecided
    }
}
