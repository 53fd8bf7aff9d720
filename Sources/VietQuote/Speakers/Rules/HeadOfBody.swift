/// "The head of" a body (`Người đứng đầu Bộ Công an`: a `head` row of head_titles.tsv, then a
/// capitalised body whose head has a `body` row) is the post of that body's head (`Bộ trưởng`
/// of `Bộ`, `Chủ tịch` of `UBND`, `Thủ tướng` of `Chính phủ`): the article's one holder of the
/// post written with this body (`Bộ trưởng Bộ Công an …`) or alone (`Bộ trưởng Lương Tam
/// Quang`), else the post itself, unnamed, with its body (`Bộ trưởng Bộ Công an`) or, for a
/// post that names its body (`written` alone), with what follows the body's head (`Chủ tịch
/// nước Việt Nam`). `RoleRule` reads it after the article's person of the mention's own title.
///
/// Recognises: silver 2025-01-08-tinh-gon-cong-an-cap-huyen `Người đứng đầu Bộ Công an cũng
/// yêu cầu …` after `Bộ trưởng Lương Tam Quang nhấn mạnh …` → Lương Tam Quang (`title: the
/// head of a body, the article's holder of its post`; was the unnamed `Người đứng đầu Bộ Công
/// an`); 2024-11-10-luong-cuong `Người đứng đầu Nhà nước Việt Nam` → Lương Cường, the
/// article's `Chủ tịch nước`.
/// Rejects: a body with no row (`Người đứng đầu tập đoàn Apple`: a company's head is a
/// chairman or a chief executive; `Người đứng đầu bóng đá Indonesia`: no body head), a body
/// in lower case (`người đứng đầu bộ ngành`: any body, no name), a longer head of
/// body_heads.tsv than the row (`Đảng ủy` is no `Đảng`), and a mention the phrase does not open.
enum HeadOfBody {
    /// The post `Người đứng đầu <body>` names: its text (with the body or what follows it),
    /// its match keys, and the post's own keys (`bộ trưởng`).
    struct Post {
        let text: String
        let keys: [String]
        let titleKeys: [String]
    }

    /// The post of the head of the body after `title`'s head phrase, or nil.
    static func post(of title: Range<Int>, in mention: MentionContext) -> Post? {
        let tokens = mention.tokens, end = mention.range.upperBound, lexicon = mention.lexicon
        guard title.lowerBound == mention.range.lowerBound,
              let phrase = lexicon.headTitles.longestMatch(in: tokens, at: title.lowerBound, limit: end), phrase.value.title == nil
        else { return nil }
        let body = title.lowerBound + phrase.length
        guard body < end, tokens[body].kind == .word, tokens[body].isCapitalized,
              let row = lexicon.headTitles.longestMatch(in: tokens, at: body, limit: end), let post = row.value.title,
              (lexicon.bodyHeads.longestMatch(in: tokens, at: body, limit: end)?.length ?? 0) <= row.length else { return nil }
        let bodyEnd = title.upperBound > body + row.length ? title.upperBound : RoleOfNamedBody.bodyEnd(from: body + 1, in: mention)
        let kept = row.value.withBody ? body : body + row.length
        let after = kept < bodyEnd ? " " + mention.text(kept..<bodyEnd) : ""
        return Post(text: post + after, keys: MatchKey.words(post + after), titleKeys: MatchKey.words(post))
    }

    /// The article's one person titled with the post, with its body or alone.
    static func holder(of post: Post, in mention: MentionContext) -> ArticleIndex.Run? {
        mention.index.person(titled: post.keys) ?? mention.index.person(titled: post.titleKeys)
    }
}

/// A row of `head_titles.tsv`: words that say "the head of" (no title), or a body's head with
/// the post of its own head and whether the post is written with the body's name.
struct HeadTitle: Sendable, Hashable {
    let title: String?
    let withBody: Bool

    /// The rows of `head_titles.tsv`.
    static func table(_ files: LexiconFiles) throws(LexiconError) -> PhraseTrie<HeadTitle> {
        var rows = PhraseTrie<HeadTitle>()
        for row in try files.table("head_titles.tsv", columns: ["phrase", "relation", "title", "written"]).rows {
            let head = try row.choice("relation", in: ["head", "body"]) == "head"
            let value = head ? HeadTitle(title: nil, withBody: false)
                : HeadTitle(title: try row.required("title"), withBody: try row.choice("written", in: ["with", "alone"]) == "with")
            rows.insert(phrase: try row.required("phrase"), value: value)
        }
        return rows
    }
}
