/// A mention made only of a pronoun, honorific or anaphor stands for the nearest earlier
/// speaker of a compatible kind (`ông` a person, `nước này` a country, `Bộ này` a body).
///
/// Recognises: `"Chúng tôi không muốn đối đầu", ông nói.` after `Ngoại trưởng Nga Sergei
/// Lavrov tuyên bố …` → Sergei Lavrov (`pronoun: nearest compatible speaker before`).
/// An anaphor with a place name inside (`quốc gia Trung Đông này`) counts as `quốc gia này`.
/// Rejects: a mention with a name (`ông Lavrov`), which `NameRule` reads; with no earlier
/// compatible speaker the mention itself is the speaker (`pronoun: no earlier speaker`).
struct PronounRule: SpeakerSieve {
    func decide(_ mention: inout MentionContext) -> SpeakerDecision? {
        guard let target = mention.resolver.anaphor(mention.tokens, mention.range) else { return nil }
        if var earlier = mention.history.nearest(target) {
            earlier.mention = mention.text
            return SpeakerDecision(earlier, .pronounNearest)
        }
        return SpeakerDecision(Speaker(name: mention.text, mention: mention.text, kind: target == .country ? .country : .person),
                               .pronounUnresolved)
    }
}
