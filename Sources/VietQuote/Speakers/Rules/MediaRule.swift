/// A medium heading the mention (`organizations.tsv`, kind `media`) is the speaker, named by
/// the name after its head when it has one; a medium has no side.
///
/// Recognises: `Tờ Kommersant cho biết hai bên đã nhất trí …` → Kommersant
/// (`media: organizations.tsv:N`).
/// Rejects: a medium that passes on someone's words (`Báo Nga Izvestia dẫn nguồn tin …`):
/// the mention is cut after the relay before the rules run (`SpeakerResolver.trimmed`).
/// Rejects, too, a medium after a person in the mention (an honorific, a title or a name
/// before it): the medium only carries the person's words or is part of their title or name,
/// and the later rules read the person — `ông Kevin Feige - chủ tịch Hãng Marvel thông báo …`
/// (Marvel is his employer), `…”, chị Trang chia sẻ.` (`trang` is a media head, here a name).
struct MediaRule: SpeakerSieve {
    func decide(_ mention: inout MentionContext) -> SpeakerDecision? {
        guard let org = mention.parsed.organizations.first, org.entry.kind == .media,
              !Self.personBefore(org.range.lowerBound, in: mention.parsed) else { return nil }
        if let unnamed = MediumWithoutName.decide(org, mention) { return unnamed }
        if let press = MediumOfCountrySyllable.decide(org, mention) { return press }
        let name = org.name.map(mention.text) ?? mention.text(org.range)
        return SpeakerDecision(Speaker(name: name, mention: mention.text, kind: .media), .media, entry: org.entry.origin)
    }

    /// Whether the mention names a person (an honorific, a title or a name) before `start`.
    static func personBefore(_ start: Int, in parsed: ParsedMention) -> Bool {
        parsed.honorific || parsed.titles.contains { $0.range.lowerBound < start }
            || parsed.names.contains { $0.lowerBound < start }
    }
}
