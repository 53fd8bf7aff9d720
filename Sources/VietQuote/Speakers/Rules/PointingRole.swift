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
///
/// Recognises: silver 2024-12-29-ac-milan `… quyết định không chiêu mộ tiền đạo Jonathan David
/// để thay thế Robert Lewandowski, mặc dù cầu thủ này đã bày tỏ nguyện vọng …` → Jonathan David
/// (was the role `cầu thủ`); 2025-01-04-chelsea `Huấn luyện viên Enzo Maresca xác nhận … HLV
/// này nhấn mạnh …` → Enzo Maresca (`role: a pointing role, the nearest person before of that role`).
/// Rejects: a role with other words (`HLV người Đức`, `Tiền đạo 31 tuổi của Atletico Madrid`:
/// a qualifier the person may not have; titles13 read 7 of 9 worse), a role after other words
/// (`Bản thân cầu thủ này`), a gender word first (`nữ ca sĩ này`: `EpithetRule`), a role the
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
              points(from: office.lowerBound + chain.length, mention) else { return nil }
        let role = mention.keys(Range(from: office.lowerBound, to: office.lowerBound + chain.length))
        let parser = mention.resolver.parser
        for stretch in LookBack.stretches(before: mention, paragraphs: SpeakerLimits.describedAnaphorParagraphsBefore,
                                          tokens: SpeakerLimits.describedAnaphorTokensBefore) {
            let words = stretch.words, bound = stretch.bound
            for start in stride(from: bound - 1, through: stretch.first, by: -1)
            where words[start].kind == .word && words[start].isCapitalized
                && !(start > stretch.first && words[start - 1].kind == .word && words[start - 1].isCapitalized) {
                let run = parser.nameRun(in: words, at: start, limit: bound)
                guard run > 0, lexicon.organization(in: words, at: start, limit: bound) == nil,
                      lexicon.actor(in: words, at: start, limit: bound) == nil,
                      let person = mention.index.fullest(words[from: start, upTo: start + run].map(\.key)) else { continue }
                let titles = mention.index.titles(of: person).filter { !$0.companion }
                if titles.contains(where: { holds(role, $0, lexicon) }) { return person }
                // (A person titled with other roles only is passed: `HLV Francesco Calzona` for `Cầu
                // thủ này`; one written as a person, with no title of this role, may hold it untitled.)
                if lexicon.startsPersonalName(words, at: start) || mention.index.writesAfterHonorific(words[start]) { return nil }
            }
        }
        return nil
    }

    /// Whether the words from `position` to the mention's end point back: an age (a number and
    /// `tuổi`), a demonstrative, or the two, and nothing else.
    private static func points(from position: Int, _ mention: MentionContext) -> Bool {
        let tokens = mention.tokens, end = mention.range.upperBound
        var next = position
        if next + 1 < end, tokens[next].kind == .number, mention.words.isWord(tokens, at: next + 1, .individual) { next += 2 }
        if next + 1 == end, mention.words.isWord(tokens, at: next, .anaphorMark) { next += 1 }
        return next > position && next == end
    }

    /// Whether the title `title` holds the role chain `role` (`SpeakerLexicon.role(_:isHeldBy:)`
    /// on the title's own chain).
    private static func holds(_ role: [String], _ title: ArticleIndex.TitleInfo, _ lexicon: SpeakerLexicon) -> Bool {
        guard !title.companion, let chain = lexicon.title(ids: KeyIDs(title.keys).ids) else { return false }
        return lexicon.role(role, isHeldBy: Array(title.keys.prefix(chain.length)))
    }
}
