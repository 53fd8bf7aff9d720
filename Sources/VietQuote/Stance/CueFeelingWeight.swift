/// The feeling a cue expresses weighs as the cue's own weight (ANNOTATION.md: `bày tỏ`
/// with a feeling or attitude noun is one cue, `bày tỏ mong muốn`, `bày tỏ lo ngại về`):
/// when no `stance.tsv` cue row matches in the cue, the attitude terms of the cue's words
/// (`StanceCategory.isAttitude`: `hài lòng`, `ngưỡng mộ`, `thất vọng`), with the negators and
/// intensifiers around them (`bày tỏ sự không hài lòng với`), weigh as cue contributions,
/// as they would weigh in the content.
///
/// Example: `Tổng thống Ramos-Horta bày tỏ ngưỡng mộ sự nghiệp … của Việt Nam` (dev 435):
/// the cue `bày tỏ ngưỡng mộ` weighs `ngưỡng mộ`'s +0.3 (praise), so the quote is
/// normalization though its content holds no stance word; `bày tỏ sự thất vọng về` weighs
/// `thất vọng`'s −0.3.
/// Rejects: a wish or intent (`bày tỏ mong muốn Ukraine sớm đầu hàng`: what is wished, the
/// content, carries the stance) and a demand (`buộc`, `xin lỗi`); a denial or harming verb of `negators.tsv` (`bác bỏ`, `gạt bỏ`: what they do
/// to the content is the cue denial); a cue with a weighted row of its own (`bày tỏ lo ngại`, `cảnh báo`, `hoan
/// nghênh`): that row alone weighs, as before; a cue with no content term (`cho biết`,
/// `bày tỏ quan điểm`) weighs nothing.
/// A negator that flips such a term (`không` in `bày tỏ sự không hài lòng với`) is that
/// feeling's, not a denial of the content (`CueAnalysis.denial`).
/// Evidence: each such term is a record of kind `cue`, its category the term's, with the
/// modifier `feeling` (factor 1) after the modifiers that reached it.
/// (The quote finder's `ExpressedFeelingRule` decides how far such a cue reaches; this
/// type decides what it weighs.)
enum CueFeelingWeight {
    /// The cue records of the feelings the words `cue` express, and the word ranges of the
    /// negators that flipped them.
    static func feelings(cue: WordSpans, lexicon: borrowing StanceLexicon) -> (evidence: [StanceEvidence], negators: [Range<Int>]) {
        var analysis = ContentAnalysis(content: cue, lexicon: lexicon)
        analysis.applyModifiers()
        let negators = analysis.terms.filter { state in
            isFeeling(category: state.term.category.rawValue, contribution: clampUnit(state.term.weight * state.factor))
        }.flatMap { $0.negators.map { analysis.items[$0].words } }
        let evidence: [StanceEvidence] = analysis.evidence().compactMap { record in
            guard record.kind == .term, isFeeling(category: record.category, contribution: record.contribution) else { return nil }
            var feeling = record
            feeling.kind = .cue
            feeling.modifiers.append(StanceEvidence.Modifier(.feeling, text: "", factor: 1))
            return feeling
        }
        return (evidence, negators)
    }

    /// Whether a term of `category` that contributes `contribution` is a feeling: an
    /// attitude toward someone (`StanceCategory.isAttitude`), never a wish (`mong muốn`),
    /// nor a denial's or harming verb's own weight (`bác bỏ`), which is what the cue does
    /// to its content (`CueAnalysis.denial`).
    static func isFeeling(category: String, contribution: Double) -> Bool {
        contribution != 0 && StanceCategory(rawValue: category)?.isAttitude == true
    }
}
