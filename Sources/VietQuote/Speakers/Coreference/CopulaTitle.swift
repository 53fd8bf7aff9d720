/// A title stated in a copula clause: `Name là (một) title.`, or a sentence of its own after
/// the one that names the person, opened by a demonstrative or an honorific (`… đã chọn ông
/// Pete Hegseth làm Bộ trưởng Quốc phòng. Đó là một nhà bình luận kỳ cựu của đài Fox
/// News.`, `Ông là …`). Vietnamese news often introduces a person so, and the title is the
/// person's as much as one written before the name (`ArticleIndex` records it for the name
/// before `là`; after a demonstrative, for the last name run read before that sentence in the
/// paragraph; after an honorific, for the person the honorific continues: the first name run
/// of the sentence before written after the same honorific, its subject when it agrees —
/// `Ông Lavrov đã điện đàm với ông Antony Blinken. Ông là Ngoại trưởng Nga.` is Lavrov's,
/// not Blinken's, the last named; `Bà Zakharova đã gặp ông Antony Blinken. Ông là …`, Blinken's).
///
/// Recognises: `là` (`copula` of `function_words.tsv`), an optional `một`
/// (`apposition_link`), a whole title chain (`MentionParser.titleChain`) that ends the clause
/// (`.`, `,`, `;`, `!`, `?`, the paragraph's end).
/// Rejects: a name that is a possessor (`Bạn gái của NSƯT Chí Trung là doanh nhân`), a title followed by a name (`Đó là Chủ tịch VietJet Air Nguyễn Thị Phương Thảo`:
/// the title is that name's), a title that runs on into the clause (`Ông là Bộ trưởng Bộ
/// Quốc phòng từ năm 1980 đến năm 1986`: a past post), a role that is no title (`Ông
/// Hegseth là người bày tỏ …`), a sentence opened by a demonstrative with no name before
/// it in its paragraph, an honorific written before no name of the sentence before.
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
        return next.kind == .punctuation && Punctuation.clauseBounds.contains(next.key) ? title : nil
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

    /// `Punctuation.terminal`, looked up by a token's key hash (performance only: this is asked
    /// at every capitalised word after a name run, and a `Set<String>` hashed the key each time).
    private static let terminal = KeySet(Punctuation.terminal)

    /// A sentence opened by a demonstrative or an honorific and the copula (`Đó là`, `Ông là`).
    struct Anaphor {
        /// The copula's position.
        let copula: Int
        /// The opening honorific (`Ông`); nil for a demonstrative.
        let honorific: Range<Int>?
    }

    /// The anaphoric subject and copula when a sentence opens at `index` with a demonstrative
    /// or an honorific before the copula (`Đó là`, `Ông là`): the subject is a person named before.
    func anaphoricCopula(in tokens: [Token], at index: Int) -> Anaphor? {
        guard index == 0 || tokens[index - 1].kind == .punctuation && Self.terminal.contains(tokens[index - 1])
        else { return nil }
        let words = parser.lexicon.words
        let demonstrative = words.match(.demonstrative, in: tokens, at: index, limit: tokens.count)
        let subject = demonstrative ?? words.match(.honorific, in: tokens, at: index, limit: tokens.count)
        guard let subject, words.isWord(tokens, at: index + subject, .copula) else { return nil }
        return Anaphor(copula: index + subject, honorific: demonstrative == nil ? index..<index + subject : nil)
    }

    /// Where the sentence that ends right before `index` (at its end mark, `index - 1`) starts.
    func previousSentenceStart(before index: Int, _ tokens: [Token]) -> Int {
        var start = max(index - 1, 0)
        while start > 0, !(tokens[start - 1].kind == .punctuation && Self.terminal.contains(tokens[start - 1])) {
            start -= 1
        }
        return start
    }

    /// Whether the words right before one of `starts` are the honorific `honorific`
    /// (`ông Lavrov` for `Ông là`): the honorific continues that person.
    func agrees(_ tokens: [Token], honorific: Range<Int>, before starts: [Int]) -> Bool {
        let width = honorific.count
        return starts.contains { start in
            start - width >= 0 && (0..<width).allSatisfy { tokens[start - width + $0].key == tokens[honorific.lowerBound + $0].key }
        }
    }
}
