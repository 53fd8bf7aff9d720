/// Title heads: the office and expert words of `titles.tsv` with their prefixes (`cựu`,
/// `Phó`) and suffixes, read where a mention or the article may hold a title.
extension SpeakerLexicon {
    /// A title chain at `index`: prefixes, a title head, suffixes (`cựu Phó Thủ tướng`).
    /// (Performance only: inlined, it hands on the title trie alone; a call on the whole
    /// lexicon copied the lexicon, 544 bytes, to the stack at each call, at most words.)
    @inline(__always)
    func title(in tokens: [Token], at index: Int, limit: Int) -> (length: Int, kind: TitleKind)? {
        Self.title(in: tokens, at: index, limit: limit, titles: titles)
    }

    private static func title(in tokens: [Token], at index: Int, limit: Int,
                              titles: PhraseTrie<TitleKind>) -> (length: Int, kind: TitleKind)? {
        chain(at: index, limit: limit) { titles.longestMatch(in: tokens, at: $0, limit: limit) }
    }

    /// The title chain that opens the words whose ids are `ids` (the keys of a title the article
    /// or a speaker holds, `KeyIDs`): prefixes, a title head, suffixes, as `title(in:at:limit:)`
    /// reads tokens (`RoleHolder` compares the role of a mention with a person's title).
    func title(ids: [UInt32]) -> (length: Int, kind: TitleKind)? {
        Self.chain(at: 0, limit: ids.count) { titles.longestMatch(ids: ids, at: $0) }
    }

    /// The chain read from `index` by `match`, the longest title phrase at a position.
    @inline(__always)
    private static func chain(at index: Int, limit: Int,
                              match longest: (Int) -> (length: Int, value: TitleKind)?) -> (length: Int, kind: TitleKind)? {
        var position = index
        var kind: TitleKind?
        while position < limit {
            guard let match = longest(position) else { break }
            switch match.value {
            case .prefix:
                if kind != nil { return (position - index, kind!) }
                position += match.length
            case .suffix:
                guard kind != nil else { return nil }
                position += match.length
            case .office, .expert:
                if kind != nil { return (position - index, kind!) }
                kind = match.value
                position += match.length
            }
        }
        guard let kind else { return nil }
        return (position - index, kind)
    }

    /// Whether title words name a body (`người phát ngôn của ICC`): a title of a body with
    /// no side of its own gives no side from the context either. A body of
    /// `organizations.tsv` whose head speaks for its country (`body_heads.tsv` side `country`:
    /// `Thượng nghị sĩ đảng Dân chủ`, `Thứ trưởng Bộ Nội vụ`) does not count: its holder
    /// speaks for the country of the story.
    func namesBody(_ title: KeyIDs) -> Bool {
        let words = title.ids
        for start in words.indices {
            for end in (start + 1)...min(words.count, start + SpeakerLimits.bodyWordsInTitle) {
                if let entry = organizations.value(ids: words, range: start..<end), entry.kind == .organization,
                   !(start + 1...end).contains(where: { bodyHeads.value(ids: words, range: start..<$0)?.speaksForCountry == true }) {
                    return true
                }
                if let side = actors.value(ids: words, range: start..<end), side.kind == .bloc { return true }
            }
        }
        return false
    }

    /// Whether title words name a body that speaks for no state: a head of `body_heads.tsv`
    /// with side `none` after the first word (`Chủ tịch Tập đoàn Vingroup`, `Tổng
    /// Giám đốc Công ty GSM`); its holder gets no side from the article's context.
    func namesBodyOfNoSide(_ title: KeyIDs) -> Bool {
        let words = title.ids
        return words.indices.dropFirst().contains { start in
            (start + 1...min(words.count, start + SpeakerLimits.bodyWordsInTitle)).contains {
                bodyHeads.value(ids: words, range: start..<$0)?.speaksForCountry == false
            }
        }
    }
}
