/// An article in which a speaker is titled by sport is a sports article: its quotes are no
/// stance between states (ANNOTATION.md, Stance: a footballer's boast is neutral whatever its
/// words; a match between two national teams is no relation between states). `RelationGate`
/// knows a sports article by the words of its quotes (`teams.tsv`: a team, a word of a match);
/// a coach's quote often holds none (`U.23 Uzbekistan đến đây với mục tiêu cụ thể là vô địch`,
/// `Trung Quốc đã thua 3 trận`), but the coach's title does. A title that holds a `teams.tsv`
/// row of kind `title` (`HLV`, `huấn luyện viên`, `Cục Thể dục Thể thao`) or of kind `match`
/// (`tiền đạo`, `thủ môn`) marks the article; every polar quote of it is neutral.
///
/// Example (silver 2024-10-15, Indonesia against China): HLV Shin Tae Yong's `Mặc dù Trung
/// Quốc đã thua 3 trận, nhưng tôi vẫn đánh giá rất cao màn trình diễn của đội bóng này.
/// Indonesia sẽ chơi tốt nhất có thể …` (was confrontation) is neutral.
/// Rejects: a title of no sport word (`Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch`: `Thể thao`
/// alone is also the culture ministry; `Thủ tướng`), and a sport word in a quote's content
/// only (`HLV` in the content is no title: 9 world-news articles of silver hold one).
/// Evidence: each term of a quote it silences carries the modifier `sport-title`.
enum SportTitleRule {
    /// Whether `title` (a speaker's title) holds a sport word of `gate`'s `teams.tsv`: a row
    /// of kind `title` or `match`.
    /// (`table`: the process's word table, `WordTable.shared`, read once per article by
    /// `isSportsArticle`, not once per title.)
    static func isSportTitle(_ title: String?, gate: RelationGate, table: WordTable = .shared) -> Bool {
        guard let title, !title.isEmpty else { return false }
        let words = Self.words(of: title, table: table)
        var index = 0
        while index < words.count {
            guard gate.teams.mayStart(words[index]), let found = gate.teams.longestMatch(in: words, at: index, limit: words.count) else {
                index += 1
                continue
            }
            if found.value == .title || found.value == .match { return true }
            index += found.length
        }
        return false
    }

    /// The words of `title` as `WordSpans(title).words` gives them (its word and number tokens,
    /// marks left out), with the ids of `table`. Performance only: the scalars of a title that
    /// normalising leaves as it is are read without a `SourceText` (as `MatchKey.words` reads
    /// them), and no clause or sentence table is made; a title is only looked up in `teams.tsv`.
    private static func words(of title: String, table: WordTable) -> [Token] {
        let scalars = SourceText.unchangedScalars(title) ?? SourceText(title).scalars
        return Tokenizer.withLines(of: scalars, words: table) { scanner in
            let tokens = scanner.tokens(0..<scalars.count)
            // (Sized once: `filter` grew its array from empty.)
            var words: [Token] = []
            words.reserveCapacity(tokens.count)
            for token in tokens where token.kind == .word || token.kind == .number { words.append(token) }
            return words
        }
    }

    /// Whether one of `titles` (the speakers' titles of an article's quotes) is a sport title.
    /// A title is read once, however many quotes it titles: the titles seen are told apart by
    /// their bytes (`ByteKey`: a `Set<String>` hashed each non-ASCII title through its
    /// normalisation, ~3,000 instructions an insertion), in a set sized once for all of them.
    /// Two titles of other bytes but the same normalised text are each read, with the same answer.
    static func isSportsArticle<Titles: Collection<String?>>(titles: Titles, gate: RelationGate) -> Bool {
        var seen = Set<ByteKey>(minimumCapacity: titles.count)
        var table: WordTable?
        for title in titles {
            guard let title, seen.insert(ByteKey(title)).inserted else { continue }
            let words = table ?? WordTable.shared
            table = words
            if isSportTitle(title, gate: gate, table: words) { return true }
        }
        return false
    }

    /// `stance` silenced: score 0, `neutral`, each weighing record marked `sport-title`.
    static func silenced(_ stance: QuoteStance) -> QuoteStance {
        stance.silenced(by: .sportTitle)
    }
}
