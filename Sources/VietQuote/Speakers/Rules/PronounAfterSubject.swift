/// A pronoun that is also a side (`Anh`, the United Kingdom) written alone at the start of a
/// sentence, in a paragraph that made a person the subject of a sentence before it, is that
/// person's pronoun and that person speaks (`PronounRule`), even where the article writes the side elsewhere (a sports
/// article's `tuyển Anh`): a sentence that goes on from a person's sentence speaks of him.
///
/// Recognises: silver 2024-07-13-euro `Trước đó, khi giành chiến thắng ở bán kết, Alcaraz đã
/// để lại phát biểu hài hước liên quan đến Euro 2024. Anh nói rằng: "…"` → Alcaraz (was the
/// side Anh, `pronoun: opens a sentence after a person subject, no side`).
/// Rejects: the side inside a sentence (`… trận gặp Anh`), after a comma or a quotation mark,
/// with more words in the mention (`Anh nhanh chóng xác minh`: `PronounRule` reads the
/// lower-case use), and a paragraph with no person subject before it (`Anh cho biết …` in news
/// between states).
enum PronounAfterSubject {
    /// Whether the mention is one side word that is also a pronoun, which the article writes as
    /// a side elsewhere (`ArticleIndex.writesAsSide`), opening a sentence after a person made
    /// its paragraph's subject (`PronounRule.Reach.paragraphSubject`).
    static func overridesSide(_ mention: MentionContext) -> Bool {
        let range = mention.range
        guard let side = mention.lexicon.actor(in: mention.tokens, at: range.lowerBound, limit: range.upperBound),
              side.length == range.count,
              mention.lexicon.pronoun(in: mention.tokens, at: range.lowerBound, limit: range.upperBound) == range.count,
              follows(mention), mention.index.writesAsSide(side.entry.side, mention.tokens[range.lowerBound]) else { return false }
        return PronounRule.nearestNamedPerson(mention, reach: .paragraphSubject) != nil
    }

    /// Whether the mention opens its paragraph's text after a sentence's end: a mark of
    /// `Punctuation.terminal` right before it, with a sentence before that mark.
    private static func follows(_ mention: MentionContext) -> Bool {
        let start = mention.range.lowerBound, tokens = mention.tokens
        guard start > 0, tokens[start - 1].kind == .punctuation, Punctuation.terminal.contains(tokens[start - 1].key) else { return false }
        return tokens[..<(start - 1)].contains { $0.kind == .word }
    }
}
