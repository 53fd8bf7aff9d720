/// A name run never starts inside a country's name of two syllables or more: the syllable
/// right after a capitalised one that opens a side of `actors.tsv` of that length is the
/// country's, not a name's first word (`Trung Quốc`, `Hàn Quốc`, `Thái Lan`, `Việt Nam`).
/// A body's or a title's words read before it can take the country's first syllable
/// (`Hãng thời trang nhanh Trung`, `tuyển Thái`), and the name then began at the second.
/// Read where a mention's words are parsed (`MentionParser`) and where the article's names
/// are indexed (`ArticleIndex`), not inside a body's name (`Giáo hội Phật giáo Việt Nam`).
///
/// Recognises (read16 #65, silver 2024-05-29-shein): `hãng thời trang nhanh Trung Quốc Shein`
/// → the name `Shein`, not `Quốc Shein`; `Ngôi sao tuyển Thái Lan Supachok Sarachat`
/// (2024-12-31-viet-nam---thai-lan) → `Supachok Sarachat`; `nhóm nhạc nam Hàn Quốc BTS`
/// (2024-10-17-bruno-mars) → `BTS` (`countryTailNoName`); `tuyển Bồ Đào Nha Roberto Martinez`
/// (2024-06-18-pepe) → `Roberto Martinez`.
/// Rejects: a one-syllable side before the word (`Đức Huy`, `Mỹ Tâm`: a given name may hold
/// it, `CountryInsideName`); a side whose first syllable is in lower case (`tiếng Việt Nam`
/// is no side's start written so in a name).
enum CountryTailOpensNoName {
    /// The most syllables of a side before the word: `Bồ Đào` of `Bồ Đào Nha`.
    static let syllablesBefore = 2

    /// Whether the word at `index` continues a side of two words or more that starts one or two words before it.
    static func applies(_ tokens: [Token], at index: Int, limit: Int, lexicon: SpeakerLexicon) -> Bool {
        guard index < limit else { return false }
        return (1...syllablesBefore).contains { back in
            guard index - back >= 0, (index - back..<index).allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized && !tokens[$0].isAllCaps })
            else { return false }
            // The side's own words only, no prefix (`Phía`, `phía`): the prefix is no country's syllable.
            return (lexicon.actors.longestMatch(in: tokens, at: index - back, limit: limit, where: { !$0.isAcronym })?.length ?? 0) > back
        }
    }
}
