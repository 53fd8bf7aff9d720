/// A post of a named body of no state, in either of news's two shapes: the post linked to the
/// body's name (`Người phát ngôn của Everton`, `người đứng đầu khối nghiên cứu tại Bitwise Asset
/// Management`, `Phó chủ tịch … của Genius`: after a `title_link` of `function_words.tsv`,
/// `của`, `tại`), or a post any body has with the name right after it (`Chủ tịch FPT`, `tổng
/// giám đốc VCCorp`, `Chủ tịch HĐQT FPT`: a `body_post` head of `function_words.tsv`). The
/// capitalised name is the body the post belongs to — a club, a company, a federation — and the
/// holder speaks for that body: `NameRule` gives such a holder no side from the article's
/// context (`SpeakerRule.noContextSideNamedBody`), and neither rule that names a holder gives a
/// Vietnamese holder the home side of a bare title (`SpeakerRule.noHomeSideNamedBody`).
///
/// Recognises (silver 2024-12-07-everton-dau-voi-liverpool): `Người phát ngôn của Everton cho
/// biết …` → no side (before: `Anh`, the article's first country); silver 2024-05-01-cz-binance
/// `Andy Goldin, người đứng đầu dữ liệu và phân tích toàn cầu tại Binance, cho biết …` → no
/// side (before: `Mỹ`); dev 446 `ông Trương Gia Bình, Chủ tịch HĐQT FPT` → no side (before:
/// `Việt Nam`, gold null).
/// Rejects: a side after the link or the post (`Đại sứ tại Hungary`, `người phát ngôn của Nga`),
/// a title (`Người phát ngôn của Tổng thống Putin`: the principal's state, dev 303), a state
/// body (`Chủ tịch UBND phường Bách Khoa`, `Giám đốc Sở Y tế`, `của Bộ Ngoại giao`:
/// `organizations.tsv` with a side or a home side, or a head of `body_heads.tsv` that speaks for
/// its country), a lower-case word (`nhà bình luận kỳ cựu của đài Fox News`, `phát ngôn viên
/// của ông Milei`), and a post that is no body's (`Thủ tướng`, `Bộ trưởng`: the name after it
/// is no body). After a post, also a capitalised qualifier that a lower-case word continues
/// (`Phó Chủ tịch Thường trực`), and a title that names a state body or a place further on
/// (`Giám đốc BHXH tỉnh Điện Biên`: a state agency's provincial office).
struct PostOfNamedBody: Sendable {
    let lexicon: SpeakerLexicon
    /// Whether a word written in mixed case names a body too (`MixedCaseBrand`: `iPOS`,
    /// `akaBot`); read only in a title's own text.
    var readsBrands = false

    /// Whether `tokens[range]` links a title to a named body of no state.
    func linksNamedBody(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        linksNamedBody(tokens, range, source: nil)
    }

    /// The same for the words of a title the article writes elsewhere.
    func linksNamedBody(title: String) -> Bool {
        let source = SourceText(title)
        let tokens = Tokenizer.tokens(in: source, range: 0..<source.count)
        return linksNamedBody(tokens, tokens.indices, source: source)
    }

    private func linksNamedBody(_ tokens: [Token], _ range: Range<Int>, source: SourceText?) -> Bool {
        range.contains { position in
            lexicon.words.match(.titleLink, in: tokens, at: position, limit: range.upperBound)
                .map { namesBody(tokens, at: position + $0, limit: range.upperBound, source: source) } == true
        }
    }

    /// Whether the title's words open with a post any body has (after its prefixes: `cựu Chủ
    /// tịch FLC`) and a named body of no state right after it.
    func headsNamedBody(title: String) -> Bool {
        let source = SourceText(title)
        let tokens = Tokenizer.tokens(in: source, range: 0..<source.count)
        var start = 0
        while start < tokens.count, let prefix = lexicon.titles.longestMatch(in: tokens, at: start), prefix.value == .prefix {
            start += prefix.length
        }
        guard let post = lexicon.words.match(.bodyPost, in: tokens, at: start, limit: tokens.count) else { return false }
        let name = start + post, end = tokens.count
        // `Phó Chủ tịch Thường trực UBND tỉnh Khánh Hòa`: a capitalised word that a lower-case
        // one continues is a qualifier of the post, not a body's name (an acronym is one).
        guard namesBody(tokens, at: name, limit: end, source: source),
              tokens[name].isAllCaps || tokens[ifPresent: name + 1].map({ $0.kind != .word || $0.isCapitalized }) ?? true
        else { return false }
        // A state body or a place later in the title (`Ủy viên Trung ương Đảng, Thứ trưởng Bộ Công
        // an`, `Giám đốc BHXH tỉnh Điện Biên`): a state organ or its local office.
        return !(name..<end).contains { isStateBody(tokens, at: $0, limit: end) || lexicon.placeHeads.longestMatch(in: tokens, at: $0, limit: end) != nil }
    }

    /// Whether a capitalised name of no side, title or state body starts at `index` (with
    /// `readsBrands`, also a word of `source` written in mixed case).
    private func namesBody(_ tokens: [Token], at index: Int, limit: Int, source: SourceText?) -> Bool {
        guard index < limit, tokens[index].kind == .word,
              tokens[index].isCapitalized || readsBrands && source.map({ MixedCaseBrand.isBrand(tokens[index], in: $0) }) == true,
              lexicon.actor(in: tokens, at: index, limit: limit) == nil,
              lexicon.title(in: tokens, at: index, limit: limit) == nil,
              lexicon.words.match(.honorific, in: tokens, at: index, limit: limit) == nil
        else { return false }
        return !isStateBody(tokens, at: index, limit: limit)
    }

    /// Whether a state body starts at `index`: a body of `organizations.tsv` with a side or a
    /// home side, or a head of `body_heads.tsv` that speaks for its country (`Sở`, `UBND`).
    private func isStateBody(_ tokens: [Token], at index: Int, limit: Int) -> Bool {
        if let body = lexicon.organization(in: tokens, at: index, limit: limit), body.entry.kind == .organization,
           body.entry.affiliation != nil || body.entry.homeSide != nil {
            return true
        }
        return lexicon.bodyHeads.longestMatch(in: tokens, at: index, limit: limit)?.value.speaksForCountry == true
    }

    static func tokens(_ text: String) -> [Token] {
        let source = SourceText(text)
        return Tokenizer.tokens(in: source, range: 0..<source.count)
    }
}
