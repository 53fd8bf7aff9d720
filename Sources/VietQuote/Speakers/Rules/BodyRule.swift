/// An organisation that heads the mention is the speaker, with the country or body after it
/// as its side (`organizations.tsv`, kind `organization`).
///
/// Recognises: `Bộ Ngoại giao Nga cho biết …` → Bộ Ngoại giao Nga, Nga
/// (`organization: organizations.tsv:N`).
/// Rejects: an organisation after a title (`Người phát ngôn Bộ Ngoại giao Nga`: the title
/// speaks, `RoleRule`), media, unnamed sources and statements (the rules after this one).
struct BodyRule: SpeakerSieve {
    func decide(_ mention: inout MentionContext) -> SpeakerDecision? {
        guard let org = mention.parsed.organizations.first, org.entry.kind == .organization,
              mention.parsed.titles.isEmpty || mention.parsed.titles[0].range.lowerBound > org.range.lowerBound else { return nil }
        return SpeakerDecision(Speaker(name: mention.text(org.range), mention: mention.text, kind: .organization,
                                       affiliation: org.affiliation),
                               .organization, entry: org.entry.origin)
    }
}
