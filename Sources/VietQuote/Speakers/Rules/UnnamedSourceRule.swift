/// An unnamed source (`organizations.tsv`, kind `source`: `quan chức`, `nguồn tin`) keeps
/// all its words as its name, and the one side they name as its side; written again
/// shorter, it is the same source (`source: the same source named before`).
///
/// Recognises: `Các quan chức Mỹ cho biết …` → `Các quan chức Mỹ`, Mỹ
/// (`source: organizations.tsv:N`); `Nhà ngoại giao Ả Rập cũng cho biết …` after `Một nhà
/// ngoại giao Ả Rập …` → the fuller source.
/// Rejects: a source noun with a title in the mention (`RoleRule` reads it).
struct UnnamedSourceRule: SpeakerSieve {
    func decide(_ mention: inout MentionContext) -> SpeakerDecision? {
        guard let org = mention.parsed.organizations.first, org.entry.kind == .source, mention.parsed.titles.isEmpty else { return nil }
        let keys = mention.keys(org.range)
        if var earlier = mention.history.lastSource(endingWith: keys) {
            earlier.mention = mention.text
            return SpeakerDecision(earlier, .sameSource)
        }
        return SpeakerDecision(Speaker(name: mention.text(org.range), mention: mention.text, kind: .source, affiliation: org.affiliation),
                               .source, entry: org.entry.origin)
    }
}
