/// A country's one syllable (`Anh`, `Đức`, `Mỹ`, `Pháp`, `Lào`, `Áo`: a one-word row of
/// `actors.tsv`) inside a Vietnamese name or a common word names no side in a quote's
/// content. Vietnamese capitalises every syllable of a person's or a place's name, and many
/// given names, places and common words hold a country's syllable; read as sides, they made
/// quotes about home affairs "relate two sides" for `RelationGate` (a VN police quote naming
/// `Nguyễn Tuấn Anh`, a religious body naming `Thích Nhuận Đức`, a district `Đông Anh`).
///
/// A one-word side in a quote's content is no side when, in its clause and with nothing but a
/// space between:
/// - it starts a common word with the lower-case syllable after it (`body_words.tsv`, the
///   list `SideStartsWord` reads for mentions: `Anh hùng`, `Pháp luật`, `Ý kiến`);
/// - a lower-case word of `function_words.tsv` class `countryModifier` ends right before it
///   (`tiếng Anh`: a language, `bóng đá Anh`, `ngoại hạng Anh`: a league);
/// - it ends a Vietnamese name: a capitalised Vietnamese syllable stands right before it that
///   is neither the clause's first word (capitalised by its place) nor a side, a title or the
///   end of a capitalised body's words (`Quốc Phòng`, `Tổng Thống`: `body_words.tsv`, a
///   pair of `common_words.tsv`), the side itself a Vietnamese syllable — `Lan Anh`, `Quế Anh`,
///   `Hoài Đức`, `Đông Anh`, `Bắc Mỹ`, `Thủ Đức`, `Hộ Pháp` (`miền Đông Ukraine` keeps Ukraine).
///   One syllable that is also a common word is no body's end: most name syllables are words
///   (`thủ`, `hộ`, `nhuận` in `TP Thủ Đức`, `chùa Hộ Pháp`, `Thích Nhuận Đức`);
/// - it starts a two-syllable Vietnamese name: one capitalised Vietnamese syllable follows
///   that is no family name, no side and no side's start, and ends the name — `Mỹ Linh`,
///   `Lào Cai`, `Pháp Vân`, `Đức Phật` — unless a title or a lower-case word of office stands
///   before it (read as a side then, `Đại sứ Mỹ Marc Knapper` has a foreign name anyway).
///
/// Example: silver 2024-11-09-fmovies, the Hanoi police `đã khởi tố vụ án, khởi tố bị can với
/// Phan Thành Công và Nguyễn Tuấn Anh để điều tra về tội Xâm phạm quyền tác giả`: `Anh` ends a
/// name, no United Kingdom; the quote names no side but its speaker's and is no relation.
/// Silver 2024-04-15-tim-cook `Cảm ơn những nghệ sỹ tài năng Mỹ Linh và Mỹ Anh`: two singers.
/// Rejects: a side of two syllables or more (`Việt Nam`, `Hàn Quốc`); a side after a
/// lower-case word (`Thủ tướng Anh`, `Bộ Ngoại giao Nga`); a side at its
/// clause's start (`Đức cho biết`, `Nga Ukraine`); a side before a foreign name (`Thủ tướng Anh
/// Keir Starmer`), before or after another side (`Mỹ Nga`, `quan hệ Việt Nam Lào`), before
/// three capitalised syllables (a side before a name after a title: `Tổng thống Mỹ Joe
/// Biden`); a side after a capitalised body's words (`Bộ Quốc Phòng Mỹ`) or a title written
/// capitalised (`Tổng Thống Mỹ`); a side after a dash or comma (`Mỹ - Trung`).
/// Evidence: a quote polar as scored whose content holds such a syllable carries a modifier
/// record `side-syllable` (factor 0, no weight) for each one: its relation was read without it.
enum SideSyllableRule {
    /// Whether the side at `range` of `spans` is a syllable of a name or a common word (see
    /// the type's comment).
    static func isSyllable(_ spans: borrowing WordSpans, _ range: Range<Int>, names: SpeakerLexicon) -> Bool {
        guard range.count == 1 else { return false }
        let words = spans.words
        let index = range.lowerBound
        guard !words[index].isAllCaps else { return false }
        let clause = spans.clause(of: index)
        let next = index + 1 < words.count && spans.clause(of: index + 1) == clause && adjacent(spans, index, index + 1) ? index + 1 : nil
        let before = index > 0 && spans.clause(of: index - 1) == clause && adjacent(spans, index - 1, index) ? index - 1 : nil
        if let next, !words[next].isCapitalized, words[next].kind == .word,
           names.bodyWords.value(in: words, range: index..<next + 1) != nil {
            return true
        }
        if let before, !words[before].isCapitalized, modifiesCountry(words, endingAt: index, names: names) { return true }
        // (Whether the side is a Vietnamese syllable is read once, and only after the cheap
        // tests of the word before or after: it reads the key's letters, ~2,800 instructions.)
        var sideIsSyllable: Bool?
        func isVietnamese() -> Bool {
            if let known = sideIsSyllable { return known }
            let found = names.isVietnameseSyllable(words[index].key)
            sideIsSyllable = found
            return found
        }
        if let before, endsName(spans, before: before, clause: clause, names: names, sideIsSyllable: isVietnamese) {
            return true
        }
        if let next, startsName(spans, at: index, next: next, names: names, sideIsSyllable: isVietnamese) { return true }
        return false
    }

    /// Whether a `countryModifier` phrase of `function_words.tsv` ends right before `end`.
    private static func modifiesCountry(_ words: WordSpans.Words, endingAt end: Int, names: SpeakerLexicon) -> Bool {
        (1...SideSyllableLimits.modifierWords).contains { length in
            end - length >= 0 && names.words.match(.countryModifier, in: words, at: end - length, limit: end) == length
        }
    }

    /// Whether the capitalised word at `before` is a Vietnamese name's syllable that the side
    /// after it ends.
    /// `sideIsSyllable`: whether the side itself is a Vietnamese syllable (read last).
    private static func endsName(_ spans: borrowing WordSpans, before: Int, clause: Int, names: SpeakerLexicon,
                                 sideIsSyllable: () -> Bool) -> Bool {
        let words = spans.words
        let word = words[before]
        guard word.kind == .word, word.isCapitalized, !word.isAllCaps, before > 0, spans.clause(of: before - 1) == clause,
              names.isVietnameseSyllable(word.key), names.actor(in: words, at: before, limit: before + 1) == nil,
              sideIsSyllable() else { return false }
        // A side ends no name after another side's word (`Việt Nam Lào`), a title or a body's
        // words written capitalised (`Tổng Thống Mỹ`, `Bộ Quốc Phòng Mỹ`). A pair of common
        // words counts (`Quốc Phòng`); one common syllable alone does not: most Vietnamese
        // name syllables are also words (`Thủ Đức`, `Nhuận Đức`, `Hộ Pháp`).
        for start in max(0, before - SideSyllableLimits.wordsBefore + 1)...before {
            let span = start..<before + 1
            if names.actor(in: words, at: start, limit: before + 1)?.length == span.count
                || names.titles.value(in: words, range: span) != nil
                || names.bodyWords.value(in: words, range: span) != nil
                || (span.count >= 2 && names.commonWords.value(in: words, range: span) != nil) {
                return false
            }
        }
        return true
    }

    /// Whether the side at `index` starts a two-syllable Vietnamese name with the word `next`.
    /// `sideIsSyllable`: whether the side at `index` is a Vietnamese syllable.
    private static func startsName(_ spans: borrowing WordSpans, at index: Int, next: Int, names: SpeakerLexicon,
                                   sideIsSyllable: () -> Bool) -> Bool {
        let words = spans.words
        let word = words[next]
        guard word.kind == .word, word.isCapitalized, !word.isAllCaps, sideIsSyllable(),
              names.isVietnameseSyllable(word.key), names.familyNames.value(in: words, range: next..<next + 1) == nil,
              names.actor(in: words, at: next, limit: words.count) == nil else { return false }
        // The name ends at `next`: no capitalised word after it.
        if next + 1 < words.count, words[next + 1].isCapitalized, adjacent(spans, next, next + 1) { return false }
        // After a title the side is the title's (`Thủ tướng Anh`); a name after it is a person.
        for start in max(0, index - SideSyllableLimits.wordsBefore)..<index
        where names.titles.value(in: words, range: start..<index) != nil {
            return false
        }
        return true
    }

    /// Whether the words at `first` and `second` stand with one space between (no mark).
    private static func adjacent(_ spans: borrowing WordSpans, _ first: Int, _ second: Int) -> Bool {
        spans.offsets(first..<first + 1).upperBound + 1 == spans.offsets(second..<second + 1).lowerBound
    }

    /// The syllables of `spans` that name no side (each a one-word `actors.tsv` phrase that
    /// `isSyllable` reads), as modifier records `side-syllable`.
    static func evidence(_ spans: borrowing WordSpans, names: SpeakerLexicon) -> [StanceEvidence] {
        evidence(spans, actors: ActorStarts(spans, names: names), names: names)
    }

    /// `evidence(_:names:)` of words whose sides `actors` holds (read once per quote).
    static func evidence(_ spans: borrowing WordSpans, actors: ActorStarts, names: SpeakerLexicon) -> [StanceEvidence] {
        var records: [StanceEvidence] = []
        for actor in actors.entries where actor.actorStarts && actor.length == 1 {
            let index = actor.index
            guard isSyllable(spans, index..<index + 1, names: names) else { continue }
            let found = spans.found(index..<index + 1)
            records.append(StanceEvidence(kind: .modifier, text: found.text, category: StanceModifierName.sideSyllable.rawValue,
                                          weight: 0, contribution: 0, range: found.offsets))
        }
        return records
    }
}

/// The limits `SideSyllableRule` reads.
enum SideSyllableLimits {
    /// The most words of a `countryModifier` phrase (`bóng đá`, `đội tuyển`): two.
    static let modifierWords = 2
    /// The most words of a title or a body's words read before a side (`Tổng Thư Ký`): three.
    static let wordsBefore = 3
}
