/// A mention that opens with a noun of people who belong to someone and `của` (class
/// `member_noun` of `function_words.tsv`: `fan của`, `người hâm mộ của`, `CĐV của`, `đồng đội
/// của`, `quản lý của`, `bạn bè của`), then the name of a person, team or body, names those
/// people, not the one they belong to: the fans, the teammate, the manager speak (issue 14,
/// item 7: the other party of the clause read as the speaker). The article gives them no name at the mention, so they are an
/// unnamed source that keeps its words up to the end of the owner's name, as `KinPossessorRule`
/// keeps `Mẹ của Ronaldo` and `AgentOfOwnerRule` `đại diện của Linh Ka`; a quantifier or
/// number before the noun (`Nhiều`, `một`, `3`) is kept.
///
/// Recognises: silver 2024-07-06-thien-minh `Nhiều fan của Wanbi Tuấn Anh bồi hồi nhớ lại` →
/// `Nhiều fan của Wanbi Tuấn Anh` (was the late singer `Wanbi Tuấn Anh`); 2024-04-17-nguyen-
/// ngoc-thang `một CĐV của U23 Việt Nam tức giận bày tỏ` (was the team); 2024-08-12-miu-le
/// `quản lý của Miu Lê` (was the singer) (`source: people of the one named after them`).
/// Rejects: a noun with no `của` after it (`quản lý Miu Lê`, `đồng đội Quang Hải`: the name may
/// be the noun's own holder in apposition), words or punctuation between `của` and the owner
/// but an honorific or a title (`fan của nam ca sĩ Wanbi Tuấn Anh` is read, `fan của bộ phim`
/// is not), a noun not opening the mention after its quantifiers (`Trang cá nhân của Nấm`,
/// `siêu máy tính của Opta`: no people), a name after the owner's (`đồng đội của Messi, Luis
/// Suárez`: the holder in apposition speaks) and a mention with no name, body or side after
/// `của` (`Một người thân của nạn nhân`, read by the other rules).
struct MemberOfNamedRule: SpeakerSieve {
    func decide(_ mention: inout MentionContext) -> SpeakerDecision? {
        guard let end = Self.ownerEnd(mention) else { return nil }
        let name = mention.text(Range(from: mention.range.lowerBound, to: end))
        return SpeakerDecision(Speaker(name: name, mention: mention.text, kind: .source, affiliation: nil), .memberOfNamed)
    }

    /// The end of the owner's name after the mention's opening people noun and `của`, or nil
    /// when the mention opens with no such noun before a name, body or side.
    static func ownerEnd(_ mention: MentionContext) -> Int? {
        let tokens = mention.tokens, range = mention.range, words = mention.words
        guard var position = range.first else { return nil }
        // `Nhiều fan`, `một CĐV`, `3 đồng đội`: the words that count the people.
        while position < range.upperBound {
            if tokens[position].kind == .number {
                position += 1
            } else if tokens[position].kind == .word, let length = words.match(.quantifier, in: tokens, at: position, limit: range.upperBound) {
                position += length
            } else { break }
        }
        // The noun and its `của`, one entry of the class (`fan của`, `quản lý của`).
        guard position < range.upperBound, tokens[position].kind == .word,
              let length = words.match(.memberNoun, in: tokens, at: position, limit: range.upperBound) else { return nil }
        position += length
        guard position < range.upperBound, tokens[position].kind == .word else { return nil }
        // The parse before `RolePossessor` runs a title over the name after `của` and drops that name.
        let parsed = mention.resolver.parser.parse(tokens, range: range)
        if words.isWord(tokens, at: position, .honorific) {
            position += 1
        } else if let title = parsed.titles.first(where: { $0.range.lowerBound == position }) {
            position = title.range.upperBound
        }
        // The owner: names, bodies and sides that follow one another (`U23` + `Việt Nam`).
        let pieces = parsed.names + parsed.organizations.map(\.range) + parsed.sides.map(\.range)
        var end = position
        while let next = pieces.filter({ $0.lowerBound == end && $0.upperBound > end }).map(\.upperBound).max() { end = next }
        guard end > position, !parsed.names.contains(where: { $0.lowerBound > end }) else { return nil }
        return end
    }
}
