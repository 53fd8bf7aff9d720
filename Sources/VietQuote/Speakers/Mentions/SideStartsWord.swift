/// A side's one syllable that starts a common word with the lower-case syllable after it is
/// that word, not the side: `Anh trai` (brother; also the TV show `Anh trai vượt ngàn chông
/// gai`), `Anh em`, `Pháp luật`, `Ý kiến`. The words are those of `body_words.tsv` that begin
/// with a side's syllable (mined: written wholly in lower case >= 100 times in the silver
/// corpus; >= 40 times for a syllable news never writes alone in lower case: `Mỹ nhân`, the
/// beauty), the list the body-name grammar reads for the same reason (`BodyNames.swift`).
///
/// Recognises: silver 2024-07-02-anh-trai-vuot-chong-gai `phía nhà sản xuất Anh trai vượt
/// ngàn chông gai chia sẻ rằng …` — no United Kingdom speaks (`no side: the country starts a
/// common word`).
/// Rejects: a side of two syllables or more (`Trung Quốc`, `Hàn Quốc`), a capitalised
/// syllable after it (`Anh Tú`: a name, read by the name run), a syllable after it that
/// makes no such word (`Anh cho biết`, `Nga tuyên bố`), and a pair cut by the mention's end.
enum SideStartsWord {
    static func applies(_ side: (length: Int, entry: ActorEntry), _ tokens: [Token], at index: Int, limit: Int,
                        lexicon: SpeakerLexicon) -> Bool {
        guard side.length == 1, index + 2 <= limit, let next = tokens[ifPresent: index + 1],
              next.kind == .word, !next.isCapitalized else { return false }
        return lexicon.bodyWords.value(in: tokens, range: index..<index + 2) != nil
    }
}
