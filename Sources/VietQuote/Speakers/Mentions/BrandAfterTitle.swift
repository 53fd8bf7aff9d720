/// A company's, brand's or medium's name right after a title (`founder Kalotoys`, `CEO Bybit`)
/// is the post's body, not the holder's name, when the article writes that name elsewhere as a
/// company or medium: right after a noun of `kind_nouns.tsv` (`startup Kalotoys`, `sàn Bybit`),
/// as `KindNamedInArticle` reads it. The name then ends the title (`founder Kalotoys`), and the
/// title with no name goes to `RoleRule`: the person the article names in that post, else the
/// role with its body (an unnamed holder), never the brand. Before, the brand became a person
/// (`Kalotoys`, title `nhà sáng lập`, 10 quotes in silver 2024-08-06-kalotoys).
///
/// Recognises: silver 2024-08-06-kalotoys `"…", founder Kalotoys khẳng định.` with `song startup
/// Kalotoys vẫn phải đối diện …` elsewhere → title `founder Kalotoys`, no name; 2025-02-22-bybit
/// `Tuy nhiên, CEO Bybit cho biết …` with `sàn Bybit bị hack` → title `CEO Bybit`, then its holder.
/// A body's head and lower-case words between the title and the name are the body's head, legal form or trade: silver
/// 2024-07-17-dai-hoc-mo-ha-noi `Phó Tổng Giám đốc Công ty cổ phần thời trang YODY cũng nhắn nhủ`
/// with `Công ty cổ phần thời trang YODY trao học bổng` → the title holds `YODY`.
/// Rejects: a name after an honorific (`ông Kim`: a person whatever the article calls a firm),
/// a name that opens with a Vietnamese family name (`CEO Phạm Kim Dung`), a name not right after
/// the title (`CEO Tim Cook của Apple`: `Apple` is after `của`), and a name the article writes
/// after no kind noun (`CEO Tim Cook`, `HLV Park`; a one-word Vietnamese syllable is never read
/// as a brand by `KindNamedInArticle`).
/// The speaker's trace adds `title: a company or medium the article names so, after the title`.
struct BrandAfterTitle {
    /// Lower-case words allowed between the title and the name: a company's legal form and trade
    /// that the title chain leaves before the name (`Công ty` + `cổ phần thời trang` + `YODY`).
    static let wordsBetween = 4

    let lexicon: SpeakerLexicon

    /// The mention's parse with each name that the article writes as a company or medium, right
    /// after a title, moved into that title.
    func apply(to parsed: inout ParsedMention, _ tokens: [Token], source: SourceText,
               paragraphs: [ParagraphContext], bodies: inout BodySides) {
        guard !parsed.honorific, !parsed.titles.isEmpty, !parsed.names.isEmpty else { return }
        parsed.moveNamesIntoTitles(.brandAfterTitle, .brandNameInTitle) { name, titles in
            guard let title = titles.firstIndex(where: { ends($0.range, before: name, tokens) }),
                  !lexicon.startsPersonalName(tokens, at: name.lowerBound),
                  let kind = KindNamedInArticle(lexicon: lexicon).kind(of: ArticleIndex.text(tokens, name, source),
                                                                        paragraphs: paragraphs, bodies: &bodies),
                  kind == .organization || kind == .media else { return nil }
            return title
        }
    }

    /// Whether the title ends right before the name, or before a body's head (`body_heads.tsv`:
    /// `Công ty`) and lower-case words only that run up to it (`cổ phần thời trang`).
    private func ends(_ title: Range<Int>, before name: Range<Int>, _ tokens: [Token]) -> Bool {
        guard title.upperBound <= name.lowerBound else { return false }
        let head = lexicon.bodyHeads.longestMatch(in: tokens, at: title.upperBound, limit: name.lowerBound)?.length ?? 0
        let words = title.upperBound + head..<name.lowerBound
        return words.count <= Self.wordsBetween && words.allSatisfy { tokens[$0].kind == .word && !tokens[$0].isCapitalized }
    }
}
