/// A capitalised name whose last capitalised syllable starts a two-syllable word written on in
/// lower case goes on through the word's second syllable: Vietnamese capitalises only the first
/// syllable of each word of a name, so `Tiểu` of `Trường Tiểu học Tân Hải` is the word `tiểu
/// học` (primary school), not the end of the name. The words are those of
/// `lowercase_pairs.tsv` (mined from the silver corpus: frequent and cohesive pairs written
/// wholly in lower case). After the completed word, one more whole lower-case word of that list
/// that ends the mention is the name's too (`Hội Vật liệu xây dựng`: a name written in sentence
/// case).
///
/// Recognises: silver 2024-10-20-hoa-dep `Phó Hiệu trưởng Trường Tiểu học Tân Hải cho biết` →
/// `Trường Tiểu học Tân Hải` (was `Trường Tiểu`); silver 2024-04-17-vietnam `Chủ tịch Hội Vật
/// liệu xây dựng cho biết` → `Hội Vật liệu xây dựng` (was `Hội Vật`). The speaker's trace says
/// `name: goes on through a word written on in lower case`.
/// Rejects: a run's first word (`Hình ảnh Midu`, `Tuy nhiên`: a capital at a sentence start says
/// nothing of a name; the word needs a capitalised word of the name before it), a syllable that starts a cue (`Tuấn cho biết`), a capitalised word in capitals (an
/// acronym is a whole word), a syllable that makes a more cohesive word with the one after it
/// (`Nobel Y sinh năm 1913`: `sinh năm` holds better than `y sinh`), and a personal name (one
/// that starts with a family name or follows an honorific: `ông Nam sinh năm 1990`).
enum WordCompletedInLowerCase {
    /// The number of lower-case syllables at `position` that go on with the name run from
    /// `index` (which ends at `position`): 0 when the syllable completes no word.
    static func length(_ tokens: [Token], at position: Int, after index: Int, limit: Int, lexicon: SpeakerLexicon) -> Int {
        guard position > index + 1, position < limit, tokens[position - 2].kind == .word, tokens[position - 2].isCapitalized, let last = tokens[ifPresent: position - 1], last.kind == .word,
              last.isCapitalized, !last.isAllCaps, isLowerCase(tokens, at: position),
              let cohesion = lexicon.lowercasePairs.value(in: tokens, range: position - 1..<position + 1),
              lexicon.cues.match(in: tokens, at: position, limit: limit) == nil,
              !isPersonalName(tokens, from: index, lexicon: lexicon) else { return 0 }
        if isLowerCase(tokens, at: position + 1),
           let next = lexicon.lowercasePairs.value(in: tokens, range: position..<position + 2), next > cohesion { return 0 }
        return 1 + wordEndingName(tokens, at: position + 1, limit: limit, lexicon: lexicon)
    }

    /// 2 when a whole lower-case word of `lowercase_pairs.tsv` stands at `position` and ends the
    /// mention or comes before a word that is not in lower case; 0 otherwise.
    private static func wordEndingName(_ tokens: [Token], at position: Int, limit: Int, lexicon: SpeakerLexicon) -> Int {
        guard position + 2 <= limit, isLowerCase(tokens, at: position), isLowerCase(tokens, at: position + 1),
              lexicon.lowercasePairs.value(in: tokens, range: position..<position + 2) != nil,
              lexicon.cues.match(in: tokens, at: position, limit: limit) == nil,
              position + 2 == limit || !isLowerCase(tokens, at: position + 2) else { return 0 }
        return 2
    }

    /// Whether the run at `index` is a Vietnamese personal name: it starts with a family name, or
    /// an honorific or pronoun stands before it.
    private static func isPersonalName(_ tokens: [Token], from index: Int, lexicon: SpeakerLexicon) -> Bool {
        if lexicon.startsPersonalName(tokens, at: index) { return true }
        guard index > 0 else { return false }
        return lexicon.words.matchEnding(.honorific, in: tokens, at: index, lowerBound: max(0, index - 2)) != nil
            || lexicon.pronoun(in: tokens, at: index - 1, limit: index) != nil
    }

    private static func isLowerCase(_ tokens: [Token], at position: Int) -> Bool {
        guard let token = tokens[ifPresent: position] else { return false }
        return token.kind == .word && !token.isCapitalized
    }
}
