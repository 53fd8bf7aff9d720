extension SpeakerResolver {
    /// Several sides in one mention (`Mỹ và Cuba`, `các quan chức Israel, Hamas và …`): the
    /// speaker speaks for none alone, but each side speaks in the article (`Speaker.sides`).
    /// Read on the mention as found, before trimming. (Performance only: `parsed` is the
    /// mention's parse when trimming left it whole, not parsed again.)
    func giveSeveralSides(_ speaker: inout Speaker, mention: TokenSpan, paragraphs: [ParagraphContext], parsed known: ParsedMention? = nil) {
        guard speaker.affiliation == nil, speaker.kind != .media else { return }
        let parsed = known ?? parser.parse(paragraphs[mention.paragraph].tokens, range: mention.range)
        var sides: [String] = []
        for side in parsed.sides.map(\.entry.side) + parsed.titles.compactMap(\.affiliation)
            + parsed.organizations.compactMap(\.affiliation) where !sides.contains(side) {
            sides.append(side)
        }
        if sides.count >= 2 { speaker.sides = sides }
    }
}
