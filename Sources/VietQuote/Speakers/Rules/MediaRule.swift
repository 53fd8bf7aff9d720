/// A medium heading the mention (`organizations.tsv`, kind `media`) is the speaker, named by
/// the name after its head when it has one; a medium has no side.
///
/// Recognises: `Tờ Kommersant cho biết hai bên đã nhất trí …` → Kommersant
/// (`media: organizations.tsv:N`).
/// Rejects: a medium that passes on someone's words (`Báo Nga Izvestia dẫn nguồn tin …`):
/// the mention is cut after the relay before the rules run (`SpeakerResolver.trimmed`).
struct MediaRule: SpeakerSieve {
    func decide(_ mention: inout MentionContext) -> SpeakerDecision? {
        guard let org = mention.parsed.organizations.first, org.entry.kind == .media else { return nil }
        let name = org.name.map(mention.text) ?? mention.text(org.range)
        return SpeakerDecision(Speaker(name: name, mention: mention.text, kind: .media), .media, entry: org.entry.origin)
    }
}
