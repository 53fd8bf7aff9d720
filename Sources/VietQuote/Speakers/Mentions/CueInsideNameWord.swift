/// A cue word in lower case right after a capitalised syllable with which it makes a word that
/// is no cue (a `blocker` compound of cues.tsv: `tiếng nói` "voice") is that word's second
/// syllable inside a name, and does not end the mention: Vietnamese capitalises only the first
/// syllable of each word of a name (`Đài Tiếng nói Việt Nam`, the national radio).
///
/// Recognises: silver 2024-09-02-ngay-bac-ho-mat `Đài Tiếng nói Việt Nam thông báo chính thức
/// Bác mất` → the mention `Đài Tiếng nói Việt Nam` (was cut at the cue `nói` to `Đài Tiếng`,
/// speaker `Tiếng`).
/// Rejects: a cue after a syllable with which it makes no blocked word (`Lan nói`: the cue ends
/// the mention as before), and a cue after a lower-case syllable (`có tiếng nói quyết định`:
/// no name; the blocker itself keeps `nói` from being a cue there).
enum CueInsideNameWord {
    /// Whether the cue word at `position` is the second syllable of a blocked word that the
    /// capitalised syllable before it opens.
    static func isInside(_ tokens: [Token], at position: Int, cues: CueLexicon) -> Bool {
        guard position > 0, tokens[position - 1].kind == .word, tokens[position - 1].isCapitalized,
              let blocked = cues.match(in: tokens, at: position - 1) else { return false }
        return blocked.entry.category == .blocker && blocked.length >= 2
    }
}
