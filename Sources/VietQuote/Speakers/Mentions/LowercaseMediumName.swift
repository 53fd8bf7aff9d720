/// A medium whose name is made of common words (`Nhân Dân`, organizations.tsv) is that
/// medium only when written capitalised, as a name, or after a medium's head (`báo nhân dân`):
/// written in lower case it is the common words (`nhân dân` "the people"), most often inside
/// a state body's name (`Ủy ban nhân dân tỉnh Yên Bái`, `Tòa án nhân dân thành phố Hà Nội`).
/// Silver had `theo thông tin từ Ủy ban nhân dân tỉnh Yên Bái` (2024-04-22-tai-nan-nha-may-xi-mang-yen-bai)
/// and `Tòa án nhân dân thành phố Hà Nội` (2025-01-05-chau-viet-cuong-ra-tu) → speaker `nhân dân`, kind media.
///
/// Recognises: a row of `organizations.tsv` of kind media that names one medium (no lower-case
/// head such as `báo`, no acronym), its first word written in lower case, with no medium head
/// right before it (`nameInLowercase`).
/// Rejects: `Nhân Dân`, `báo Nhân Dân` (capitalised), `báo nhân dân` (after the head `báo`:
/// the writer names the paper), a head (`tờ báo`, `truyền thông`: lower-case rows).
struct LowercaseMediumName: Sendable {
    /// The longest medium head (`tờ báo`, `trang tin`) read right before a name, in words.
    static let headWords = 2

    let lexicon: SpeakerLexicon

    /// Whether the organisation `org` read at `index` is a medium's name written in lower case.
    func isCommonWords(_ org: (length: Int, entry: OrganizationEntry), _ tokens: [Token], at index: Int) -> Bool {
        guard org.entry.kind == .media, !org.entry.isGenericHead, !org.entry.isAcronym,
              tokens[index].kind == .word, !tokens[index].isCapitalized else { return false }
        return !(max(0, index - Self.headWords)..<index).contains { start in
            guard let head = lexicon.organization(in: tokens, at: start, limit: index) else { return false }
            return head.length == index - start && head.entry.kind == .media && head.entry.isGenericHead
        }
    }
}
