/// A body whose head speaks for no state (`body_heads.tsv` side `none`: a company, a
/// university, a federation, a club, a hospital) has no side, though a country or its
/// capital ends its name: ANNOTATION.md gives companies, schools, clubs and hospitals a null
/// affiliation, and the country in such a name says where the body is, not that it speaks
/// for that state. Such a body is also the one its mention names first: a state organ's place
/// after it (`Trường Đại học Khoa học Tự nhiên, Đại học Quốc gia Thành phố Hồ Chí Minh`) is
/// no side of it (`BodySideCompletion` stops at it).
///
/// Recognises: `Công ty Knight Frank Việt Nam`, `Đại học Bách khoa Hà Nội`, `Liên đoàn bóng
/// đá Thái Lan` (silver, audit pattern 4) → no side (`no side: a body of no state`).
/// Rejects: a body of `organizations.tsv` (`Ngân hàng Nhà nước`, a central bank, keeps its
/// home side), a head of side `country` (`Bộ Quốc phòng Nga`), a person (`Chủ tịch …`: the
/// title decides) and a speaker chosen by another rule than `BodyRule`.
struct NoStateBody: Sendable {
    let lexicon: SpeakerLexicon

    /// Whether the body `length` words long at `index` is one of the body grammar whose
    /// head speaks for no state.
    func isBodyOfNoState(_ tokens: [Token], at index: Int, length: Int, entry: OrganizationEntry) -> Bool {
        guard let head = lexicon.bodyHeads.longestMatch(in: tokens, at: index, limit: index + length) else { return false }
        return !head.value.speaksForCountry && head.value.origin == entry.rowOrigin
    }

    /// Takes the side off a body of no state that `BodyRule` chose (the first body of the mention).
    func clearSide(_ decision: inout SpeakerDecision, tokens: [Token], mention: Range<Int>) {
        guard decision.speaker.kind == .organization, decision.speaker.affiliation != nil,
              decision.trace.rules.first == .organization else { return }
        for position in mention {
            guard let org = lexicon.organization(in: tokens, at: position, limit: mention.upperBound),
                  org.entry.kind == .organization else { continue }
            if isBodyOfNoState(tokens, at: position, length: org.length, entry: org.entry) {
                decision.speaker.affiliation = nil
                decision.trace.append(.noSideBodyOfNoState)
            }
            return
        }
    }
}
