/// A title that opens its clause, then a comma, an honorific and the person's name: `Trao đổi
/// tại buổi làm việc, Bí thư Tỉnh uỷ Quảng Ngãi, bà Bùi Thị Quỳnh Vân khẳng định …` (silver
/// 2024-06-14-so-giao-duc-va-dao-tao), `Chủ tịch Al Nassr, ông Ibrahim Al-Muhaidib đã đe dọa …`
/// (silver 2024-07-25-al-nassr). News writes the post first and the person after it as its
/// apposition; the title is the person's, recorded by the article index for the name after the
/// honorific (`ArticleIndex.read`), so that every mention of that person gets it
/// (ANNOTATION.md: the fullest title the article gives; honorifics are no titles).
///
/// Recognises a title that starts its paragraph or sentence (after `.`, `!`, `?`, `…`, `;`,
/// `:`), or starts right after a comma that closes a fronted phrase (a lower-case word, a
/// number or a closing quotation mark before the comma: `Tại sự kiện,`, `Sáng 1/9,`,
/// `"…", cựu Chủ tịch Fed tại chi nhánh Dallas, ông Robert Kaplan`), then a comma, an honorific
/// of `function_words.tsv` and a name run.
/// Rejects a title that is an object (`Trao đổi với phóng viên Báo Người Lao Động, ông Nguyễn
/// Thị Quỳnh Triều …`, `Chia sẻ với phóng viên Dân trí, ông X`: the reporter's title is no
/// official's; silver 2024-06-02-mina-dating-cafe) and a title after a name and its comma,
/// another person's apposition (dev 446 `dưới sự dẫn dắt của ông Trương Gia Bình, Chủ tịch
/// FPT, ông Narayana Murthy khẳng định`: Bình is FPT's chairman, not Murthy).
struct TitleBeforeHonorific {
    let lexicon: SpeakerLexicon
    let parser: MentionParser

    /// Marks after which a title opens a sentence.
    private static let sentenceMarks: Set<String> = Punctuation.terminal.union([":"])

    /// Where the name starts when the title at `titleStart` opens its clause and `comma` is
    /// followed by an honorific and a name; nil otherwise.
    func nameStart(in tokens: [Token], titleStart: Int, comma: Int, limit: Int) -> Int? {
        guard comma + 2 < limit, tokens[comma].key == ",",
              let honorific = lexicon.words.match(.honorific, in: tokens, at: comma + 1, limit: limit),
              parser.nameRun(in: tokens, at: comma + 1 + honorific, limit: limit) > 0,
              opensClause(tokens, at: titleStart)
        else { return nil }
        return comma + 1 + honorific
    }

    /// The same after a name run `run` that the chain read as the titled name: when the title
    /// is a post any body has (`body_post`, after its prefixes: `Chủ tịch`, `cựu Giám đốc`) and
    /// the run opens no Vietnamese full name, the run is the post's body (`Chủ tịch Al Nassr,
    /// ông Ibrahim Al-Muhaidib`); a state office's run is its holder (`Thủ tướng Phạm Minh
    /// Chính, ông …`: two persons).
    func nameStart(in tokens: [Token], titleStart: Int, bodyRun run: Range<Int>, limit: Int) -> Int? {
        var post = titleStart
        while post < run.lowerBound, let prefix = lexicon.titles.longestMatch(in: tokens, at: post, limit: run.lowerBound),
              prefix.value == .prefix {
            post += prefix.length
        }
        guard lexicon.words.match(.bodyPost, in: tokens, at: post, limit: run.lowerBound) != nil,
              !ApposedBody(lexicon: lexicon).startsPersonalName(tokens, at: run.lowerBound, limit: run.upperBound)
        else { return nil }
        return nameStart(in: tokens, titleStart: titleStart, comma: run.upperBound, limit: limit)
    }

    /// Whether the words at `start` open a sentence or follow a fronted phrase's comma.
    private func opensClause(_ tokens: [Token], at start: Int) -> Bool {
        guard start > 0 else { return true }
        let before = tokens[start - 1]
        if before.kind == .punctuation, Self.sentenceMarks.contains(before.key) { return true }
        guard before.key == ",", start >= 2 else { return false }
        let phraseEnd = tokens[start - 2]
        switch phraseEnd.kind {
        case .word: return !phraseEnd.isCapitalized
        case .number, .quote: return true
        case .punctuation: return false
        }
    }
}
