/// `giải thích thêm`, `nhấn mạnh lại`: an adverb of addition or repetition (function_words.tsv
/// class `cue_particle`) right after a cue of saying belongs to the cue, as in the cues.tsv rows
/// `nói thêm`, `cho biết thêm`, `nhắc lại` (ANNOTATION.md writes the cue with it). A cue hit it
/// lengthens carries this rule's id (`CueHit.refinements`, `FoundQuote.refinements`).
///
/// Only a cue whose content is a clause (cues.tsv `statement`, `pledge`, `vow`) takes it, and
/// only when no number or quantifier (function_words.tsv `quantifier`) stands within the two
/// words after it: there the particle qualifies a noun phrase, the object ("more N", "N again").
///
/// Example: "Ông Pezeshkian nhấn mạnh lại Israel sẽ đáp trả cuộc tấn công của Iran." (cue `nhấn mạnh lại`)
/// Rejects (adds nothing): a particle before a number or quantifier within two words
/// (`công bố thêm 5 ca mắc` "five more", `nhấn mạnh lại những tuyên bố`, `thêm gần 9.900 trang`);
/// a cue whose content may be a noun phrase: appeal, accusation, denial, judging, announce
/// (`đề nghị thêm một concert`, `công bố thêm kết quả`, `phản bác lại các ý kiến`); a source,
/// medium or ruling cue or a blocker (`theo`, `dẫn lời`); a cue whose row already ends with one
/// (`cho biết thêm` then `lại` is content).
struct CueParticleRule {
    let id = QuoteRefinement.cueParticle

    /// Whether a particle that belongs to the cue `entry` stands at `index`, right after it.
    func follows(_ entry: CueEntry, in tokens: [Token], at index: Int, words: FunctionWords) -> Bool {
        switch entry.category {
        case .statement, .pledge, .vow: break
        default: return false
        }
        guard index < tokens.count, words.isWord(tokens, at: index, .cueParticle),
              !words.isWord(tokens, at: index - 1, .cueParticle) else { return false }
        return !countsAnObject(in: tokens, after: index, words: words)
    }

    /// Whether a number or quantifier stands within `Limits.particleObjectWords` words after
    /// `index`, before any mark (`giải thích thêm, một …`: the comma ends the look).
    private func countsAnObject(in tokens: [Token], after index: Int, words: FunctionWords) -> Bool {
        for position in Range(from: index + 1, to: index + 1 + QuoteFinder.Limits.particleObjectWords).clamped(toCount: tokens.count) {
            switch tokens[position].kind {
            case .number: return true
            case .word: if words.isWord(tokens, at: position, .quantifier) { return true }
            case .quote, .punctuation: return false
            }
        }
        return false
    }
}
