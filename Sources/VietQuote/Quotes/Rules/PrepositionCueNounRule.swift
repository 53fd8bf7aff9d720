/// A cue noun (function_words.tsv `cue_noun`) governed by the preposition or conjunction right
/// before it (`cue_noun_preposition`: `bất chấp`, `bên cạnh`, `sau`, `từ`, `nhờ`,
/// `căn cứ`, `cũng như` …): the noun is the object of a fronted phrase ("despite the
/// news", "after the announcement"), or a noun joined to another by `cũng như` ("as well as"),
/// not a verb of saying. The words before the preposition are no speaker of it (issue 14 item 7:
/// a subject that opens with a preposition): a quote only with a content clause after the noun
/// (`rằng`, `: "…"`, read as `CueNounRule` reads it), left to the sieves after.
///
/// Example (rejected): silver 2025-01-09-everton-dau-voi-peterborough "Bất chấp thông báo gây sốc
/// này, các bàn thắng của Beto và Iliman Ndiaye đảm bảo …" (the speaker was `Bất chấp`).
/// Example (rejected): silver 2024-12-18-fed "Giá vàng thế giới lao dốc ngay sau thông báo giảm lãi
/// suất của Fed." (the speaker was `Giá vàng thế giới lao dốc ngay sau`).
/// Passes: a content clause after the noun, left to the sieves after (silver 2024-08-08-volvo
/// `Bên cạnh tuyên bố từng thu hút truyền thông một thời: "Sẽ không có ai chết …"`); a capitalised word inside a sentence, which is a name's
/// syllable (silver 2024-10-30-ho-quang-hieu `Tuệ Như tiết lộ, …`: `như` is a preposition only
/// in lower case or opening a sentence or clause); a cue that is no noun (`cho biết`); `qua`,
/// which is also `hôm qua` "yesterday" and `vừa qua` "recently" before a cue, `trước` (`tuần trước`
/// "last week"), and `với`, `do`, `vì`, whose accusation noun states an accusation (`với cáo buộc
/// "trục xuất …"`, dev gold 416): not in the class.
struct PrepositionCueNounRule: AttributionRule {
    let id = QuoteRule.prepositionCueNoun

    func apply(to reading: inout CueReading, in view: SentenceView, finder: QuoteFinder) -> Verdict {
        let cue = reading.hit.range
        guard reading.hit.lead == nil,
              view.match(.cueNoun, at: cue.lowerBound, limit: cue.upperBound) == cue.count,
              let preposition = view.phrase(.cueNounPreposition, endingAt: cue.lowerBound),
              !isNameSyllable(at: preposition, in: view) else { return .undecided }
        return CueNounRule.contentClause(after: cue, in: view) == nil ? .rejected : .undecided
    }

    /// Whether the word at `index` is capitalised inside a sentence, not right after a
    /// punctuation mark: a syllable of a name (`Tuệ Như`), not the preposition.
    private func isNameSyllable(at index: Int, in view: SentenceView) -> Bool {
        guard view.isCapitalized(index), index > view.start else { return false }
        return view.tokens[index - 1].kind == .word
    }
}
