/// A statement, report or article that names its issuer after a link word (`issuer_links.tsv`:
/// `của`, `từ`, `do`) inside the mention stands for that issuer, not for a speaker named
/// before it: the mention is read from the issuer on, and the rules read the issuer.
///
/// Recognises: silver 2024-05-02-fed `Theo thông báo của Fed, …` → Fed (was `Mỹ`, the nearest
/// side before it: `statement: issuer is the nearest speaker before`); 2024-10-07-taeil `bài
/// viết mới do tờ Chosun đăng tải` → the medium. The trace says `statement: its issuer named
/// after it`.
/// Rejects: a link with no speaker's words right after it (`thông báo ký hợp đồng chính thức
/// của đội bóng`: no name, body, title or side opens the words after `của`; `một tuyên bố qua
/// email của công ty gửi tới Bloomberg`: the medium comes later), which `StatementRule` reads as
/// before; a mention whose first part is no statement (`đánh giá của các nhà quan sát`) or that
/// names someone before the statement.
/// Read on silver (baseline 6b6d8bb): of the 84 quotes read by `statement: issuer is the
/// nearest speaker before`, 29 name their issuer after `của`, `từ` or `do` (`Mỹ` 5 of them).
struct IssuerAfterStatement {
    let lexicon: SpeakerLexicon

    /// Where the issuer named after the mention's statement starts, or nil.
    func start(of parsed: ParsedMention, in tokens: [Token], parser: MentionParser) -> Int? {
        guard let statement = parsed.organizations.first, statement.entry.kind == .statement else { return nil }
        let after = statement.range.upperBound
        guard after < parsed.range.upperBound - 1 else { return nil }   // a link and an issuer after the statement
        // The statement is the mention's first part: no one is named before it.
        let starts = parsed.titles.map(\.range.lowerBound) + parsed.sides.map(\.range.lowerBound) + parsed.names.map(\.lowerBound)
        guard starts.allSatisfy({ $0 >= after }) else { return nil }
        guard let link = (after..<parsed.range.upperBound - 1).first(where: {
            tokens[$0].kind == .word && lexicon.issuerLinks.value(in: tokens, range: $0..<$0 + 1) != nil
        }) else { return nil }
        // A name, body, title or side opens the words after the link.
        let issuer = link + 1
        let rest = parser.parse(tokens, range: issuer..<parsed.range.upperBound)
        let opening = rest.titles.map(\.range.lowerBound) + rest.organizations.map(\.range.lowerBound)
            + rest.sides.map(\.range.lowerBound) + rest.names.map(\.lowerBound)
        return opening.min() == issuer ? issuer : nil
    }
}
