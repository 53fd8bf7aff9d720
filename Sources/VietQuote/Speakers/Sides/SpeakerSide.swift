/// The one place that decides which side a speaker's quote counts for: the library's
/// stance (`QuoteExtractor`), the CLI's tables and reports read it from here.
extension Speaker {
    /// The sides a quote of this speaker counts for in the stance, each once: its
    /// affiliation; else each of `sides` (several sides of one cue, a body that speaks for
    /// itself); else one unknown side (nil).
    package var stanceSides: [String?] {
        if let affiliation { return [affiliation] }
        return sides.map { $0.map(Optional.some) } ?? [nil]
    }

    /// The side or sides the quote counts for in the stance (`stanceSides`) as one label:
    /// the affiliation, else `sides` joined by ` / `, else nil. For display (tables, the
    /// HTML report).
    package var sideLabel: String? {
        affiliation ?? sides.map { $0.joined(separator: " / ") }
    }
}

extension Quote {
    /// Whether the speaker's side is only the article's guess: a person with no title
    /// whose affiliation came from the article's first country (`SpeakerRule.contextSide`:
    /// `HLV Kim Sang-sik` in a story that names Việt Nam first). Such a side may be the
    /// person's, but it does not show that the person speaks for a state (`RelationGate`).
    /// Since an untitled person takes no side from the context at all (`StateOfficeSide`),
    /// no quote holds this; kept for `RelationGate`, whose reading of sides is being changed.
    package var sideIsGuessed: Bool {
        speaker.kind == .person && speaker.title == nil
            && explanation.speakerTrace?.rules.contains(.contextSide) == true
    }
}
