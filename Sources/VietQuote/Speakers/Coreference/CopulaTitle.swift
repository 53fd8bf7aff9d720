/// A title stated in a copula clause: `Name là (một) title.`, or a sentence of its own after
/// the one that names the person, opened by a demonstrative or an honorific (`… đã chọn ông
/// Pete Hegseth làm Bộ trưởng Quốc phòng. Đó là một nhà bình luận kỳ cựu của đài Fox
/// News.`, `Ông là …`). Vietnamese news often introduces a person so, and the title is the
/// person's as much as one written before the name (`ArticleIndex` records it for the name
/// before `là`, or for the last name run read before that sentence in the paragraph).
///
/// Recognises: `là` (`copula` of `function_words.tsv`), an optional `một`
/// (`apposition_link`), a whole title chain (`MentionParser.titleChain`) that ends the clause
/// (`.`, `,`, `;`, `!`, `?`, the paragraph's end).
/// Rejects: a name that is a possessor (`Bạn gái của NSƯT Chí Trung là doanh nhân`), a title followed by a name (`Đó là Chủ tịch VietJet Air Nguyễn Thị Phương Thảo`:
/// the title is that name's), a title that runs on into the clause (`Ông là Bộ trưởng Bộ
/// Quốc phòng từ năm 1980 đến năm 1986`: a past post), a role that is no title (`Ông
/// Hegseth là người bày tỏ …`), a sentence opened by a demonstrative with no name before
/// it in its paragraph.
struct CopulaTitle {
    let parser: MentionParser

    /// The title stated by the copula at `index`, or nil.
    func title(in tokens: [Token], at index: Int) -> ParsedMention.Title? {
        let words = parser.lexicon.words
        guard words.isWord(tokens, at: index, .copula) else { return nil }
        var start = index + 1
        if let link = words.match(.appositionLink, in: tokens, at: start, limit: tokens.count) { start += link }
        guard let title = parser.titleChain(in: tokens, at: start, limit: tokens.count) else { return nil }
        guard let next = tokens[ifPresent: title.range.upperBound] else { return title }
        // The clause ends: a sentence's end (`Punctuation.terminal`) or a comma.
        return next.kind == .punctuation && (Punctuation.terminal.contains(next.key) || Punctuation.comma.contains(next.key))
            ? title : nil
    }

    /// Whether the name written from `start` (its title and honorific included) can be the
    /// copula's subject: not a possessor (`Bạn gái của NSƯT Chí Trung là doanh nhân`: the
    /// girlfriend is the businesswoman).
    func isSubject(_ tokens: [Token], writtenAt start: Int) -> Bool {
        let words = parser.lexicon.words
        var first = start
        if first > 0, words.isWord(tokens, at: first - 1, .honorific) { first -= 1 }
        return !(first > 0 && words.isWord(tokens, at: first - 1, .possessive))
    }

    /// The copula's position when a sentence opens at `index` with a demonstrative or an
    /// honorific before it (`Đó là`, `Ông là`): the subject is a person named before.
    func anaphoricCopula(in tokens: [Token], at index: Int) -> Int? {
        guard index == 0 || tokens[index - 1].kind == .punctuation && Punctuation.terminal.contains(tokens[index - 1].key)
        else { return nil }
        let words = parser.lexicon.words
        let subject = words.match(.demonstrative, in: tokens, at: index, limit: tokens.count)
            ?? words.match(.honorific, in: tokens, at: index, limit: tokens.count)
        guard let subject, words.isWord(tokens, at: index + subject, .copula) else { return nil }
        return index + subject
    }
}
