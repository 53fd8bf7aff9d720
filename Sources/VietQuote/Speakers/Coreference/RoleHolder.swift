/// A role without a name opening the mention (`HLV trưởng của họ`, `HLV trưởng của ĐT futsal
/// Việt Nam`, `Tiền đạo này`) stands for the person the article names in that role (issue 14
/// item 2): a person written with a title of the same role, that is the same title chain or
/// one that starts the other (`HLV` for `HLV trưởng`, `Giám đốc điều hành` for `Giám đốc`;
/// never `Phó Giám đốc` for `Giám đốc` nor `cựu HLV` for `HLV`), of no other side, whose
/// complement holds every word that tells whose role it is (`Thủ tướng Singapore` does not
/// hold `Thủ tướng tương lai của Singapore`):
/// - going back from the mention through its paragraph and the one before it (`LookBack`, the
///   reach of a described anaphor), the nearest such title with a person's name right after
///   it (after an honorific perhaps; a bare title only for a role with no complement):
///   `role: the nearest person named before in this role`;
/// - else the one person the article titles so anywhere, captions and appositions included,
///   a bare title too: `role: the article's one person of this role`.
///
/// Recognises: silver 2025-01-02-bang-xep-hang-ngoai-hang-anh `Đội bóng của HLV Ruben Amorim
/// chỉ có được 22 điểm sau 19 vòng đấu. … HLV trưởng của họ cũng thừa nhận …` → Ruben Amorim
/// (was the role `HLV trưởng`; Enzo Maresca and Pep Guardiola are named paragraphs before);
/// 2024-04-19-futsal-viet-nam `…", HLV trưởng của ĐT futsal Việt Nam cho biết thêm.` → Diego
/// Giustozzi, the one coach the article names (`HLV Diego Giustozzi`).
/// Rejects: a role that does not open the mention (`Người hâm mộ của dàn diễn viên`), a title
/// of another chain, side or complement (`Chủ tịch UBND tỉnh Tiền Giang` for `Chủ tịch UBND
/// thị xã Gò Công`), a role with a complement whose bare title two people of the article hold
/// (the two coaches of a match: neither is taken), a title ending with a body's head (`lãnh
/// đạo Công ty cổ phần Coma 18`: the name is the body's), a title written at the mention
/// itself, a family tie, and a name that is no person's (`HĐQT Vingroup`, a body or a side of
/// the lexicons, a family name alone, the role's own body: `Chủ tịch Vạn Thịnh Phát`).
enum RoleHolder {
    /// The role of the mention: its title chain's words, the words that tell whose role it is
    /// (the other words of its title, no function word or pronoun: `của họ` tells nothing; and
    /// the capitalised words after its title), its side, and all the mention's words.
    struct Role {
        let head: [String]
        let complement: Set<String>
        let side: String?
        let words: Set<String>

        /// Whether a title chain `chain` is this role's: the same, or one that starts the other.
        func hasHead(_ chain: ArraySlice<String>) -> Bool {
            !chain.isEmpty && (head.starts(with: chain) || chain.starts(with: head))
        }

        /// Whether a title of `keys`, whose chain is its first `chain` words, of side `side`,
        /// holds this role: the role's chain (`hasHead`), no other side, and a complement that
        /// holds all of the role's. A bare title holds a role with a complement only when
        /// `bare` (a bare title before a name tells nothing of the team or body).
        func isHeld(by keys: [String], chain: Int, side other: String?, bare: Bool) -> Bool {
            guard hasHead(keys.prefix(chain)) else { return false }
            if let side, let other, side != other { return false }
            let own = keys.dropFirst(chain)
            return own.isEmpty ? complement.isEmpty || bare : complement.allSatisfy(own.contains)
        }
    }

    /// The person that the role of `title` (its office, `office`: without a gender word) opening
    /// the mention stands for, with the rule that found them; nil when none or several.
    static func holder(of title: ParsedMention.Title, office: Range<Int>,
                       in mention: MentionContext) -> (person: ArticleIndex.Run, rule: SpeakerRule)? {
        let tokens = mention.tokens, lexicon = mention.lexicon
        guard title.range.lowerBound == mention.range.lowerBound, mention.parsed.names.isEmpty,
              let chain = lexicon.title(in: tokens, at: office.lowerBound, limit: office.upperBound) else { return nil }
        let chainEnd = office.lowerBound + chain.length
        let complement = (chainEnd..<mention.range.upperBound).filter { position in
            tokens[position].kind != .punctuation && mention.words.trie.value(in: tokens, range: position..<position + 1) == nil
                && lexicon.pronoun(in: tokens, at: position, limit: position + 1) == nil
                && (position < title.range.upperBound || tokens[position].isCapitalized)
        }
        let role = Role(head: mention.keys(Range(from: office.lowerBound, to: chainEnd)),
                        complement: Set(complement.map { tokens[$0].key }), side: title.affiliation,
                        words: Set(mention.keys(mention.range)))
        if let person = nearestBefore(role, mention) { return (person, .roleHolderBefore) }
        // (A title written at the mention itself, `Chia sẻ với The Times, người phát ngôn của
        // Barclays`, read as an apposition, is no evidence of its holder.)
        let written = Range(from: tokens[mention.range.lowerBound].start, to: tokens[mention.range.upperBound - 1].end)
        // (A bare title holds a role with a complement only for a role of no body, of kind
        // expert: `tiền đạo Argentina`, `HLV trưởng của U23 Indonesia`; `lãnh đạo huyện Lâm Hà` is
        // not the article's one `lãnh đạo`, and `Chủ tịch` needs its body.)
        // (First word first: `isHeld` needs the title to start with the role's first word, and the
        // ids of every titled run, made for each role mention, made long pages quadratic; the
        // index reads only the runs titled with that word.)
        guard let first = role.head.first else { return nil }
        let people = mention.index.people(titled: first, where: { info, ids in
            guard !info.trace.contains(.kinTie), !info.span.overlaps(written),
                  let held = lexicon.title(ids: ids), !namesOther(ids, chain: held.length, lexicon) else { return false }
            return role.isHeld(by: info.keys, chain: held.length, side: info.affiliation, bare: chain.kind == .expert)
        }).filter { person in
            // The person's fullest title of this role holds the role too (`chuyên gia phân tích kim
            // loại quý tại Natixis` is no analyst of RJO Futures, whatever a bare `chuyên gia` says).
            guard isPerson(person, role, lexicon) else { return false }
            guard let best = mention.index.title(of: person.keys), let held = lexicon.title(ids: KeyIDs(best.keys).ids),
                  role.hasHead(best.keys.prefix(held.length)) else { return true }
            return role.isHeld(by: best.keys, chain: held.length, side: best.affiliation, bare: true)
        }
        guard people.count == 1, let only = people.first else { return nil }
        return (only, .roleHolderOnly)
    }

    /// Going back from the mention, the person named right after the nearest title of `role`
    /// (`Role.isHeld`, no bare title for a role with a complement), unless another person
    /// (a Vietnamese personal name, or a name the article writes after an honorific) is named
    /// nearer.
    private static func nearestBefore(_ role: Role, _ mention: MentionContext) -> ArticleIndex.Run? {
        let lexicon = mention.lexicon, parser = mention.resolver.parser
        var passed: [String]?
        for stretch in LookBack.stretches(before: mention, paragraphs: SpeakerLimits.describedAnaphorParagraphsBefore,
                                          tokens: SpeakerLimits.describedAnaphorTokensBefore) {
            let words = stretch.words, bound = stretch.bound
            for start in stride(from: bound - 1, through: stretch.first, by: -1) where words[start].kind == .word {
                if passed == nil, words[start].isCapitalized,
                   lexicon.startsPersonalName(words, at: start) || mention.index.writesAfterHonorific(words[start]),
                   case let run = parser.nameRun(in: words, at: start, limit: bound), run > 0 {
                    passed = mention.index.fullest(words[from: start, upTo: start + run].map(\.key))?.keys
                }
                guard lexicon.titles.mayStart(words[start]) else { continue }
                // (A chain that starts a word earlier is another title: `Phó` + `Giám đốc`.)
                guard let chain = lexicon.title(in: words, at: start, limit: bound),
                      start == 0 || lexicon.title(in: words, at: start - 1, limit: bound) == nil,
                      let title = parser.titleChain(in: words, at: start, limit: bound),
                      case let keys = words[from: start, upTo: title.range.upperBound].map(\.key),
                      !namesOther(KeyIDs(keys).ids, chain: chain.length, lexicon),
                      role.isHeld(by: keys, chain: chain.length, side: title.affiliation, bare: false) else { continue }
                var name = title.range.upperBound
                if let honorific = mention.words.match(.honorific, in: words, at: name, limit: bound) { name += honorific }
                let run = parser.nameRun(in: words, at: name, limit: bound)
                guard run > 0, DescribedAnaphorRule().isPersonName(words, name..<name + run, introduced: true, mention),
                      let person = mention.index.fullest(words[from: name, upTo: name + run].map(\.key)),
                      isPerson(person, role, lexicon) else { continue }
                // A person named nearer (`Nguyễn Quang Dũng bận làm phim …, Bùi Lan Hương chăm lo …
                // Đạo diễn cho hay`) is the one the role may stand for: no older one is taken over them.
                return passed == nil || passed == person.keys ? person : nil
            }
        }
        return nil
    }

    /// Whether the title of `ids` ends with a body's head (`lãnh đạo Công ty cổ phần` before
    /// `Coma 18`, `Giám đốc Cảnh sát` before `Queensland`: the name after it is the body's) or
    /// with another title (`Chủ tịch UBND tỉnh Hà Tĩnh đề nghị Đại tá` before `Nguyễn Xuân Thao`:
    /// the name is that title's holder).
    private static func namesOther(_ ids: [UInt32], chain: Int, _ lexicon: SpeakerLexicon) -> Bool {
        (max(chain, ids.count - SpeakerLimits.bodyWordsInTitle)..<ids.count).contains { start in
            if lexicon.bodyHeads.value(ids: ids, range: start..<ids.count) != nil { return true }
            guard let title = lexicon.titles.longestMatch(ids: ids, at: start), title.value != .prefix, title.value != .suffix else { return false }
            return start + title.length == ids.count
        }
    }

    /// Whether `run` may be the person holding `role`: not all its words in the mention (`Chủ tịch
    /// Vạn Thịnh Phát`: the body of the role), no acronym first (`HĐQT Vingroup`), no body or
    /// side of the lexicons first, and no family name alone (dev 407 `người phát ngôn chính phủ
    /// Hoàng gia Campuchia`: `Hoàng` is a syllable of `Hoàng gia`; a Vietnamese person is named
    /// alone by the given name).
    private static func isPerson(_ run: ArticleIndex.Run, _ role: Role, _ lexicon: SpeakerLexicon) -> Bool {
        guard !run.keys.allSatisfy(role.words.contains),
              let first = run.text.split(separator: " ").first, first.count < 2 || first.contains(where: \.isLowercase) else { return false }
        let ids = KeyIDs(run.keys).ids
        guard ids.count > 1 || lexicon.familyNames.value(ids: ids, range: 0..<1) == nil else { return false }
        return lexicon.organizations.longestMatch(ids: ids, at: 0) == nil && lexicon.actors.longestMatch(ids: ids, at: 0) == nil
    }
}
