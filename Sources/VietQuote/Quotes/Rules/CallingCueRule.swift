/// A naming cue (function_words.tsv `naming_cue`: `gọi`) says something only as naming or
/// labelling, `gọi X là Y` (the dev gold: `Tổng thống Biden gọi Milton là cơn bão của thế kỷ`,
/// `gọi đây là …`), or when it calls out words (`gọi chồng: "Ông ơi, …"`, `gọi "Chồng ơi"`).
/// Without the copula `là` in its clause and with no colon or quotation mark right after it,
/// it is a call, a summons or a name given, not speech: no quote.
///
/// Example (rejected): "Bạn bè ngay lập tức gọi 119 và cố gắng hô hấp nhân tạo cho Park Bo Ram."
/// Example (rejected): "Cô gọi cho Nghĩa hối thúc anh phải có cách ngăn chặn lại."
/// Passes: "HLV Didier Deschamps gọi Laporte là kẻ nói dối." (content `Laporte là kẻ nói dối`),
/// a longer cue holding the word (`kêu gọi`, `gọi là`: other rows of cues.tsv).
struct CallingCueRule: AttributionRule {
    let id = QuoteRule.callingCue

    func apply(to reading: inout CueReading, in view: SentenceView, finder: QuoteFinder) -> Verdict {
        let cue = reading.hit.range
        guard view.match(.namingCue, at: cue.lowerBound, limit: cue.upperBound) == cue.count else { return .undecided }
        var index = cue.upperBound
        // `gọi "Chồng ơi"`: the words called out.
        if index < view.end, view.tokens[index].kind == .quote { return .undecided }
        // `gọi X là Y`: the copula before the clause ends names or labels; that is said.
        while index < view.end, !view.isPunctuation(index, Punctuation.clauseMarksKeys) {
            if view.isWord(index, .copula) { return .undecided }
            index += 1
        }
        // `gọi chồng: "…"`: a clause closed by a colon calls out the words after it.
        return index < view.end && view.isPunctuation(index, ":") ? .undecided : .rejected
    }
}
