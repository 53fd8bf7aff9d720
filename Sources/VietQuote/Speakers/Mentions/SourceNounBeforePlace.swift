/// A word that is both a role and the noun of an unnamed source (`đại diện`, `trợ lý`:
/// `organizations.tsv` kind `source`, and `titles.tsv`), opening the mention before a
/// lower-case noun, in a mention that ends with a Vietnamese place (a head of
/// `place_heads.tsv` and its name: `TP.HCM`, `TP Hà Nội`, `huyện Phong Điền`), is the unnamed
/// source: the words after it name the body it speaks for and where that body is, not a person
/// (ANNOTATION.md: an unnamed source keeps its words; dev 444 `đại diện PSS`). The capitalised
/// words among them (`trường Quốc tế`) are the body's name, and the place that ends them is no
/// speaker either.
///
/// Recognises: silver 2024-05-03-mot-thoang-ta-ruc-ro-o-nhan-gian `Đại diện trường Quốc tế
/// TP.HCM cho biết, …` → the source `Đại diện trường Quốc tế TP.HCM` (was the place `TP.HCM`,
/// then the role `Đại diện`); 2024-06-02-thay-minh-tue `đại diện chính quyền huyện Phong Điền`
/// (was the role `đại diện chính quyền`). The trace says `source: a role noun before a body at a place`.
/// Rejects: a capitalised word right after the noun (`Đại diện Thương mại Mỹ`: an office of
/// `titles.tsv`), an honorific or a title after it (`trợ lý ông Trump`, `đại diện lãnh đạo …`),
/// and a mention that ends with a person's name or with no place (`nghị sĩ đảng Cộng hòa
/// Lindsey Graham`: the person speaks).
enum SourceNounBeforePlace {
    /// Whether the source noun ending at `end` opens an unnamed source of the mention ending at `limit`.
    static func opensSource(_ tokens: [Token], nounEnd end: Int, limit: Int, lexicon: SpeakerLexicon) -> Bool {
        guard end < limit, tokens[end].kind == .word, !tokens[end].isCapitalized,
              lexicon.words.match(.honorific, in: tokens, at: end, limit: limit) == nil,
              lexicon.pronoun(in: tokens, at: end, limit: limit) == nil,
              lexicon.title(in: tokens, at: end, limit: limit) == nil else { return false }
        return endsWithPlace(tokens, from: end, limit: limit, lexicon: lexicon)
    }

    /// Whether the words `from..<limit` end with a place: capitalised words to the end (a full
    /// stop glued inside them: `TP.HCM`) that open with a place head (`TP Hà Nội`) or follow one
    /// in lower case (`huyện Phong Điền`).
    static func endsWithPlace(_ tokens: [Token], from lower: Int, limit: Int, lexicon: SpeakerLexicon) -> Bool {
        var start = limit
        while start - 1 > lower, let token = tokens[ifPresent: start - 1],
              (token.kind == .word && token.isCapitalized) || (token.key == "." && !token.spaceBefore) {
            start -= 1
        }
        guard start < limit, tokens[start].kind == .word else { return false }
        if lexicon.placeHeadEnds(tokens, before: start, from: lower) { return true }
        return limit - start > 1 && lexicon.placeHeads.value(in: tokens, range: start..<start + 1) != nil
    }
}
