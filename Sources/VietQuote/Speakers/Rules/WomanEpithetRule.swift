/// An epithet of one woman without a name (`Người đẹp`, "the beauty"; class `female_epithet`
/// of `function_words.tsv`) stands for the nearest earlier speaker the article never marks as
/// a man (`GenderAgreement`: `ông`, `nam diễn viên`), as `EpithetRule` does for `nữ diễn viên`.
///
/// Recognises: silver 2025-02-11-mc `Phương Mai còn "phốt" chồng cô … Người đẹp viết: "…"` →
/// Phương Mai (`epithet: nearest woman before`; was the unnamed source `Người đẹp`).
/// Rejects: a mention with anything after the epithet (`Người đẹp 9x`, `người đẹp của làng`),
/// a name, body or side (the rules before this one), and an epithet with no earlier speaker of
/// its gender: it stays an unnamed source that keeps its words (`LastResortRule`).
/// Read on silver: a demonstrative description (`Người này`, `Phụ huynh này`, `Đơn vị này`)
/// taken for the nearest earlier speaker of its kind was wrong as often as right (9 of 15: the
/// antecedent is the person last introduced, often unnamed, not the last speaker): no rule.
struct WomanEpithetRule: SpeakerSieve {
    func decide(_ mention: inout MentionContext) -> SpeakerDecision? {
        let parsed = mention.parsed, tokens = mention.tokens, range = mention.range
        guard parsed.names.isEmpty, parsed.sides.isEmpty, parsed.organizations.isEmpty,
              range.allSatisfy({ tokens[$0].kind == .word }),
              mention.words.match(.femaleEpithet, in: tokens, at: range.lowerBound, limit: range.upperBound) == range.count
        else { return nil }
        let agreement = GenderAgreement(words: mention.words)
        let history = mention.history
        let marked = agreement.marks(history)
        guard var earlier = history.last(where: {
            history.kinds[$0] == .person && !history.speakers[$0].name.isEmpty
                && agreement.agrees(history, at: $0, with: .female, marked: marked)
        }) else { return nil }
        earlier.mention = mention.text
        return SpeakerDecision(earlier, .epithetWoman)
    }
}
