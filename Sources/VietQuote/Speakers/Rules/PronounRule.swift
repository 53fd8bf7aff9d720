/// A mention made only of a pronoun, honorific or anaphor stands for the nearest earlier
/// speaker of a compatible kind (`ông` a person, `nước này` a country, `Bộ này` a body).
///
/// Recognises: `"Chúng tôi không muốn đối đầu", ông nói.` after `Ngoại trưởng Nga Sergei
/// Lavrov tuyên bố …` → Sergei Lavrov (`pronoun: nearest compatible speaker before`).
/// An anaphor with a place name inside (`quốc gia Trung Đông này`) counts as `quốc gia này`.
/// Pronouns and kinship terms of `speaker_pronouns.tsv` count (`Cô cho rằng …` → the nearest
/// person), except a side (`Anh`) that the article writes as a side elsewhere (`Thủ tướng Anh`).
/// Rejects: a mention with a name (`ông Lavrov`), which `NameRule` reads; with no earlier
/// compatible speaker the mention is an unnamed source, kind `source`, never a country
/// unless it is a country anaphor (`pronoun: no earlier speaker`).
struct PronounRule: SpeakerSieve {
    func decide(_ mention: inout MentionContext) -> SpeakerDecision? {
        guard let target = mention.resolver.anaphor(mention.tokens, mention.range), !isSide(mention) else { return nil }
        if var earlier = mention.history.nearest(target) {
            earlier.mention = mention.text
            return SpeakerDecision(earlier, .pronounNearest)
        }
        return SpeakerDecision(Speaker(name: mention.text, mention: mention.text, kind: target == .country ? .country : .source),
                               .pronounUnresolved)
    }

    /// A pronoun that is also a side (`Anh`, the United Kingdom) is the side when the article
    /// writes it as a side elsewhere: after a title or body (`Thủ tướng Anh`), or `phía Anh`.
    private func isSide(_ mention: MentionContext) -> Bool {
        let range = mention.range
        guard let side = mention.lexicon.actor(in: mention.tokens, at: range.lowerBound, limit: range.upperBound),
              side.length == range.count else { return false }
        return mention.index.writesAsSide(side.entry.side, mention.tokens[range.lowerBound])
    }
}
