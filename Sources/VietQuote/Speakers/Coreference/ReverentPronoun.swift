/// A capitalised `Người` (class `reverent_pronoun` of function_words.tsv) alone before a cue is
/// the reverent third-person pronoun of a revered person named before (Hồ Chí Minh, Jesus): a
/// person pronoun, read as `PronounRule` reads `ông` (the nearest earlier speaker, else the
/// person named nearest before), trace `pronoun: the reverent pronoun of a revered person`.
///
/// Recognises: silver 2024-04-30-giai-phong-mien-nam `… Chủ tịch Hồ Chí Minh khẳng định: “…”.
/// Ngày 23/10/1963, trong "Lời chào mừng …", Người bày tỏ tình cảm …: “…”` → Hồ Chí Minh (was
/// no name); 2024-05-08-net `Và có lúc, Người đã phải thốt lên …` after `Chúa Giêsu đã phải nói`.
/// Only in an article that writes the word capitalised inside a sentence (after a lower-case
/// word or a comma, before a lower-case word or a mark: `, Người bày tỏ`, `của Người.`): there
/// the capital is the reverence, not a sentence's opening.
/// Rejects: silver 2025-02-02-quoc-thuan `Người cho rằng cô …, người lại thấy …` (some people …,
/// others …: the article writes no `Người` inside a sentence), a headline's `Người chê`, and a
/// name's word (`báo Người Lao Động`: a capital after it).
enum ReverentPronoun {
    /// Whether the mention is the reverent pronoun alone, in an article that writes it inside a sentence.
    static func isPronoun(_ mention: MentionContext) -> Bool {
        let range = mention.range, tokens = mention.tokens
        guard range.count == 1, tokens[range.lowerBound].isCapitalized,
              mention.words.isWord(tokens, at: range.lowerBound, .reverentPronoun) else { return false }
        return mention.index.writesReverentPronoun()
    }

    /// Whether any paragraph writes the reverent pronoun capitalised inside a sentence.
    static func writesInsideSentence(_ paragraphs: [ParagraphContext], words: FunctionWords) -> Bool {
        paragraphs.contains { paragraph in
            let tokens = paragraph.tokens
            return tokens.indices.contains { index in
                tokens[index].kind == .word && tokens[index].isCapitalized && index > 0
                    && words.isWord(tokens, at: index, .reverentPronoun) && isInside(tokens, at: index)
            }
        }
    }

    /// After a lower-case word or a comma, before a lower-case word, a mark or the paragraph's end.
    private static func isInside(_ tokens: [Token], at index: Int) -> Bool {
        let before = tokens[index - 1]
        guard (before.kind == .word && !before.isCapitalized) || before.key == "," else { return false }
        guard let after = tokens[ifPresent: index + 1] else { return true }
        return after.kind != .word || !after.isCapitalized
    }
}
