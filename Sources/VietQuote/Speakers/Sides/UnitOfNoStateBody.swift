/// A post in a unit of a body of no state: whatever the office word and whatever the unit
/// (`Giám đốc Y khoa`, `Trung tâm Tư vấn-Tuyển sinh`, `Hội đồng Trị sự`), a title that goes on
/// to a company, a school, a hospital or a church is that body's, and ANNOTATION.md gives such a
/// speaker no affiliation (hospitals, schools, companies … have null). The body of no state is
/// a head of `body_heads.tsv` with side `none` (`Trường ĐH`, `Công ty`, `Bệnh viện`) anywhere
/// after the title's first word, or a `no_state_unit` word of `function_words.tsv` (a chain
/// `hệ thống`, a church `giáo hội`). `TitleSides` reads only the
/// first body of a title, so a state-like unit's head before the body (`Trung tâm`, `Hội đồng`)
/// gave its Vietnamese holder the home side; the rule names call it with `PostOfNamedBody`
/// (`refusal`), and the holder keeps no side (`no home side: a unit of a body of no state`).
///
/// Recognises (silver 2024-08-13-benh-soi): `bà Bạch Thị Chính, Giám đốc Y khoa Hệ thống tiêm
/// chủng VNVC, cho biết …` → no side (before: `Việt Nam`); silver 2024-07-30-dang-ky-nguyen-vong
/// `Phó giám đốc Trung tâm Tư vấn-Tuyển sinh Trường ĐH Kinh tế-Tài chính TP` → no side.
/// Rejects: a national body of `organizations.tsv` before the unit (`Thứ trưởng Bộ Y tế`, `Ngân
/// hàng Nhà nước`: a state organ decides first), a title with no body of no state (`Phó Giám đốc
/// Sở Giáo dục và Đào tạo TPHCM`, `trưởng Phòng Giáo dục và Đào tạo quận Liên Chiểu`).
struct UnitOfNoStateBody: Sendable {
    let lexicon: SpeakerLexicon

    /// The rule that refuses a Vietnamese holder of `title` the home side of a bare title: the
    /// post of a named body (`PostOfNamedBody`) or a unit of a body of no state; nil if none does.
    /// A post linked to its body (`Trưởng phòng … của akaBot`) is refused as one the body's name
    /// follows; a body written in mixed case (`iPOS`) by `MixedCaseBrand`.
    func refusal(title: String) -> SpeakerRule? {
        let post = PostOfNamedBody(lexicon: lexicon)
        if post.headsNamedBody(title: title) || post.linksNamedBody(title: title) { return .noHomeSideNamedBody }
        if namesUnitOfNoState(title: title) { return .noHomeSideUnitOfNoState }
        let brands = PostOfNamedBody(lexicon: lexicon, readsBrands: true)
        return brands.headsNamedBody(title: title) || brands.linksNamedBody(title: title) ? .noHomeSideMixedCaseBrand : nil
    }

    /// Whether the title's words after its first name a body of no state before any national body.
    func namesUnitOfNoState(title: String) -> Bool {
        let tokens = PostOfNamedBody.tokens(title)
        for position in tokens.indices.dropFirst() {
            if let body = lexicon.organization(in: tokens, at: position, limit: tokens.count), body.entry.kind == .organization,
               body.entry.affiliation != nil || body.entry.homeSide != nil {
                return false
            }
            if lexicon.bodyHeads.longestMatch(in: tokens, at: position, limit: tokens.count)?.value.speaksForCountry == false
                || lexicon.words.match(.noStateUnit, in: tokens, at: position, limit: tokens.count) != nil {
                return true
            }
        }
        return false
    }
}
