/// A capitalised one-word name opening the sentence before a lower-case word (the cue or an
/// adverb before it) that is a common word too (`Thành`, `Phương`, `Trí`: `thành phố`,
/// `phương án`, `giải trí`) names a person all the same when the article has introduced that
/// person before: Vietnamese news calls a person by the last syllable of the full name once
/// it is given (`… em Phạm Đức Thành (phường Hiến Nam, thành phố Hưng Yên) không hề thấy
/// buồn. Thành chia sẻ: …`, silver 2024-09-16-tet-trung-thu → Phạm Đức Thành).
/// `ArticleIndex.isCommonWordOpening` dropped such a word before `NameRule` read it, so the
/// index never looked up the fuller name (issue 14, sample11 §1: 187 silver quotes had no
/// speaker, most of them so).
///
/// Recognises, in the article before the mention:
/// - `givenNameOfNamedPerson`: the article's fullest name run holding the word (`ArticleIndex.fullest`,
///   the one `NameRule` then takes) has two words or more, ends in the word, and is a person:
///   its first word a family name of `family_names.tsv`, a title written with it, or 2–4
///   Vietnamese syllables, none in capitals (`Hoài An`, `Linh Chi`);
/// - `givenNameWrittenAsName`: no fuller name, but the article writes the word, a Vietnamese
///   syllable, alone as a name inside a sentence (`Tuệ thương Trí`, `chị Hậu`), and news
///   capitalises it often enough to be a name (`common_words.tsv` cap_share at least `SpeakerLimits.givenNameCapitalShare`:
///   `trí` 0.07, `lý` 0.10, `nghĩa` 0.21).
///
/// Rejects first, as `OpeningGivenName` does through `MentionParser.isWordSyllable`, a word that
/// starts a word with the next one: the article writes the pair in lower case (`Thông tin ban
/// đầu cho biết` after `Nguyễn Văn Thông`: `thông tin` elsewhere).
/// Rejects: a function word, pronoun or kin word (`Người`, `Con`, `Mẹ`, `Cũng`), a body head
/// (`Trường thông báo`), a title; a fuller name written only after the mention, or one in
/// which the word is not last (`Thành` with only `Trần Thành Long`: another person); a fuller
/// run that is no person (`Han Tan Exinity Group`, a caption in capitals `NAM ĐỊNH PHẠT GÓC
/// Xem`, `Người Con Thần Linh` opened by a function word); without a fuller name, a word news writes
/// capitalised too seldom (`như` 0.026: `Như đã nói, …` is the writer's), or no Vietnamese
/// syllable (`Code yêu cầu cấp độ`, silver 2024-06-21-honor-of-kings: a game code, no person).
struct GivenNameOfNamedPerson: Sendable {
    let lexicon: SpeakerLexicon

    /// The rule that takes the one-word `name` opening a sentence for a person, or nil.
    func rule(_ tokens: [Token], _ name: Range<Int>, index: ArticleIndex) -> SpeakerRule? {
        guard name.count == 1 else { return nil }
        let token = tokens[name.lowerBound]
        guard token.kind == .word, token.isCapitalized, !token.isAllCaps,
              let next = tokens[ifPresent: name.upperBound], next.kind == .word, !next.isCapitalized,
              lexicon.words.trie.value(in: tokens, range: name) == nil,
              lexicon.pronouns.value(in: tokens, range: name) == nil,
              !lexicon.isBareBodyHead(tokens, name), lexicon.bodyHeads.value(in: tokens, range: name) == nil,
              lexicon.title(in: tokens, at: name.lowerBound, limit: name.upperBound) == nil else { return nil }
        let key = token.key
        guard let run = index.fullest([key]), run.span.lowerBound < token.start,
              let last = run.keys.last, ByteKey.sameBytes(last, key) else { return nil }
        if run.keys.count > 1 {
            guard isPerson(run, index: index) else { return nil }
            return .givenNameOfNamedPerson
        }
        guard lexicon.isVietnameseSyllable(key),
              (lexicon.commonWords.value(in: tokens, range: name) ?? 1) >= SpeakerLimits.givenNameCapitalShare else { return nil }
        return .givenNameWrittenAsName
    }

    /// Whether the one-word `name` and the word after it are written in lower case elsewhere in
    /// the article, outside links (`thông tin`): the first syllable of a word, no given name.
    static func startsLowercaseWord(_ tokens: [Token], _ name: Range<Int>, index: ArticleIndex) -> Bool {
        guard name.count == 1, let next = tokens[ifPresent: name.upperBound], next.kind == .word else { return false }
        return index.writesLowercaseOutsideLinks(tokens[name.lowerBound], before: next)
    }

    /// Whether the name run is a person's: a family name first, a title of its own, or 2–4
    /// Vietnamese syllables, the first no function word (`Hoài An`; not `Người Con Thần Linh`,
    /// the fuller run of `Linh mục này`).
    private func isPerson(_ run: ArticleIndex.Run, index: ArticleIndex) -> Bool {
        // A caption or headline in capitals (`NAM ĐỊNH PHẠT GÓC Xem`): no person's name.
        guard !run.text.split(separator: " ").contains(where: { $0.count > 1 && $0 == $0.uppercased() }) else { return false }
        if lexicon.familyNames.value(for: [run.keys[0]]) != nil || index.title(of: run.keys) != nil { return true }
        return lexicon.words.trie.value(for: [run.keys[0]]) == nil && SpeakerLimits.fullVietnameseNameWords.contains(run.keys.count)
            && run.keys.allSatisfy { lexicon.isVietnameseSyllable($0) }
    }
}
