/// A cue word that is also a noun (`cue_noun` of function_words.tsv, mined by
/// scripts/mine/cue_nouns.py) right after a quantifier that is no noun marker (`một số`) heads
/// the subject: it is no cue, the words after it are no quote (the other quantifiers, `các`,
/// `những`, `nhiều`, `một`, are noun markers: `CueNounRule` reads them first).
///
/// Example (rejected): "Một số bình luận cho rằng đội bóng đã thi đấu thiếu may mắn." (silver:
/// the cue is `cho rằng`, whose subject is `Một số bình luận`, not `bình luận` of `Một số`).
/// Passes: a verb-only cue after the quantifier, which is said by an unnamed group
/// (`Một số cho rằng …`, `một số cho biết họ …`), and a cue noun after any other word.
struct QuantifiedCueNounRule: AttributionRule {
    let id = QuoteRule.quantifiedCueNoun

    func apply(to reading: inout CueReading, in view: SentenceView, finder: QuoteFinder) -> Verdict {
        let cue = reading.hit.range
        guard view.phrase(.nounMarker, endingAt: cue.lowerBound) == nil,
              view.phrase(.quantifier, endingAt: cue.lowerBound) != nil,
              view.match(.cueNoun, at: cue.lowerBound, limit: cue.upperBound) != nil else { return .undecided }
        return .rejected
    }
}
