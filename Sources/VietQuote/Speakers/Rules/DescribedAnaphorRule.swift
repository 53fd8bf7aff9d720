/// A described anaphor, a noun and a demonstrative (class `anaphor_mark` of
/// `function_words.tsv`: `này`, `ấy`, `đó`), stands for the one the article named before with
/// that noun (issue 14 items 2 and 7):
/// - a body head (`Sở này`, `Đơn vị này`, `Công ty này`) → the body named before with the same
///   head (`BareHeadBody`), `anaphor: the body named before with this head`;
/// - a noun of one person (a title of titles.tsv or class `person_noun`: `Nhà phân tích này`,
///   `Người thầy này`, `Học sinh này`) → going back from the mention through its paragraph and
///   the one before, the first of: the same noun with a name right after it (`nhà phân tích
///   Jorge Leon`: `anaphor: the person named after the same noun before`), the same noun
///   without one (`một phụ huynh`: an unnamed source that keeps its words, `anaphor:
///   introduced before without a name, an unnamed source`), or a name written right after a
///   title or an honorific (`anaphor: the nearest person named before`). A title's anaphor
///   (`Luật sư này`) takes only the first: the rest is `RoleRule`'s. A `party_noun`'s
///   (`Nạn nhân này`, `Bệnh nhân này`) takes only the first two: a victim is not the doctor
///   or the suspect named nearer.
///   The nearest person is the nearest name run of a person going back (a Vietnamese
///   personal name, a name the article writes after an honorific, or a name right after an
///   honorific or, of two words or more, a title), taken when written as a person there
///   (after an honorific, a pronoun or a title). One not written so is passed, but no older
///   other person is taken over it (silver 2024-06-17-ronaldinho: the same person is).
///
/// Recognises: silver 2024-05-02-lich-nghi-he-2024 `Sở GD-ĐT Hà Nội cũng đặc biệt nhấn mạnh,
/// … Sở này cũng cho biết, …` → Sở GD-ĐT Hà Nội (was the unnamed `Sở này`); 2024-05-31-hagl
/// `HLV Vũ Tiến Thành tố trọng tài … Nhà cầm quân này đã chỉ trích trọng tài` → Vũ Tiến Thành;
/// 2024-07-18-ro `Nhà phân tích Jorge Leon của công ty … Cũng theo nhà phân tích này, …` →
/// Jorge Leon.
/// An honorific + demonstrative (`bà này`) is read as a person noun, never a speaker before it:
/// silver 2024-11-12 `Bà Antonia Orellana, Bộ trưởng … xác nhận …, bà này cho biết thêm` →
/// Antonia Orellana (was the name `này`); found no one, it has no name.
/// Rejects (review13 M3): one capitalised word after a title that no honorific precedes in
/// the article (`Trưởng khoa Cấp cứu`, `đội trưởng Tam sư`: silver 2024-06-23-euro-23-6 `tiền
/// bối Gary Lineker khi ông này chỉ trích` took `Tam`; `lãnh đạo VFF`).
/// Rejects: a noun of a thing (`Điều này`, `Cuốn tiểu thuyết này`: no body head, no person
/// noun), a mention with a capitalised word after its first (`Nữ diễn viên người Cuba này`:
/// other rules read the name), a lexicon anaphor (`Bộ này`, `nước này`: `PronounRule`, before
/// this rule), and a person noun with nothing of the kind before it in its paragraph and the
/// `SpeakerLimits.describedAnaphorParagraphsBefore` before it (at most
/// `SpeakerLimits.describedAnaphorTokensBefore` tokens back): later rules read it as before.
/// A body head with no body of that head before it is an unnamed source that keeps its words,
/// never a syllable of a name (`anaphor: nothing named before, an unnamed source`).
struct DescribedAnaphorRule: SpeakerSieve {
    func decide(_ mention: inout MentionContext) -> SpeakerDecision? {
        guard let noun = Self.noun(of: mention) else { return nil }
        let tokens = mention.tokens
        if mention.lexicon.isBareBodyHead(tokens, noun) {
            if var body = BareHeadBody.body(for: mention, head: noun) {
                body.mention = mention.text
                return SpeakerDecision(body, .anaphorBodyBefore)
            }
            return SpeakerDecision(Speaker(name: mention.text, mention: mention.text, kind: .source), .anaphorUnresolved)
        }
        guard let kind = personNoun(noun, mention) else { return nil }
        if let found = antecedent(of: noun, kind: kind, mention) { return found }
        // An honorific + demonstrative (`ông này`) describes no one: no name, never the
        // syllable `này` (silver 2024-06-23 had the name `này`).
        return kind == .honorific
            ? SpeakerDecision(Speaker(name: "", mention: mention.text, kind: .source), .anaphorUnresolved) : nil
    }

    /// How a noun names one person: a `person_noun`, a title of titles.tsv, or an honorific
    /// (`ông này`, `bà này`: the person last named, not the last who spoke).
    enum PersonNoun { case personNoun, title, honorific }

    /// The noun of a described anaphor: the mention without its last word, a demonstrative.
    /// Nil when the mention is no such anaphor.
    static func noun(of mention: MentionContext) -> Range<Int>? {
        let tokens = mention.tokens, range = mention.range
        guard range.count >= 2, range.allSatisfy({ tokens[$0].kind == .word }),
              !range.dropFirst().contains(where: { tokens[$0].isCapitalized }),
              mention.words.isWord(tokens, at: range.upperBound - 1, .anaphorMark) else { return nil }
        return Range(from: range.lowerBound, to: range.upperBound - 1)
    }

    /// How the words of `noun` name one person: a `person_noun`, or a title of titles.tsv
    /// (whole, perhaps after `vị`, a pronoun of speaker_pronouns.tsv); nil for another noun.
    private func personNoun(_ noun: Range<Int>, _ mention: MentionContext) -> PersonNoun? {
        let tokens = mention.tokens
        if mention.words.match(.personNoun, in: tokens, at: noun.lowerBound, limit: noun.upperBound) == noun.count { return .personNoun }
        if mention.words.match(.honorific, in: tokens, at: noun.lowerBound, limit: noun.upperBound) == noun.count { return .honorific }
        var start = noun.lowerBound
        if let pronoun = mention.lexicon.pronoun(in: tokens, at: start, limit: noun.upperBound), pronoun < noun.count { start += pronoun }
        return mention.lexicon.title(in: tokens, at: start, limit: noun.upperBound)?.length == noun.upperBound - start ? .title : nil
    }

    /// Going back from the mention through its paragraph and the
    /// `SpeakerLimits.describedAnaphorParagraphsBefore` before it, the first of: the noun again,
    /// with the person named right after it or (a `person_noun`) unnamed, or (a `person_noun`)
    /// a person named right after an honorific or a title. A title's anaphor (`Luật sư này`,
    /// `tiền vệ này`) takes only its noun with a name: the nearest speaker of that title is
    /// `RoleRule`'s, after this rule (silver: the nearest titled name was another player, or
    /// the defendant the lawyer spoke of).
    /// An honorific's anaphor (`bà này`) takes the honorific with a name (`Bà Antonia
    /// Orellana`) or a person introduced, never an honorific without one (a pronoun again).
    private func antecedent(of noun: Range<Int>, kind: PersonNoun, _ mention: MentionContext) -> SpeakerDecision? {
        let titled = kind == .title
        let tokens = mention.tokens
        // A title's or a party's noun takes only that noun again (`sameNounOnly`).
        let sameNounOnly = titled
            || (kind == .personNoun && mention.words.match(.partyNoun, in: tokens, at: noun.lowerBound, limit: noun.upperBound) == noun.count)
        let nounTokens = tokens[from: noun.lowerBound, upTo: noun.upperBound]
        var passed: [String]?
        for stretch in LookBack.stretches(before: mention, paragraphs: SpeakerLimits.describedAnaphorParagraphsBefore,
                                          tokens: SpeakerLimits.describedAnaphorTokensBefore) {
            let words = stretch.words, bound = stretch.bound
            for start in stride(from: bound - 1, through: stretch.first, by: -1) where words[start].kind == .word {
                if start + noun.count <= bound,
                   zip(words[from: start, upTo: start + noun.count], nounTokens).allSatisfy({ $0.hasSameKey(as: $1) }) {
                    let after = start + noun.count
                    if after < bound, words[after].isCapitalized,
                       case let run = mention.resolver.parser.nameRun(in: words, at: after, limit: bound), run > 0 {
                        return SpeakerDecision(Self.person(words, after..<after + run, mention), .anaphorNamedAfterNoun)
                    }
                    if titled { return nil }
                    if kind == .honorific { continue }
                    return SpeakerDecision(Speaker(name: mention.text, mention: mention.text, kind: .source), .anaphorUnnamedBefore)
                }
                guard !sameNounOnly, words[start].isCapitalized, !mention.index.isCommonWordOpening(words, at: start),
                      case let run = mention.resolver.parser.nameRun(in: words, at: start, limit: bound), run > 0,
                      // (A body or a side after a title is no person: `Bộ trưởng Bộ Phụ nữ …`.)
                      mention.lexicon.organization(in: words, at: start, limit: bound) == nil,
                      mention.lexicon.actor(in: words, at: start, limit: bound) == nil,
                      case let introduced = isIntroduced(words, at: start, mention),
                      // (Read from the run's first word: `Gary` of `Gary Lineker`, not `Lineker`.)
                      introduced || !continuesRun(words, at: start, from: stretch.first, mention),
                      isPersonName(words, start..<start + run, introduced: introduced, mention) else { continue }
                // A person named nearer without an introduction (`chấn thương của Đàm Vĩnh Hưng`)
                // is passed, but no older other person is taken over them: only the same person.
                let keys = mention.index.fullest(words[from: start, upTo: start + run].map(\.key))?.keys
                    ?? words[from: start, upTo: start + run].map(\.key)
                guard introduced else {
                    if passed == nil { passed = keys }
                    continue
                }
                guard passed == nil || passed == keys else { return nil }
                return SpeakerDecision(Self.person(words, start..<start + run, mention), .anaphorPersonBefore)
            }
        }
        return nil
    }

    /// Whether the capitalised word at `start` continues the name run of the word before it.
    private func continuesRun(_ words: [Token], at start: Int, from first: Int, _ mention: MentionContext) -> Bool {
        start > first && words[start - 1].kind == .word && words[start - 1].isCapitalized
            && mention.resolver.parser.nameRun(in: words, at: start - 1, limit: start + 1) == 2
    }

    /// Whether the name run `name` is a person's: a Vietnamese personal name (a family name of
    /// family_names.tsv and a capitalised word), a run with a word the article writes after an
    /// honorific, a name right after an honorific or a pronoun, or a name of two words or more
    /// right after a title (`HLV Park Hang-seo`). One word after a title alone is no proof: a syllable
    /// of a body (`Trưởng khoa Cấp cứu`, `đội trưởng Tam sư`) or an acronym (`lãnh đạo VFF`).
    /// `RoleHolder` reads it too (`người phát ngôn chính phủ Hoàng gia Campuchia`: no `Hoàng`).
    func isPersonName(_ words: [Token], _ name: Range<Int>, introduced: Bool, _ mention: MentionContext) -> Bool {
        if mention.lexicon.startsPersonalName(words, at: name.lowerBound) { return true }
        if name.contains(where: { mention.index.writesAfterHonorific(words[$0]) }) { return true }
        guard introduced else { return false }
        return name.count >= 2 || mention.words.isWord(words, at: name.lowerBound - 1, .honorific)
            || mention.lexicon.pronoun(in: words, at: name.lowerBound - 1, limit: name.lowerBound) == 1
    }

    /// Whether the name at `start` is written as a person's right there: after an honorific or
    /// a pronoun (`ông Lee Carsley`), or after a title (`HLV Vũ Tiến Thành`). (The article's
    /// index gives titles to runs that are no person, `HAGL`: only the words before count.)
    private func isIntroduced(_ words: [Token], at start: Int, _ mention: MentionContext) -> Bool {
        guard start > 0 else { return false }
        if mention.words.isWord(words, at: start - 1, .honorific) || mention.lexicon.pronoun(in: words, at: start - 1, limit: start) == 1 {
            return true
        }
        return stride(from: start - 1, through: max(0, start - SpeakerLimits.titleWordsBeforeName), by: -1).contains {
            words[$0].kind == .word && mention.lexicon.title(in: words, at: $0, limit: start)?.length == start - $0
        }
    }

    /// The person named by the words `name` of `words`: the article's fullest name, its title
    /// and the title's side (none for an expert). `RelativeApposition` reads it too.
    static func person(_ words: [Token], _ name: Range<Int>, _ mention: MentionContext) -> Speaker {
        let keys = words[from: name.lowerBound, upTo: name.upperBound].map(\.key)
        let full = mention.index.fullest(words[from: name.lowerBound, upTo: name.upperBound])
        let title = if let full { mention.index.title(of: full) } else { mention.index.title(of: keys) }
        let text = full?.text ?? ArticleIndex.text(words, name, mention.source)
        var speaker = Speaker(name: text, mention: mention.text, title: title?.text, kind: .person,
                              affiliation: title.flatMap { $0.kind == .expert ? nil : $0.affiliation })
        speaker.titleTrace = title?.trace
        return speaker
    }
}
