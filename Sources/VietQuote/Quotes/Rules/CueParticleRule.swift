/// `giải thích thêm`, `nhấn mạnh lại`: an adverb of addition or repetition (function_words.tsv
/// class `cue_particle`) right after a cue of saying belongs to the cue, as in the cues.tsv rows
/// `nói thêm`, `cho biết thêm`, `nhắc lại` (ANNOTATION.md writes the cue with it). A cue hit it
/// lengthens carries this rule's id (`CueHit.refinements`, `FoundQuote.refinements`).
///
/// Example: "Ông Pezeshkian nhấn mạnh lại Israel sẽ đáp trả cuộc tấn công của Iran." (cue `nhấn mạnh lại`)
/// Rejects (adds nothing): a particle before a number (`công bố thêm 5 ca mắc` "five more"),
/// a source, medium or ruling cue or a blocker (`theo`, `dẫn lời`), a cue whose row already
/// ends with one (`cho biết thêm` then `lại` is content).
struct CueParticleRule {
    let id = QuoteRefinement.cueParticle

    /// Whether a particle that belongs to the cue `entry` stands at `index`, right after it.
    func follows(_ entry: CueEntry, in tokens: [Token], at index: Int, words: FunctionWords) -> Bool {
        switch entry.category {
        case .source, .medium, .ruling, .blocker: return false
        default: break
        }
        guard index < tokens.count, words.isWord(tokens, at: index, .cueParticle),
              !words.isWord(tokens, at: index - 1, .cueParticle) else { return false }
        return index + 1 >= tokens.count || tokens[index + 1].kind != .number
    }
}
