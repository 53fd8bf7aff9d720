/// Completes the side of a speaker that has none yet when its mention names a body
/// (`organizations.tsv`, column `affiliation`); it runs after the rule that chose the
/// speaker, and adds its id to that rule's:
/// - a body marked `self` (an international body that speaks for itself) gives the speaker
///   its own side, named by the abbreviation the article uses (`own side of the body: …`);
/// - a head marked `(Side)` with no country after it takes the one side the article writes
///   with that head elsewhere (`side of the body as the article writes it elsewhere`), or
///   else Side (`home side of the bare body: …`);
/// - a country written after the body's abbreviation in brackets is its side (`SideAfterAbbreviation`);
/// - a state organ of the body grammar takes its side by `StateOrganSide`;
/// - a body of no state (`NoStateBody`) has none, and ends the search;
/// - a city or province after other words of the mention, no title or body among them (`394
///   doanh nghiệp tại TP.HCM`), is where they are, no side (`no side: a place after other words
///   says where`, speakers24).
///
/// Recognises: `Tòa án Hình sự Quốc tế (ICC) cho biết …` → sides `[ICC]`; `Bộ Ngoại giao cho
/// biết …` in an article that writes only `Bộ Ngoại giao Việt Nam` → Việt Nam.
/// Rejects: a speaker with a side, several sides, a medium; a head followed by a country.
struct BodySideCompletion: Sendable {
    /// The rules that read the speaker before a mention that is their residence or address.
    static let residenceRules: [SpeakerRule] = [.beforeResidence, .addressAfterPerson, .beforeBracket]

    func complete(_ decision: inout SpeakerDecision, mention: TokenSpan, resolver: SpeakerResolver,
                  paragraphs: [ParagraphContext], source: SourceText, bodies: inout BodySides) {
        let lexicon = resolver.lexicon
        let tokens = paragraphs[mention.paragraph].tokens
        let noState = NoStateBody(lexicon: lexicon)
        noState.clearSide(&decision, tokens: tokens, mention: mention.range)
        guard decision.speaker.affiliation == nil, decision.speaker.sides == nil, decision.speaker.kind != .media else { return }
        var position = mention.range.lowerBound
        while position < mention.range.upperBound {
            guard let org = lexicon.organization(in: tokens, at: position, limit: mention.range.upperBound),
                  org.entry.kind == .organization else {
                position += 1
                continue
            }
            let end = position + org.length
            // A city or province after other words says where they are (`394 doanh nghiệp tại TP.HCM`,
            // `Chị Huỳnh Vi, sống tại Quận 3, TP.HCM`): no side of theirs (`PlaceRun`). After a title
            // or a body it is theirs (`Bí thư Tỉnh ủy …`, `Trung tâm kiểm soát bệnh tật TP HCM`).
            // A mention the speaker was read before (`Chị Huỳnh Vi, sống tại Quận 3, TP.HCM`:
            // `ResidenceMention`, `BracketedMention`) is the speaker's residence, whole.
            let before = mention.range.lowerBound..<position
            if PlaceRun.isPlace(tokens, position..<end, lexicon: lexicon),
               decision.trace.rules.contains(where: Self.residenceRules.contains)
                || (before.contains(where: { tokens[$0].kind == .word }) && !before.contains(where: {
                       lexicon.title(in: tokens, at: $0, limit: position) != nil
                           || lexicon.organization(in: tokens, at: $0, limit: position)?.entry.kind == .organization
                   })) {
                if !decision.trace.rules.contains(.placeAfterWordsNoSide) { decision.trace.append(.placeAfterWordsNoSide) }
                position = end
                continue
            }
            let keys = tokens[from: position, upTo: end].map(\.key)
            if org.entry.standsAlone {
                decision.speaker.sides = [resolver.ownSide(tokens, Range(from: position, to: end), keys: keys, paragraphs: paragraphs,
                                                           source: source, bodies: &bodies)]
                decision.trace.append(.ownSideOfBody, entry: org.entry.origin)
                return
            }
            // `Trung tâm … (CDC) Hoa Kỳ`: the country after the body's abbreviation (SideAfterAbbreviation.swift).
            if org.entry.affiliation == nil,
               let side = SideAfterAbbreviation(lexicon: lexicon).side(tokens, after: end, limit: mention.range.upperBound) {
                decision.speaker.affiliation = side
                decision.trace.append(.sideAfterAbbreviation)
                return
            }
            if let home = org.entry.homeSide, lexicon.actor(in: tokens, at: end, limit: tokens.count) == nil {
                let written = resolver.writtenSides(of: keys, paragraphs: paragraphs, bodies: &bodies)
                if written.count == 1 {
                    decision.speaker.affiliation = written.first
                    decision.trace.append(.bodySideWrittenElsewhere)
                } else if written.isEmpty {
                    decision.speaker.affiliation = home
                    decision.trace.append(.homeSideOfBareBody, entry: org.entry.origin)
                }
                return
            }
            if let found = StateOrganSide(lexicon: lexicon).side(tokens, position..<end, entry: org.entry, resolver: resolver,
                                                                  paragraphs: paragraphs, bodies: &bodies) {
                decision.speaker.affiliation = found.side
                decision.trace.append(found.rule, entry: found.rule == .homeSideOfStateOrgan ? org.entry.origin : nil)
                return
            }
            // The first body decides: a state organ's place after a body of no state is not its side.
            if noState.isBodyOfNoState(tokens, at: position, length: org.length, entry: org.entry) { return }
            position = end
        }
    }
}
