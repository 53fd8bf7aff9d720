/// A one-word name right after an honorific (`ông`, `bà`, `ngài`: class `honorific` of
/// function_words.tsv) or any row of speaker_pronouns.tsv (`anh`, `chị`, `em`, also `cô`, `chú`,
/// `bác`, `vị`, `hắn`: each is written before a person's name, and a title after `vị` is read
/// first, `vị Thượng tọa`) is a given name, not the first syllable of a common word, though
/// `MentionParser.isWordSyllable` takes a capitalised syllable before a lower-case word that
/// news mostly writes in lower case for one (`An`, `Chính`, `Thư`, `Xinh`, `Quyết`). An
/// honorific stands before a person's name; `ArticleIndex` reads the article's name runs so
/// already (`afterHonorific`). The speaker's trace says `name: a given name after an honorific`.
///
/// Recognises: silver 2025-02-17 `…", ông Chính lo lắng nói.` → `Chính` (was the words `Chính lo
/// lắng`, an unnamed source); 2024-05-02-nguoi-mot-nha-tap-11 `bà Thư lạnh lùng nói: "…"` → `Thư`;
/// 2024-08-28-patek-philippe `ông An đồng ý nhưng thông báo …` → `An` (and the article's fuller name);
/// `anh Phúc bức xúc cho biết` → `Phúc`.
/// Rejects: a body head after the honorific (`ông Bộ`), a name of more than one word (read as
/// before), and a word with no honorific right before it (`Chính phủ cho biết`).
struct GivenNameAfterHonorific {
    let lexicon: SpeakerLexicon

    /// Whether the one-word `name` stands right after an honorific or a pronoun used as one.
    func isName(_ tokens: [Token], _ name: Range<Int>) -> Bool {
        guard name.count == 1, name.lowerBound > 0, tokens[name.lowerBound - 1].kind == .word,
              !lexicon.isBareBodyHead(tokens, name), lexicon.bodyHeads.value(in: tokens, range: name) == nil else { return false }
        let before = name.lowerBound - 1
        return lexicon.words.isWord(tokens, at: before, .honorific) || lexicon.pronouns.value(in: tokens, range: before..<name.lowerBound) != nil
    }
}
