/// A cue inside a nominal clause: its subject opens with the nominaliser `việc` (function_words.tsv
/// `nominalizer`): alone, after a quantifier, or with the preposition that takes the clause
/// (`Việc …`, `Ngoài việc …`, `Bất chấp việc …`), so the cue and its subject are a noun phrase of
/// another clause, an act talked about, not words reported: no quote.
///
/// Example (rejected): "Việc anh hối thúc vợ về nhà sớm đều xuất phát từ việc anh lo lắng cho cô." (silver)
/// Example (rejected): "Việc rút lui khỏi giải đấu này đe dọa đến vị trí số 1 của Iga Swiatek." (silver)
/// Passes: `về việc` (function_words.tsv `temporal`: `… lên tiếng về việc một phương tiện truyền thông
/// nước ngoài cho rằng …` reports what was said, dev 308 and 409); `việc` deeper in the subject, inside a
/// description of the speaker (`ông X, người bắt đầu làm việc với Tau từ 2023, cho biết …`); a clause
/// mark between `việc` and the cue, where another clause holds the speaker (`Ngoài việc xin giảm nhẹ
/// hình phạt, ông Trần Quí Thanh cũng kháng cáo …, yêu cầu …`: silver); a capitalised `Việc` inside a
/// name (`Cơ quan Cứu trợ và Việc làm cho Người tị nạn Palestine (UNRWA) cho biết`, dev 439); the
/// `việc` of a compound, after a word that is no preposition of it (`Người làm việc ở đây lâu năm
/// cho biết: "…"`, `những công việc của anh`); a nominal clause that makes the speaker speak, a
/// `causative` before the cue (`Việc làm thêm giờ khiến anh nói: "…"`: CausativeMention's).
struct NominalClauseRule: AttributionRule {
    let id = QuoteRule.nominalClause

    func apply(to reading: inout CueReading, in view: SentenceView, finder: QuoteFinder) -> Verdict {
        guard reading.hasSubject, let mention = reading.mention else { return .undecided }
        let lead = min(mention.upperBound - 1, mention.lowerBound + QuoteFinder.Limits.nominalizerLeadTokens + 1)
        guard let nominalizer = (mention.lowerBound..<max(mention.lowerBound, lead)).first(where: { view.isWord($0, .nominalizer) }),
              opensClause(nominalizer, in: view),
              opensSubject(nominalizer, from: mention.lowerBound, in: view),
              view.phrase(.temporal, endingAt: nominalizer + 1) == nil,
              !Range(from: nominalizer + 1, to: mention.upperBound).contains(where: {
                  view.isPunctuation($0, Punctuation.clauseMarksKeys) || view.isWord($0, .causative)
              })
        else { return .undecided }
        return .rejected
    }

    /// Whether the nominaliser opens the subject that starts at `start`: it is the first word,
    /// or a quantifier (`Những việc …`) or its preposition's phrase (`Ngoài việc`, a
    /// `nominalizer` row) is all that stands before it; after any other word it is the second
    /// syllable of a compound (`làm việc`, `công việc`).
    private func opensSubject(_ index: Int, from start: Int, in view: SentenceView) -> Bool {
        index == start || view.match(.quantifier, at: start, limit: index) == index - start
            || view.phrase(.nominalizer, endingAt: index + 1) == start
    }

    /// Whether the nominaliser is written as one: lower case, or capitalised only where the
    /// sentence or clause opens (`Việc anh …`); a capitalised `Việc` inside the sentence is a word
    /// of a name (`Cơ quan Cứu trợ và Việc làm cho Người tị nạn Palestine`, dev 439).
    private func opensClause(_ index: Int, in view: SentenceView) -> Bool {
        guard view.isCapitalized(index) else { return true }
        return index == view.start || view.tokens[index - 1].kind != .word
    }
}
