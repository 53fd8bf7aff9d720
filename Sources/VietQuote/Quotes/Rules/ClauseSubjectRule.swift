/// `S aux V O, cue content` with no attribution before: a cue after a comma goes on the
/// subject of the clause before it — the words before that clause's first tense, modal,
/// negation or auxiliary word (`đã`, `chưa`, `cũng` …), when they can name a speaker.
///
/// A coordinator may stand between the comma and the cue (`S đã thị sát …, đồng thời kêu gọi …`).
///
/// Example: "Quân đội Israel chưa bình luận thông tin này, nói rằng sẽ đưa ra tuyên bố vào thời điểm khác."
/// Rejects (leaves to the next sieve): a clause with no such word, or whose words before it
/// name no one or are too long for a subject.
struct ClauseSubjectRule: AttributionRule {
    let id = QuoteRule.clauseSubject

    func apply(to reading: inout CueReading, in view: SentenceView, finder: QuoteFinder) -> Verdict {
        // `…, đồng thời kêu gọi …`: a coordinator between the comma and the cue joins the predicates too.
        let joined = view.phrase(.coordinator, endingAt: reading.subjectEnd) ?? reading.subjectEnd
        let comma = joined - 1
        guard !reading.hasSubject, reading.previous == nil, comma > view.start, view.isPunctuation(comma, Punctuation.comma)
        else { return .undecided }
        var clauseStart = comma
        while clauseStart > view.start, !view.isPunctuation(clauseStart - 1, Punctuation.clauseMarks) {
            if view.tokens[clauseStart - 1].kind == .quote || view.paragraph.insideQuote[clauseStart - 1] { return .undecided }
            clauseStart -= 1
        }
        let limit = min(comma, clauseStart + QuoteFinder.Limits.clauseSubjectTokens)
        guard let marker = (clauseStart + 1..<max(clauseStart + 1, limit)).first(where: {
                  view.isWord($0, .verbMarker) || view.isWord($0, .auxiliary) || view.isWord($0, .negator) }),
              view.paragraph.cueHitStart[marker] == nil,
              let subject = finder.nounPhrase(endingAt: marker, in: view.paragraph, sentence: view.bounds, stopAt: clauseStart),
              subject.isTopLevel, subject.range.lowerBound == firstWord(from: clauseStart, to: marker, in: view)
        else { return .undecided }
        reading.take(subject)
        reading.cutPoint = comma
        return .undecided
    }

    /// The clause's first word after leading time phrases and prepositions, as `nounPhrase` skips them.
    private func firstWord(from start: Int, to end: Int, in view: SentenceView) -> Int {
        var first = start
        while first < end, let length = view.match(.adverbialHead, at: first, limit: end) {
            first += length
            while first < end, view.tokens[first].kind == .number { first += 1 }
        }
        while first < end, view.isWord(first, .preposition) { first += 1 }
        return first
    }
}
