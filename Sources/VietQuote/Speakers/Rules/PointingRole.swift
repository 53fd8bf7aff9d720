/// A bare role that points back (issue 14, items 2 and 7): a role of titles.tsv opening the
/// mention, with nothing after it but an age (a number and `tuổi`, class `individual` of
/// `function_words.tsv`) and/or a demonstrative (class `anaphor_mark`: `này`, `ấy`, `đó`),
/// stands for the nearest person named before it whom the article titles with a compatible
/// role (`role_kinds.tsv`: the same role, another way to write it, `HLV` = `huấn luyện
/// viên`, or a kind of it, a `tiền vệ` is a `cầu thủ`). Going back from the mention through
/// its paragraph and the one before (`LookBack`, the reach of a described anaphor), a name
/// with no title of the article is passed (`Robert Lewandowski`, a club, an event), and so is a
/// person titled with other roles only (`HLV Francesco Calzona` for `Cầu thủ này`); a person
/// written as one (a Vietnamese personal name, a name after an honorific) with no compatible
/// role stops the search: the role may be theirs, untitled.
/// `RoleRule` reads it after the nearest speaker, the article's person of the title and `RoleHolder`.
/// A gendered role (`Nữ diễn viên`, `nam ca sĩ`: `EpithetRule`, when no speaker before is of
/// its gender) is read the same way with no age or demonstrative needed, passing a name after an
/// honorific of the other gender (`epithet: no speaker before, the nearest person before of its role`).
///
/// Recognises: silver 2024-12-29-ac-milan `… quyết định không chiêu mộ tiền đạo Jonathan David
/// để thay thế Robert Lewandowski, mặc dù cầu thủ này đã bày tỏ nguyện vọng …` → Jonathan David
/// (was the role `cầu thủ`); 2025-01-04-chelsea `Huấn luyện viên Enzo Maresca xác nhận … HLV
/// này nhấn mạnh …` → Enzo Maresca (`role: a pointing role, the nearest person before of that role`).
/// Silver 2024-05-02-do-thi-ha `diễn viên Thu Quỳnh chuẩn bị … Thu Quỳnh đăng tải hình ảnh …
/// Nữ diễn viên viết: "…"` → Thu Quỳnh (was the unnamed `Nữ diễn viên`).
/// Rejects: a role with other words (`HLV người Đức`, `Tiền đạo 31 tuổi của Atletico Madrid`:
/// a qualifier the person may not have; titles13 read 7 of 9 worse), a role after other words
/// (`Bản thân cầu thủ này`), a role the
/// person before holds in another kind (`tiền vệ này` is no `tiền đạo`), and a person the
/// article never titles (2024-07-15-di-maria `Messi … cầu thủ 37 tuổi cho biết`: the role stays;
/// taking the nearest untitled name gave 5 worse in 9 on silver, clubs and events among them).
enum PointingRole {
    /// The person the bare role `office` (the title chain opening the mention) stands for, or nil.
    static func holder(office: Range<Int>, in mention: MentionContext) -> ArticleIndex.Run? {
        let tokens = mention.tokens, lexicon = mention.lexicon
        guard office.lowerBound == mention.range.lowerBound, mention.parsed.names.isEmpty,
              !mention.words.isWord(tokens, at: office.lowerBound, .individual),
              let chain = lexicon.title(in: tokens, at: office.lowerBound, limit: mention.range.upperBound),
              points(from: office.lowerBound + chain.length, mention, bare: false) else { return nil }
        return nearest(mention.keys(Range(from: office.lowerBound, to: office.lowerBound + chain.length)), gender: nil, mention)
    }

    /// The person a gendered role (`Nữ diễn viên`, `nam ca sĩ này`: `EpithetRule`, when no
    /// speaker before agrees) stands for: the nearest person before titled with that role, not
    /// introduced with an honorific of the other gender (`ông`, `bà`: `GenderAgreement`).
    static func holder(ofEpithet mention: MentionContext) -> ArticleIndex.Run? {
        let tokens = mention.tokens, lexicon = mention.lexicon, start = mention.range.lowerBound + 1
        guard mention.parsed.names.isEmpty, mention.words.isWord(tokens, at: start - 1, .individual),
              let gender = GenderAgreement(words: mention.words).gender(tokens, mention.range),
              start < mention.range.upperBound, !mention.words.isWord(tokens, at: start, .individual),
              let chain = lexicon.title(in: tokens, at: start, limit: mention.range.upperBound),
              points(from: start + chain.length, mention, bare: true) else { return nil }
        return nearest(mention.keys(Range(from: start, to: start + chain.length)), gender: gender, mention)
    }

    /// Whether the capitalised word at `start` continues the name run of the word before it
    /// (`Huyền` of `Ngọc Huyền`; not `Ngọc` after the title `NSƯT`).
    static func continuesRun(_ words: [Token], at start: Int, from first: Int, _ parser: MentionParser,
                                     _ lexicon: SpeakerLexicon) -> Bool {
        start > first && words[start - 1].kind == .word && words[start - 1].isCapitalized
            && lexicon.title(in: words, at: start - 1, limit: start) == nil
            && parser.nameRun(in: words, at: start - 1, limit: start + 1) == 2
    }

    /// `person` as the speaker of the mention: the article's fullest title of them and its side
    /// (none for an expert), as `DescribedAnaphorRule.person` gives a name written before.
    static func speaker(_ person: ArticleIndex.Run, _ mention: MentionContext) -> Speaker {
        let title = mention.index.title(of: person)
        var speaker = Speaker(name: person.text, mention: mention.text, title: title?.text, kind: .person,
                              affiliation: title.flatMap { $0.kind == .expert ? nil : $0.affiliation })
        speaker.titleTrace = title?.trace
        return speaker
    }

    /// Going back from the mention, the nearest person titled with `role`: names with no title
    /// and people titled with other roles only, or introduced with an honorific of the other
    /// gender, are passed; a person written as one with no title of the role stops the search.
    private static func nearest(_ role: [String], gender: GenderAgreement.Gender?, _ mention: MentionContext) -> ArticleIndex.Run? {
        let lexicon = mention.lexicon, parser = mention.resolver.parser
        let agreement = GenderAgreement(words: mention.words)
        for stretch in LookBack.stretches(before: mention, paragraphs: SpeakerLimits.describedAnaphorParagraphsBefore,
                                          tokens: SpeakerLimits.describedAnaphorTokensBefore) {
            let words = stretch.words, bound = stretch.bound
            for start in stride(from: bound - 1, through: stretch.first, by: -1)
            where words[start].kind == .word && words[start].isCapitalized && !continuesRun(words, at: start, from: stretch.first, parser, lexicon) {
                let run = parser.nameRun(in: words, at: start, limit: bound)
                guard run > 0, lexicon.organization(in: words, at: start, limit: bound) == nil,
                      lexicon.actor(in: words, at: start, limit: bound) == nil,
                      let person = mention.index.fullest(words[from: start, upTo: start + run].map(\.key)) else { continue }
                if let gender, start > stretch.first, let other = agreement.gender(words, start - 1..<start + run), other != gender {
                    continue
                }
                let titles = mention.index.titles(of: person).filter { !$0.companion }
                if titles.contains(where: { holds(role, $0, lexicon) }) { return person }
                // (A gendered role takes the nearest name only: `nữ diễn viên` after `Baifern Pimchanok`,
                // untitled, is not the `diễn viên Nine Naphat` named before her.)
                if gender != nil, titles.isEmpty, !mention.index.isCommonWordOpening(words, at: start) { return nil }
                // (A person titled with other roles only is passed: `HLV Francesco Calzona` for `Cầu
                // thủ này`; one written as a person, with no title of this role, may hold it untitled.)
                if lexicon.startsPersonalName(words, at: start) || mention.index.writesAfterHonorific(words[start]) { return nil }
            }
        }
        return nil
    }

    /// Whether the words from `position` to the mention's end point back: an age (a number and
    /// `tuổi`), a demonstrative, or the two, and nothing else; or no word at all when `bare`
    /// (a gendered role already marks one person).
    private static func points(from position: Int, _ mention: MentionContext, bare: Bool) -> Bool {
        let tokens = mention.tokens, end = mention.range.upperBound
        var next = position
        if next + 1 < end, tokens[next].kind == .number, mention.words.isWord(tokens, at: next + 1, .individual) { next += 2 }
        if next + 1 == end, mention.words.isWord(tokens, at: next, .anaphorMark) { next += 1 }
        return (next > position || bare) && next == end
    }

    /// Whether the title `title` holds the role chain `role` (`SpeakerLexicon.role(_:isHeldBy:)`
    /// on the title's own chain).
    static func holds(_ role: [String], _ title: ArticleIndex.TitleInfo, _ lexicon: SpeakerLexicon) -> Bool {
        guard !title.companion, let chain = lexicon.title(ids: KeyIDs(title.keys).ids) else { return false }
        return lexicon.role(role, isHeldBy: Array(title.keys.prefix(chain.length)))
    }
}
