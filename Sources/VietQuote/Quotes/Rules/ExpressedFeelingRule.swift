/// `bày tỏ (sự) ngưỡng mộ (về)`: after a cue that expresses (function_words.tsv class
/// `expresser`), a feeling or attitude noun (class `feeling`, after an optional noun marker)
/// and a preposition right after it (`feeling_object`) belong to the cue (ANNOTATION.md). A cue
/// hit it lengthens carries this rule's id (`CueHit.refinements`, `FoundQuote.refinements`).
///
/// Example: "Hai nhà lãnh đạo bày tỏ hài lòng về những bước tiến của quan hệ song phương." (cue `bày tỏ hài lòng về`)
/// Rejects (adds nothing): a cue that expresses nothing, a preposition in the noun marker's
/// place (`bày tỏ trong thất vọng`), a noun that is no feeling.
struct ExpressedFeelingRule {
    let id = QuoteRefinement.expressedFeeling

    /// How many words after the cue of `cueLength` words at `index` belong to it; 0 when none.
    func length(in tokens: [Token], after index: Int, cueLength: Int, words: FunctionWords) -> Int {
        guard words.match(.expresser, in: tokens, at: index, limit: index + cueLength) == cueLength else { return 0 }
        var end = index + cueLength
        // `bày tỏ sự thất vọng`, not `bày tỏ trong thất vọng` (a preposition is no noun marker here).
        if let marker = words.match(.nounMarker, in: tokens, at: end), words.match(.preposition, in: tokens, at: end) == nil,
           words.match(.feeling, in: tokens, at: end + marker) != nil {
            end += marker
        }
        guard let feeling = words.match(.feeling, in: tokens, at: end) else { return 0 }
        end += feeling
        end += words.match(.feelingObject, in: tokens, at: end) ?? 0
        return end - index - cueLength
    }
}
