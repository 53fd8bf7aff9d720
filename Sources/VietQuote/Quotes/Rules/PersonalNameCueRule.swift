/// A capitalised one-word cue between two capitalised words is a syllable of a personal
/// name, no cue: `Nguyễn Viết Chữ`, `Trần Viết Tú`, `Đặng Viết Dũng` (Vietnamese middle and
/// given names include cue words; silver: about 25 quotes read `Viết` in a name as `viết`,
/// with the rest of the name as content: `Hiển, Giám đốc Sở GD-ĐT …`).
/// Read before the cues of a paragraph are looked up, like `BodyNameCueRule`.
///
/// Example (no cue): "Ông Nguyễn Viết Chữ, nguyên Bí thư Tỉnh ủy Quảng Nam, bị khai trừ khỏi Đảng."
/// Passes: a cue written in lower case (`ông Chữ viết: "…"`), a capitalised cue at a sentence
/// start or after a mark (`Viết trên mạng xã hội, …`), a cue of two or more words.
struct PersonalNameCueRule {
    let id = QuoteRefinement.cueInPersonalName

    /// Whether the cue match of `length` tokens at `index` is a syllable inside a name.
    func isNameSyllable(in tokens: [Token], at index: Int, length: Int) -> Bool {
        guard length == 1, tokens[index].isCapitalized,
              let before = tokens[ifPresent: index - 1], before.kind == .word, before.isCapitalized,
              let after = tokens[ifPresent: index + 1], after.kind == .word, after.isCapitalized else { return false }
        return true
    }
}
