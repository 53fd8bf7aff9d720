/// A family tie in an apposition after a name, with the person it relates to (`Name, em gái
/// của nhà lãnh đạo Triều Tiên Kim Jong Un,`): the tie is how the article introduces the speaker
/// and is the speaker's title, up to the end of the related person's name (ANNOTATION.md,
/// `title`: "a family tie that is how the article introduces the speaker (`em gái của nhà lãnh
/// đạo Triều Tiên Kim Jong Un`) is"). The related person's title inside it is not the
/// speaker's: the title chain alone read `nhà lãnh đạo Triều Tiên` for her.
///
/// Recognises a tie of class `kin` (`function_words.tsv`: `em gái`, `vợ`, `con trai út`), an
/// optional `của`, then a title chain, an honorific or nothing, and a personal name: dev 412
/// `bà Kim Yo Jong, em gái của nhà lãnh đạo Triều Tiên Kim Jong Un, cho biết …` → `em gái của
/// nhà lãnh đạo Triều Tiên Kim Jong Un`, with the side of the related person's title (Triều
/// Tiên: the relative of a state's leader is quoted for that state, as dev gold has it); silver
/// 2024-09-20-nguyen-dinh-dau `Bà Nguyễn Thị Diễm Trang, con gái nhà nghiên cứu Nguyễn Đình
/// Đầu, cho biết` → `con gái nhà nghiên cứu Nguyễn Đình Đầu`, no side.
/// Rejects: two ties in a row (`vợ chồng`), a tie followed by no name (`vợ của một cầu thủ`:
/// read by the other steps), and a name followed by more words before the apposition's end.
struct KinApposition {
    let parser: MentionParser

    /// The title at `index` (after the comma and link word) with its kind and side, or nil.
    func read(in tokens: [Token], at index: Int, limit: Int) -> ParsedMention.Title? {
        let words = parser.lexicon.words
        guard index < limit, tokens[index].kind == .word,
              let tie = words.match(.kin, in: tokens, at: index, limit: limit) else { return nil }
        var position = index + tie
        guard position < limit, words.match(.kin, in: tokens, at: position, limit: limit) == nil else { return nil }
        if words.isWord(tokens, at: position, .possessive) { position += 1 }
        var side: String?
        var kind = TitleKind.expert
        if let title = parser.titleChain(in: tokens, at: position, limit: limit, nested: true, joins: false) {
            position = title.range.upperBound
            side = title.affiliation
            if side != nil { kind = .office }
        } else if let honorific = words.match(.honorific, in: tokens, at: position, limit: limit) {
            position += honorific
        }
        let name = parser.nameRun(in: tokens, at: position, limit: limit)
        guard name > 0 else { return nil }
        let end = position + name
        // The apposition ends with the name: its comma or dash, or the sentence's end.
        guard end >= limit || tokens[end].kind == .punctuation else { return nil }
        var title = ParsedMention.Title(range: index..<end, kind: kind, affiliation: side)
        title.trace = TitleTrace(.article, .kinTie)
        return title
    }
}
