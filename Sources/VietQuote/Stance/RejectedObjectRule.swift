/// A one-syllable denial that is also a noun (`reject` rows of `negators.tsv`: `bác`, to
/// reject, is also the kinship word for an elder, Uncle Hồ's honorific, and a syllable of
/// `bác sĩ`, `bác học`, `uyên bác`) is the verb only with what it rejects after it: a
/// speech act, i.e. a cue row of `stance.tsv` (`yêu cầu`, `cáo buộc`, `đề nghị`, `lời chỉ
/// trích`), right after it in its clause: a word between is another word's syllable
/// (`Bác sĩ yêu cầu phẫu thuật`: the doctor asks). Elsewhere the word is no stance
/// phrase: it neither weighs nor flips, and the next word is read on.
///
/// Example: `tòa án đã bác yêu cầu của bên nguyên` (the court rejected the request):
/// `bác` flips `yêu cầu` as any denial does; `bác cáo buộc` likewise.
/// Rejects (silver): `các bác đã đi rồi`, `Bác đã viết một bức thư`, `Thương bác,
/// thương chị`, `người bác`, `một bác sĩ`, `kiến thức uyên bác`, `Anh nói với bác Trí`.
/// (A court's filings, `bác đơn`, `bác kháng cáo`, are `denial` rows of their own.)
/// Also rejected, wrongly: an object after a quantifier (`bác mọi cáo buộc`) and an
/// elided one (`tòa bác`).
/// Evidence: none; the word is read as no stance phrase (not a name's syllable).
enum RejectedObjectRule {
    /// Whether the `rule` of a match ending at `end` in `clause` stands without what it
    /// must reject.
    static func lacksObject(_ rule: NegatorRule, endingAt end: Int, in words: WordSpans.Words, clause: Range<Int>,
                            lexicon: borrowing StanceLexicon) -> Bool {
        rule.needsObject && lexicon.cues.longestMatch(in: words, at: end, limit: clause.upperBound) == nil
    }
}
