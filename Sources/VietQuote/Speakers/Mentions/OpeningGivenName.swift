/// A one-word given name opening a sentence before a lower-case word (`Diệp nghẹn ngào:`,
/// silver 2024-05-16-nguoi-mot-nha-tap-15; `Thái lạnh lùng`, `Phùng cương quyết`): a person,
/// not the first syllable of a common word, which `MentionParser.isWordSyllable` takes every
/// capitalised syllable opening a sentence to be (`Đào tạo`, `Xã hội`).
///
/// Recognises such a word when the article also names it as a person away from a sentence's
/// start (a name run of `ArticleIndex`: `… Trí và Diệp …`, `bà Diệp`), never writes it in lower
/// case, and it is no body head nor function word, it is no word that news writes in lower case
/// and the pair it makes with the next word is no row of `common_words.tsv` nor `body_words.tsv`.
/// Rejects: `Đào tạo …`, `Trung ương …` (common pairs, a body word), `Bộ …` (a body head), `Nam ca sĩ`, `Nam
/// hoạ sĩ` (a gender word before a title), a syllable the article writes in lower case, and a
/// word the article names nowhere else (the mention reads as before).
struct OpeningGivenName {
    let lexicon: SpeakerLexicon

    /// Whether the one-word `name` opening a sentence is a given name the article uses.
    func isName(_ tokens: [Token], _ name: Range<Int>, index: ArticleIndex) -> Bool {
        guard name.count == 1, name.lowerBound == 0 || tokens[name.lowerBound - 1].kind != .word,
              let next = tokens[ifPresent: name.upperBound], next.kind == .word, !next.isCapitalized,
              !lexicon.isBareBodyHead(tokens, name), lexicon.bodyHeads.value(in: tokens, range: name) == nil,
              !index.writesLowercase(tokens[name.lowerBound]) else { return false }
        guard (lexicon.commonWords.value(in: tokens, range: name) ?? 1) > SpeakerLimits.syllableCapitalShare,
              lexicon.commonWords.value(in: tokens, range: name.lowerBound..<name.upperBound + 1) == nil,
              lexicon.bodyWords.value(in: tokens, range: name.lowerBound..<name.upperBound + 1) == nil,
              lexicon.words.trie.value(in: tokens, range: name) == nil,
              lexicon.title(in: tokens, at: name.upperBound, limit: tokens.count) == nil else { return false }
        return index.fullest([tokens[name.lowerBound].key]) != nil
    }
}
