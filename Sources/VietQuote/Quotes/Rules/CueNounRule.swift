/// A cue word made a noun by the word before it (`những phát biểu`, `lời cảnh báo`, `đưa ra`):
/// it makes a quote only with a content clause (`rằng …`, `: "…"`) within a few words. With a
/// possessor before that clause (`lời chỉ trích của X rằng …`) the possessor speaks; otherwise
/// the subject is read before the noun marker by the sieves that follow.
///
/// Example: "Nga đưa ra cảnh báo rằng họ sẽ đáp trả."
/// Example: "… với dòng nhận xét:" ending a paragraph, the next opening with a quotation.
/// Rejects: a cue noun with no content clause (`lời cảnh báo giành quyền …`, ANNOTATION.md).
/// Passes: a marker word inside a name (`Chính phủ Nhật Bản cho biết …`).
struct CueNounRule: AttributionRule {
    let id = QuoteRule.cueNoun

    func apply(to reading: inout CueReading, in view: SentenceView, finder: QuoteFinder) -> Verdict {
        let cue = reading.hit.range
        guard let marker = view.phrase(.nounMarker, endingAt: cue.lowerBound),
              !isWordOfName(marker, in: view) else { return .undecided }
        reading.subjectEnd = marker   // the subject stands before `đưa ra`, `lời` …
        guard let opening = Self.contentClause(after: cue, in: view) else { return .rejected }
        reading.nounContent = opening
        // `lời chỉ trích của X rằng …`: the possessor speaks.
        if opening > cue.upperBound + 1, view.isWord(cue.upperBound, .possessive),
           case let possessor = Range(from: cue.upperBound + 1, to: opening), possessor.count <= QuoteFinder.Limits.possessorTokens,
           finder.isSpeakerLike(possessor, in: view.paragraph) {
            let start = finder.contentStart(after: opening, in: view)
            return .attributed(QuoteFinder.Attribution(
                cue: cue, entry: reading.hit.entry, mention: possessor, contentStart: start,
                cutPoint: finder.boundaryBefore(cue.lowerBound, in: view.paragraph), isFrame: false,
                isCoordinated: false, rule: .speakerCueContent))
        }
        return .undecided
    }

    /// A capitalised marker word right after a capitalised word is a word of a name (`Bộ Nông
    /// nghiệp Nhật Bản kêu gọi …`: `Bản`, not the noun marker `bản`).
    private func isWordOfName(_ marker: Int, in view: SentenceView) -> Bool {
        marker > view.start && view.isCapitalized(marker) && view.tokens[marker - 1].kind == .word && view.isCapitalized(marker - 1)
    }

    /// Where the content clause of a cue noun opens (`đưa ra cảnh báo nghiêm trọng cùng lời
    /// kêu gọi …: "…"`, `lời cảnh báo rằng …`): the `rằng` or the colon before a quotation,
    /// within a few words of the noun and before any other clause mark or cue, or a colon that
    /// ends the paragraph (the quotation opens the next one: `CueThenParagraphRule`); nil when
    /// the noun has no content clause.
    static func contentClause(after cue: Range<Int>, in view: SentenceView) -> Int? {
        let tokens = view.tokens
        let paragraph = view.paragraph
        var index = cue.upperBound
        while index < min(view.end, cue.upperBound + QuoteFinder.Limits.nounClauseTokens) {
            if tokens[index].kind == .quote || paragraph.insideQuote[index] { return nil }
            if view.isPunctuation(index, ":") {
                return paragraph.span(openingAt: index + 1) != nil || index == paragraph.tokens.count - 1 ? index : nil
            }
            if tokens[index].kind == .punctuation, Punctuation.clauseMarksKeys.contains(tokens[index]) { return nil }
            if view.isWord(index, .complementizer), !view.isWord(index, .copula) { return index }
            if view.hits.contains(where: { $0.range.lowerBound == index && $0.entry.category != .blocker }) {
                // A second cue noun joined to the first (`cảnh báo … cùng lời kêu gọi …`) goes on.
                guard view.phrase(.nounMarker, endingAt: index) != nil else { return nil }
            }
            index += 1
        }
        return nil
    }
}
