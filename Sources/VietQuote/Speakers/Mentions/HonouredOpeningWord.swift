/// The first word of a name run that opens a sentence or clause is cut as a common word
/// (`Theo`, `Tại`, `Người`: `ArticleIndex.isCommonWordOpening`), but not when the article
/// writes that word right after an honorific or a pronoun (`chị Mỹ Linh`): there it is the
/// first syllable of the person's given name, and cutting it leaves a one-syllable name that
/// other people of the same syllable share (`Linh`: Mỹ Linh, Tiến Linh, chị Linh).
///
/// Recognises: silver 2024-09-26-concert-anh-trai-say-hi `Chia sẻ với Lâm Vỹ Dạ, Mỹ Linh nói đây
/// là lần đầu tiên …` beside `lần đầu được gặp chị Mỹ Linh` → `Mỹ Linh` (was `Linh`; the article
/// writes `mỹ` in lower case, `thiết kế mỹ thuật`). The trace says `name: keeps its opening word,
/// written after an honorific`.
/// Rejects: a one-word name (`OpeningGivenName`, `GivenNameOfNamedPerson` read it), and an opening
/// word the article never writes after an honorific (`Theo Linh, …`; `Tiến Linh dự đoán` stays cut
/// where the article writes `Tiến` after no honorific).
enum HonouredOpeningWord {
    /// Whether the name run `name`, opening with a common word, keeps that word.
    static func keeps(_ tokens: [Token], _ name: Range<Int>, index: ArticleIndex) -> Bool {
        name.count > 1 && tokens[name.lowerBound].kind == .word && index.writesAfterHonorific(tokens[name.lowerBound])
    }
}
