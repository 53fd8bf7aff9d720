/// A side named alone (a country, a metonym, a bloc, an armed group: `actors.tsv`) is the
/// speaker under its canonical name; several sides joined are one speaker named as written.
///
/// Recognises: `Washington cho biết sẽ xem xét đề xuất này.` → Mỹ (`side: actors.tsv:N`);
/// `Mỹ và Cuba thông báo …` → `Mỹ và Cuba`, each side's own stance
/// (`sides: several speakers of one cue`).
/// Rejects: a side after a title or body (`Ngoại trưởng Nga`, `Bộ Ngoại giao Nga`: the
/// rules before this one read them), and a country after other words that say where or whose
/// (`Tay vợt nữ đến từ Việt Nam`: `CountryAfterWords` decides).
struct SideRule: SpeakerSieve {
    func decide(_ mention: inout MentionContext) -> SpeakerDecision? {
        guard let first = mention.parsed.sides.first else { return nil }
        // `Tay vợt nữ đến từ Việt Nam`: a country after other words is no speaker (`CountryAfterWords`).
        if let words = CountryAfterWords().decide(&mention) { return words }
        if mention.parsed.sides.count == 1 {
            return SpeakerDecision(Speaker(name: first.entry.side, mention: mention.text, kind: first.entry.kind.speakerKind,
                                           affiliation: first.entry.side),
                                   .side, entry: first.entry.origin)
        }
        let sides = Set(mention.parsed.sides.map(\.entry.side))
        return SpeakerDecision(Speaker(name: mention.text, mention: mention.text, kind: .country,
                                       affiliation: sides.count == 1 ? sides.first : nil),
                               .severalSides)
    }
}
