/// A post linked to a named body of no state: `Người phát ngôn của Everton`, `người đứng đầu
/// khối nghiên cứu tại Bitwise Asset Management`, `Phó chủ tịch … của Genius`. The capitalised
/// name after the title link (`của`, `tại`: `function_words.tsv` class `title_link`) is the
/// body the post belongs to — a club, a company, a federation — and the holder speaks for that
/// body, not for the article's first country: `NameRule` gives such a holder no side from the
/// context (`SpeakerRule.noContextSideNamedBody`).
///
/// Recognises (silver 2024-12-07-everton-dau-voi-liverpool): `Người phát ngôn của Everton cho
/// biết …` → no side (before: `Anh`, the article's first country); silver 2024-05-01-cz-binance
/// `Andy Goldin, người đứng đầu dữ liệu và phân tích toàn cầu tại Binance, cho biết …` → no
/// side (before: `Mỹ`).
/// Rejects: a side after the link (`Đại sứ tại Hungary`, `người phát ngôn của Nga`), a title
/// after it (`Người phát ngôn của Tổng thống Putin`: the principal's state, dev 303), a state
/// body after it (`của Bộ Ngoại giao`: `organizations.tsv` with a side or a home side, or a head
/// of `body_heads.tsv` that speaks for its country), a lower-case word after it (`nhà bình luận
/// kỳ cựu của đài Fox News`, `phát ngôn viên của ông Milei`).
struct PostOfNamedBody: Sendable {
    let lexicon: SpeakerLexicon

    /// Whether `tokens[range]` links a title to a named body of no state.
    func linksNamedBody(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        let limit = range.upperBound
        for position in range {
            guard let link = lexicon.words.match(.titleLink, in: tokens, at: position, limit: limit) else { continue }
            let next = position + link
            guard next < limit, tokens[next].kind == .word, tokens[next].isCapitalized,
                  lexicon.actor(in: tokens, at: next, limit: limit) == nil,
                  lexicon.title(in: tokens, at: next, limit: limit) == nil,
                  lexicon.words.match(.honorific, in: tokens, at: next, limit: limit) == nil,
                  !isStateBody(tokens, at: next, limit: limit) else { continue }
            return true
        }
        return false
    }

    /// The same for the words of a title the article writes elsewhere.
    func linksNamedBody(title: String) -> Bool {
        let source = SourceText(title)
        let tokens = Tokenizer.tokens(in: source, range: 0..<source.count)
        return linksNamedBody(tokens, tokens.indices)
    }

    /// Whether a state body starts at `index`: a body of `organizations.tsv` with a side or a
    /// home side, or a head of `body_heads.tsv` that speaks for its country (`Sở`, `Bộ`).
    private func isStateBody(_ tokens: [Token], at index: Int, limit: Int) -> Bool {
        if let body = lexicon.organization(in: tokens, at: index, limit: limit), body.entry.kind == .organization,
           body.entry.affiliation != nil || body.entry.homeSide != nil {
            return true
        }
        return lexicon.bodyHeads.longestMatch(in: tokens, at: index, limit: limit)?.value.speaksForCountry == true
    }
}
