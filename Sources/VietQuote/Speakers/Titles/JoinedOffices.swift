/// Two titles of one person joined by a word that holds the second with the first (class
/// `title_join` of function_words.tsv: `kiêm`): one title of both offices, as ANNOTATION.md
/// takes the fullest title. `Phó Thủ tướng kiêm Bộ trưởng Ngoại giao Bùi Thanh Sơn` →
/// `Phó Thủ tướng kiêm Bộ trưởng Ngoại giao`; silver 6212 `Rich Checkan, Chủ tịch kiêm Giám
/// đốc điều hành của Asset Strategies International`, silver 4607 `Phó chủ tịch kiêm chiến
/// lược gia kim loại cấp cao Peter Grant của Zaner Metals` (before: `Phó chủ tịch`, or the
/// second title alone for the name after it).
///
/// Recognises the join word right after a whole title chain and a title chain right after
/// it (`TitleChain.swift`, with its own body, side and link); the side is the first one
/// named, the kind the first title's (its head: `Nhà sáng lập kiêm CEO` is a founder's).
/// Rejects the join word before no title (`kiêm nhiệm` the verb: `ông kiêm nhiệm chức …`,
/// `kiêm nhiệm vai trò …`). A second join after the joined title (`Chủ tịch kiêm Tổng giám
/// đốc kiêm …`) is read by the title chain's loop, up to `SpeakerLimits.titleJoins`; the
/// joined chain reads no join itself, and inside a linked title (`nested`) no linked title either,
/// so the chain's depth stays bounded whatever the input.
struct JoinedOffices {
    let parser: MentionParser

    /// The title joined to the chain that ends at `end`: where it ends and its side; nil when
    /// no join word and title follow. `nested`: the chain is a linked title's (`TitleChain.swift`).
    func read(in tokens: [Token], at end: Int, limit: Int, nested: Bool) -> ParsedMention.Title? {
        guard let join = parser.lexicon.words.match(.titleJoin, in: tokens, at: end, limit: limit), end + join < limit
        else { return nil }
        return parser.titleChain(in: tokens, at: end + join, limit: limit, nested: nested, joins: false)
    }

    /// In a mention, the body of the joined office, written as a name the chain does not read and
    /// its lower-case words before the holder's name (silver 723 `Chủ tịch Tập đoàn Vingroup kiêm
    /// Tổng giám đốc VinFast toàn cầu Phạm Nhật Vượng`): the length it adds to the joined title at
    /// `end`. 0 when the name after the title is the holder's, a personal name (`… kiêm Bộ trưởng
    /// Ngoại giao Bùi Thanh Sơn`), or when no content word (at most `SpeakerLimits.titleFieldWords`)
    /// and another name follow it (`… và ông …`: a function word).
    func body(in tokens: [Token], at end: Int, limit: Int) -> Int {
        let run = parser.nameRun(in: tokens, at: end, limit: limit)
        guard run > 0, !parser.lexicon.startsPersonalName(tokens, at: end) else { return 0 }
        var position = end + run
        while position - end - run < SpeakerLimits.titleFieldWords,
              parser.lexicon.isContentSyllable(tokens, at: position, limit: limit) { position += 1 }
        guard position > end + run, parser.nameRun(in: tokens, at: position, limit: limit) > 0 else { return 0 }
        return position - end
    }
}
