/// A country's one syllable (`Anh`, `Đức`, `Mỹ`, `Nga`: a one-word row of `actors.tsv`) counts
/// as the country only as a whole word, not as a syllable of a Vietnamese name written
/// around it. Vietnamese capitalises every syllable of a person's or a place's name, and
/// many given names and place names hold a country's syllable.
///
/// Two readings:
/// - **A given name of two country syllables**: a one-syllable side right before another
///   one-syllable side, both capitalised Vietnamese syllables with nothing between them, is a
///   given name (`Đức Anh`, `Mỹ Anh`, `Việt Anh`) where a name may stand (`standsWhereNameMay`):
///   news does write two countries side by side with no `và`, `-` or comma, but after a noun
///   (`hai nước Nga Mỹ`, `thượng đỉnh Nga Mỹ`), not at a name's place. Silver 2024-05-18-giai-duc `Theo Đức Anh, ý tưởng của ứng
///   dụng …` (the student Phùng Đức Anh) → speaker `Đức Anh`, no sides Đức and Anh
///   (`name: two country syllables in a row are a given name`).
/// - **A syllable of a place's name after a place's head**: a one-syllable side after one or
///   two capitalised Vietnamese syllables that follow a head of `place_heads.tsv`, the body's
///   own or a lower-case word of its complement (`TP Thủ Đức`, `UBND phường Trung Mỹ Tây`,
///   `huyện ủy Đông Anh`), is a syllable of the place, and the complement goes on over it
///   (`BodyNames.swift`).
///   Silver 2024-06-28-ngay-gia-dinh `TP Thủ Đức thông báo` → the body `TP Thủ Đức`, no
///   side Đức. The country may also open the place's name right after the head, one more
///   syllable ending it (`opensPlaceName`): silver 2024-05-02-chu-tich-nuoc `UBND huyện Đức Cơ`
///   → the body, not the person `Cơ` of side Đức; 2024-04-30-tran-phu `huyện Đức Thọ`.
///
/// Rejects: a side of two syllables or more (`Hàn Quốc`, `Việt Nam`); a pair that opens with a
/// pronoun (`Anh Đức cho biết`: the pronoun and the name `Đức`); a pair after a lower-case
/// content word (`Tổng thống hai nước Nga Mỹ`: two countries); a country after a
/// title or a lower-case word (`Thủ tướng Anh Keir Starmer`, `Bộ Ngoại giao Nga`); a country
/// after the words of a body written capitalised (`Bộ Quốc Phòng Mỹ`, `Trung tâm Bão Quốc
/// Gia Mỹ`: two syllables that make a word of `body_words.tsv` or `common_words.tsv`); a
/// country after capitalised syllables that follow no place's head (`Cục Tình Báo Mỹ`); a
/// country after three capitalised syllables or more; a country after a foreign name or an
/// abbreviation (`Viện Goethe Đức`, `Đội CSGT Anh`); and a country before a foreign name
/// (`Anh Keir`) or alone (`Mỹ cho biết`).
enum CountryInsideName {
    /// Whether a one-word side at `index` is the first syllable of a Vietnamese given name or
    /// place name: a Vietnamese syllable followed by one capitalised Vietnamese syllable that is
    /// no family name and ends the name (`HLV Đức Thắng`, `UBND huyện Đức Cơ`, `Trung tâm Y tế
    /// (TTYT) Mỹ Tho`, `(CDC) Nga Sơn`). The one check of the title chain (`TitleChain.swift`),
    /// the mention's side (`MentionParser.readSide`) and the side after a body's abbreviation
    /// (`SideAfterAbbreviation`). Rejects a foreign name after the country (`Thủ tướng Anh Keir
    /// Starmer`) and a full name after it (`Đại sứ Việt Nam tại Mỹ Nguyễn Quốc Dũng`).
    static func startsVietnameseName(_ length: Int, _ tokens: [Token], at index: Int, limit: Int, parser: MentionParser) -> Bool {
        let lexicon = parser.lexicon
        // (Performance only: the look-ups by token first, the syllable shapes last.)
        guard length == 1, let next = tokens[ifPresent: index + 1], index + 1 < limit, next.kind == .word, next.isCapitalized,
              lexicon.familyNames.value(in: tokens, range: index + 1..<index + 2) == nil,
              lexicon.isVietnameseSyllable(tokens[index].key), lexicon.isVietnameseSyllable(next.key) else { return false }
        return parser.nameRun(in: tokens, at: index + 1, limit: limit) == 1
    }

    /// Whether the one-syllable side at `index` and the one after it make a given name
    /// (`Đức Anh`), both before `limit`.
    static func startsGivenNamePair(_ side: (length: Int, entry: ActorEntry), _ tokens: [Token], at index: Int, limit: Int,
                                    lexicon: SpeakerLexicon) -> Bool {
        // A pronoun first (`Anh Đức cho biết`: he, Đức) is read as one (`MentionParser.readSide`).
        guard side.length == 1, index + 1 < limit, lexicon.pronoun(in: tokens, at: index, limit: index + 1) == nil,
              let next = tokens[ifPresent: index + 1], next.kind == .word,
              next.isCapitalized, !next.isAllCaps, !tokens[index].isAllCaps, next.spaceBefore,
              lexicon.actor(in: tokens, at: index + 1, limit: index + 2)?.length == 1,
              lexicon.actor(in: tokens, at: index + 1, limit: limit)?.length == 1 else { return false }
        return lexicon.isVietnameseSyllable(tokens[index].key) && lexicon.isVietnameseSyllable(next.key)
    }

    /// Whether a pair of country syllables at `index` stands where a name may: at the mention's
    /// start (from `lowerBound`), after a capitalised word or a mark (`Theo Đức Anh`), right
    /// after an honorific, a pronoun or a title (`afterWordOfName`: `em Mỹ Anh`, `sinh viên Đức
    /// Anh`), or after a function word (`khoe với Đức Anh`, `đấy thì Đức Anh`: silver). After a
    /// content word the pair is two countries written without a dash (`Tổng thống hai nước Nga
    /// Mỹ`, `thượng đỉnh Nga Mỹ`).
    static func standsWhereNameMay(_ tokens: [Token], at index: Int, from lowerBound: Int, afterWordOfName: Bool,
                                   lexicon: SpeakerLexicon) -> Bool {
        guard index > lowerBound, !afterWordOfName, let before = tokens[ifPresent: index - 1], before.kind == .word,
              !before.isCapitalized else { return true }
        return lexicon.pronoun(in: tokens, at: index - 1, limit: index) != nil
            || lexicon.words.trie.value(in: tokens, range: index - 1..<index) != nil
            || lexicon.words.matchEnding(.honorific, in: tokens, at: index, lowerBound: lowerBound) != nil
    }

    /// Whether the side at `position`, inside a body's complement that starts at `start`, is
    /// a syllable of a place's name (`Thủ Đức` of `TP Thủ Đức`).
    static func isPlaceSyllable(_ tokens: [Token], at position: Int, from start: Int, limit: Int, lexicon: SpeakerLexicon) -> Bool {
        guard let token = tokens[ifPresent: position], !token.isAllCaps,
              lexicon.actor(in: tokens, at: position, limit: limit)?.length == 1,
              lexicon.isVietnameseSyllable(token.key) else { return false }
        // The capitalised syllables right before it, inside the complement.
        var first = position
        while first > start, let before = tokens[ifPresent: first - 1], before.kind == .word, before.isCapitalized { first -= 1 }
        if first == position { return opensPlaceName(tokens, at: position, limit: limit, lexicon: lexicon) }
        guard (1...SpeakerLimits.placeSyllablesBeforeCountry).contains(position - first) else { return false }
        // They follow a place's head (`place_heads.tsv`): the body's head (`TP` of `TP Thủ Đức`) or a
        // lower-case word of the complement (`phường`, `huyện ủy`); after another head the country is
        // the body's (`Cục Tình Báo Mỹ`).
        // `TAND TP. Thủ Đức`: a head written short, then its full stop (`PlaceHeadAbbreviation`).
        let short = PlaceHeadAbbreviation.follows(tokens, at: first, lexicon: lexicon)
        if !short, first > start, let opener = tokens[ifPresent: first - 1], opener.kind != .word || opener.isCapitalized { return false }
        guard short || (1...2).contains(where: { first - $0 >= 0 && lexicon.placeHeads.value(in: tokens, range: first - $0..<first) != nil })
        else { return false }
        // A person's name after the head (`Bí thư Tỉnh ủy Trần Đức Thắng`) is no place.
        if lexicon.startsPersonalName(tokens, at: first) { return false }
        for syllable in first..<position {
            let word = tokens[syllable]
            guard !word.isAllCaps, lexicon.isVietnameseSyllable(word.key),
                  lexicon.actor(in: tokens, at: syllable, limit: position + 1) == nil else { return false }
            // `Quốc Phòng`, `Quốc Gia`: the body's words written capitalised, then its country.
            let pair = syllable..<syllable + 2
            if lexicon.bodyWords.value(in: tokens, range: pair) != nil || lexicon.commonWords.value(in: tokens, range: pair) != nil {
                return false
            }
        }
        return true
    }

    /// Whether the country at `position` opens a place's name right after a place's head
    /// (`place_heads.tsv`, the body's own head or a lower-case word before it: `huyện Đức Cơ`,
    /// `UBND huyện Đức Cơ`, `TP Mỹ Tho`): one capitalised Vietnamese syllable follows that no
    /// personal name starts and that ends the name. Rejects a country after any other word
    /// (`Bộ Ngoại giao Nga`), one with nothing or a foreign name after it (`tỉnh Nga`, `TP Anh
    /// Keir`), and one before a run of capitalised syllables (`huyện Mỹ Nguyễn Văn An`).
    private static func opensPlaceName(_ tokens: [Token], at position: Int, limit: Int, lexicon: SpeakerLexicon) -> Bool {
        guard position + 1 < limit, let next = tokens[ifPresent: position + 1], next.kind == .word, next.isCapitalized,
              !next.isAllCaps, next.spaceBefore, lexicon.isVietnameseSyllable(next.key),
              lexicon.actor(in: tokens, at: position + 1, limit: position + 2) == nil,
              tokens[ifPresent: position + 2].map({ $0.kind != .word || !$0.isCapitalized }) ?? true,
              !lexicon.startsPersonalName(tokens, at: position + 1) else { return false }
        return (1...2).contains { position - $0 >= 0 && lexicon.placeHeads.value(in: tokens, range: position - $0..<position) != nil }
    }
}
