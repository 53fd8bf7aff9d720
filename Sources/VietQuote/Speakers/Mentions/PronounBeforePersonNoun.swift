/// A kinship pronoun opening a sentence before lower-case words is read as the pronoun with
/// its adverbs and verbs (`Anh gạt nước mắt`, `Cô vui vẻ`: `SpeakerResolver.anaphor`), except
/// when the pronoun and the words after it make a noun of one person (class `person_noun` or
/// `kin` of `function_words.tsv`, matched from the pronoun: `Cô giáo`, `Cô chủ`, `Anh trai`):
/// that noun describes someone. The mention keeps its words, an unnamed source (ANNOTATION.md:
/// an unnamed source keeps its words), `mention: a pronoun opening a noun of a person` (`PronounRule`).
///
/// Recognises: silver 2024-10-03-clip-co-giao-2k1-thpt-thach-ban `Cô giáo thừa nhận thiếu hụt kỹ
/// năng nghiệp vụ sư phạm` (a headline: was the pronoun `Cô` with no one before, an empty name) →
/// `Cô giáo`; 2024-10-08-di-giua-troi-ruc-ro-tap-50 `Cô chủ shop cho rằng Chải rất có khiếu`
/// → `Cô chủ shop`.
/// Rejects: a pronoun before words that make no such noun (`Cô vui vẻ cho biết`, `Anh gạt nước
/// mắt`), a noun with a capitalised word after it (`Cô giáo Nguyễn Thị Hoa`: a name, `NameRule`),
/// a noun ending on a demonstrative (`Cô giáo này`: `DescribedAnaphorRule`), and a pronoun phrase
/// of `speaker_pronouns.tsv` that is the whole mention (`Cô gái`, `Anh chàng`: pronouns).
enum PronounBeforePersonNoun {
    /// The unnamed source a mention opening with a pronoun + the rest of a person noun is, or nil.
    static func decision(_ mention: MentionContext) -> SpeakerDecision? {
        let tokens = mention.tokens, range = mention.range, start = range.lowerBound, words = mention.words
        guard tokens[start].isCapitalized, start == 0 || tokens[start - 1].kind != .word,
              let length = mention.lexicon.pronoun(in: tokens, at: start, limit: range.upperBound), length < range.count,
              !range.dropFirst().contains(where: { tokens[$0].kind != .word || tokens[$0].isCapitalized }),
              !words.isWord(tokens, at: range.upperBound - 1, .anaphorMark),
              [WordClass.personNoun, .kin].contains(where: { (words.match($0, in: tokens, at: start, limit: range.upperBound) ?? 0) > length })
        else { return nil }
        return SpeakerDecision(Speaker(name: mention.text, mention: mention.text, kind: .source), .pronounOpensPersonNoun)
    }
}
