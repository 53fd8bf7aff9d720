/// A name the mention writes alone (no title, no honorific) that took a title only from the
/// article's index of titled names is a company, club or medium when the article writes it
/// after a noun of its kind (`KindNamedInArticle`: `công ty VinFast`, `DIC Corp`): the title
/// the index gave it is the post of a person of that company (`CEO VinFast`, `lãnh đạo DIC
/// Corp`, `chủ tịch Vinaconex`), read as if the company held it. The speaker is then the
/// company, with no title and no side (a company speaks for no state, ANNOTATION.md).
///
/// Recognises: silver 2024-04-15-pham-nhat-vuong `… này là VinFast tự mô tả …` beside `công ty
/// VinFast` and `CEO VinFast` → `VinFast`, organization (was a person titled `CEO`); silver
/// 2024-08-11-dig `lãnh đạo DIC Corp cho biết` and `DIC Corp` (a name ending in `Corp`).
///
/// Rejects: a name that opens with a Vietnamese family name (silver 2024-06-14-thanh-thanh-huyen
/// `tố công ty Chu Thanh Huyền đạo nhái`: her firm, and she stays the person), a title the mention itself writes (`Tổng giám đốc VinFast Thị trường Việt Nam`:
/// `BrandAfterTitle` reads the title's company), a name after an honorific (`ông Vượng`), and a
/// name the article writes after no noun of a company's kind (a person with a known title:
/// `Bộ trưởng Lavrov … Lavrov nói` stays the minister).
struct CompanyTitledByArticle: Sendable {
    let lexicon: SpeakerLexicon

    /// The kind the article gives `name`, when its title came from the article and not from
    /// the mention (`titleInMention`), or nil.
    func kind(of name: String, at nameRange: Range<Int>, titleInMention: Bool, honorific: Bool,
              mention: inout MentionContext) -> SpeakerKind? {
        guard !titleInMention, !honorific, !lexicon.startsPersonalName(mention.tokens, at: nameRange.lowerBound) else { return nil }
        return KindNamedInArticle(lexicon: lexicon).kind(of: name, paragraphs: mention.paragraphs, bodies: &mention.bodies)
    }
}
