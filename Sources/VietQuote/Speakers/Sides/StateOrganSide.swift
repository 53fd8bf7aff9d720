/// The side of a state organ named by the body grammar (`BodyNames.swift`: a head of
/// `body_heads.tsv` with side `country` and its complement) when no side follows it: the
/// one side the article writes after the same name elsewhere, else the home side of
/// `organizations.tsv` when the name is Vietnamese — every word of its complement a
/// Vietnamese syllable (`SpeakerLexicon.isVietnameseSyllable`), an abbreviation in capitals
/// or a number. ANNOTATION.md: state organs (ministries, police, courts, local government)
/// speak for their country; the home country unless a foreign one qualifies the body.
///
/// Recognises: `Sở Y tế TP Hồ Chí Minh cho biết …`, `TAND TP.HCM tuyên …`, `Cục CSGT
/// khuyến cáo …` → Việt Nam (`home side of a state organ with a Vietnamese name`).
/// Rejects: a head of side `none` (`Công ty`, `Bệnh viện`, `Liên đoàn`), a body with a side
/// after it (`Bộ Quốc phòng Nga`: the side is the body's), a head inside a side (`Ban` of `ĐT
/// Tây Ban Nha`), a name with a word of class `beyond_state` of `function_words.tsv` (`Hội đồng
/// Vàng Thế giới`, `Ủy ban Thị trường Mở Liên bang`), a body of `organizations.tsv`
/// (`BodySideCompletion` reads its own home side), a name with a foreign word (`Sở cảnh sát
/// New York`: not the home country's; its country is not read), a name the article writes
/// with two sides.
struct StateOrganSide: Sendable {
    let lexicon: SpeakerLexicon

    /// The side of the body `range` of `tokens`, a name of the body grammar; nil when the
    /// body is no state organ of the home country or of one side the article writes with it.
    func side(_ tokens: [Token], _ range: Range<Int>, entry: OrganizationEntry, resolver: SpeakerResolver,
              paragraphs: [ParagraphContext], bodies: inout BodySides) -> (side: String, rule: SpeakerRule)? {
        guard entry.affiliation == nil, entry.homeSide == nil, !entry.standsAlone,
              let head = lexicon.bodyHeads.longestMatch(in: tokens, at: range.lowerBound, limit: range.upperBound),
              head.value.speaksForCountry, head.value.origin == entry.rowOrigin,
              lexicon.actor(in: tokens, at: range.upperBound, limit: tokens.count) == nil,
              !startsInsideSide(tokens, at: range.lowerBound) else { return nil }
        let written = resolver.writtenSides(of: tokens[range].map(\.key), paragraphs: paragraphs, bodies: &bodies)
        if written.count == 1, let side = written.first { return (side, .bodySideWrittenElsewhere) }
        let complement = Range(from: range.lowerBound + head.length, to: range.upperBound)
        guard written.isEmpty, let home = lexicon.homeSide, tokens[complement].allSatisfy(isVietnamese),
              !complement.contains(where: { lexicon.words.match(.beyondState, in: tokens, at: $0, limit: range.upperBound) != nil })
        else { return nil }
        return (home, .homeSideOfStateOrgan)
    }

    /// Whether a side written before `index` runs over it (`Ban` of `Tây Ban Nha`).
    private func startsInsideSide(_ tokens: [Token], at index: Int) -> Bool {
        (max(0, index - SpeakerLimits.sideWordsBeforeBody)..<index).contains { start in
            (lexicon.actor(in: tokens, at: start, limit: tokens.count)?.length ?? 0) > index - start
        }
    }

    /// Whether a token of a body's complement may be Vietnamese: a Vietnamese syllable, an
    /// abbreviation in capitals (`CSGT`, `TP`), a number or a mark (`TP.HCM`, `GD-ĐT`).
    private func isVietnamese(_ token: Token) -> Bool {
        token.kind != .word || token.isAllCaps || lexicon.isVietnameseSyllable(token.key)
    }
}
