/// A quantified role without a name (`các bộ trưởng ngoại giao của nhóm G7`) is a group of
/// unnamed people: a source named as written, with the one side its words name.
///
/// Recognises: `Các bộ trưởng ngoại giao G7 cho biết …` → `Các bộ trưởng ngoại giao G7`
/// (`source: quantified role`).
/// Rejects: a role with a name, or without a quantifier (`RoleRule`).
struct QuantifiedRoleRule: SpeakerSieve {
    func decide(_ mention: inout MentionContext) -> SpeakerDecision? {
        let parsed = mention.parsed
        guard parsed.quantified, parsed.names.isEmpty, let title = parsed.titles.first else { return nil }
        let sides = Set(parsed.sides.map(\.entry.side) + [title.affiliation].compactMap { $0 })
        return SpeakerDecision(Speaker(name: mention.text, mention: mention.text, kind: .source,
                                       affiliation: sides.count == 1 ? sides.first : nil),
                               .quantifiedRole)
    }
}
