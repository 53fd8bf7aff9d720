/// `X cue`: the subject is the noun phrase right before the cue (over auxiliaries), read
/// leftwards to the clause boundary, that can name a speaker and opens a clause of its own.
///
/// Example: "Ngày 4/2, Ngoại trưởng Nga Sergei Lavrov tuyên bố Moscow sẵn sàng …"
/// Rejects: a cue after a comma, dash or `và` whose subject no earlier sieve found; a subject
/// in a subordinate clause (`nếu Mỹ tuyên bố …`; a relative clause that takes a clause is
/// `RelativeClauseSubjectRule`'s), one that names no one, a clause.
struct NounPhraseSubjectRule: AttributionRule {
    let id = QuoteRule.nounPhraseSubject

    func apply(to reading: inout CueReading, in view: SentenceView, finder: QuoteFinder) -> Verdict {
        guard !reading.hasSubject else { return .undecided }
        guard !reading.isJoined(in: view),
              let subject = view.subject(endingAt: reading.subjectEnd, stopAt: reading.previousCueEnd(in: view),
                                         predicateBefore: reading.predicateBefore, finder: finder),
              subject.isTopLevel else { return .rejected }
        reading.take(subject)
        reading.endsWithTimeClause = TimeClauseEndRule().opensTimeClause(at: subject.clauseStart, in: view)
        let auxiliary = AuxiliaryInSubjectRule()
        if let mention = reading.mention, let cut = auxiliary.speakerEnd(in: mention, view: view) {
            reading.mention = Range(from: mention.lowerBound, to: cut)
            reading.refinements.append(auxiliary.id)
        }
        let opener = ClauseOpenerCutRule()
        if let cut = opener.cutPoint(clauseStart: subject.clauseStart, in: view) {
            reading.cutPoint = cut
            reading.cutsAtOpener = true   // the earlier content ended here carries `opener.id`
        } else {
            reading.cutPoint = finder.boundaryBefore(subject.range.lowerBound, in: view.paragraph)
        }
        return .undecided
    }
}
