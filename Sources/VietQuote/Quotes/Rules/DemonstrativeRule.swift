/// `"…" – Đây là khẳng định của X`: a demonstrative and a copula before a cue noun with a
/// possessor name the quotation right before them; the possessor speaks (the quote carries
/// `quote-first`).
///
/// Example: "“Chúng tôi sẽ không lùi bước” - đây là khẳng định của Tổng thống Volodymyr Zelensky."
/// Rejects: a possessor that names no one (`Đây là tuyên bố của năm`), a cue without `của`.
struct DemonstrativeRule: AttributionRule {
    let id = QuoteRule.demonstrative

    func apply(to reading: inout CueReading, in view: SentenceView, finder: QuoteFinder) -> Verdict {
        let hit = reading.hit
        let start = hit.range.lowerBound
        guard start >= 2, view.isWord(start - 1, .copula),
              let demonstrative = view.phrase(.demonstrative, endingAt: start - 1),
              view.isWord(hit.range.upperBound, .possessive) else { return .undecided }
        let tokens = view.tokens
        var end = hit.range.upperBound + 1
        while end < view.end, tokens[end].kind == .word || tokens[end].kind == .number {
            // `tại phiên họp …` ends the name; `tại Philippines` belongs to a title.
            if view.isWord(end, .preposition), end + 1 < view.end, !tokens[end + 1].isCapitalized { break }
            end += 1
        }
        let object = Range(from: hit.range.upperBound + 1, to: end)
        guard !object.isEmpty, finder.isSpeakerLike(object, in: view.paragraph) else { return .undecided }
        return .attributed(QuoteFinder.Attribution(
            cue: hit.range, entry: hit.entry, mention: object, contentStart: view.end, cutPoint: demonstrative,
            isFrame: false, isCoordinated: false, rule: .quoteFirst, anchor: demonstrative))
    }
}
