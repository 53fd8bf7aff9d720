/// A statement, communiqué or report that speaks (`organizations.tsv`, kind `statement`:
/// `tuyên bố`, `thông cáo`) stands for its issuer: the organisation or side named nearest
/// before it (its paragraph and the two before), else the nearest organisation or speaker.
///
/// Recognises: `Bộ Ngoại giao Trung Quốc ra tuyên bố. Tuyên bố cho biết Bắc Kinh phản đối …`
/// → Bộ Ngoại giao Trung Quốc (`statement: issuer is the nearest speaker before`).
/// Rejects: a statement with a title, side or name in its mention (`tuyên bố của Nga`: the
/// rules after this one read the side), and one with no issuer before it. A country that only
/// qualifies words or is a syllable of a name is no issuer (speakers28: silver
/// 2024-06-02-thay-minh-tue `thông báo này` was `Anh` from `ông Lê Anh Tú`; 2024-12-29-chung-ket-
/// aff-cup-ngay-nao `thông báo` was `Việt Nam` from `Đội tuyển Việt Nam`).
struct StatementRule: SpeakerSieve {
    func decide(_ mention: inout MentionContext) -> SpeakerDecision? {
        let parsed = mention.parsed
        guard let org = parsed.organizations.first, org.entry.kind == .statement,
              parsed.titles.isEmpty, parsed.sides.isEmpty, parsed.names.isEmpty,
              var issuer = nearestIssuer(before: mention.span, mention: mention)
                ?? mention.history.nearest(.organization) ?? mention.history.nearest(.any) else { return nil }
        issuer.mention = mention.text
        return SpeakerDecision(issuer, .statementIssuer)
    }

    /// The organisation or side named nearest before `span` (this paragraph and the
    /// `SpeakerLimits.issuerParagraphsBefore` before it).
    func nearestIssuer(before span: TokenSpan, mention: MentionContext) -> Speaker? {
        let lexicon = mention.lexicon
        let first = max(0, span.paragraph - SpeakerLimits.issuerParagraphsBefore)
        for paragraphIndex in stride(from: span.paragraph, through: first, by: -1) {
            let tokens = mention.paragraphs[paragraphIndex].tokens
            let bound = paragraphIndex == span.paragraph ? span.range.lowerBound : tokens.count
            var position = bound - 1
            while position >= 0 {
                if let org = lexicon.organization(in: tokens, at: position, limit: bound), org.entry.kind == .organization {
                    return organization(tokens, at: position, length: org.length, entry: org.entry, bound: bound, mention: mention)
                }
                if let side = lexicon.actor(in: tokens, at: position, limit: bound),
                   position == 0 || lexicon.words.match(.sidePrefix, in: tokens, at: position - 1, limit: bound) == nil {
                    // The country of an organisation head (`Bộ Ngoại giao Trung Quốc`): the organisation.
                    if let head = headBefore(position, tokens: tokens, lexicon: lexicon) {
                        position = head
                        continue
                    }
                    // A country syllable inside a name or a word (`ông Lê Anh Tú`, `Anh chàng`), or a
                    // country after words it only qualifies (`Đội tuyển Việt Nam`, `tại Canada, UAE và
                    // Vương quốc Anh`: `CountryAfterWords`) issues nothing.
                    if mention.index.isInsideName(tokens, position, length: side.length)
                        || SideStartsWord.applies(side, tokens, at: position, limit: bound, lexicon: lexicon)
                        || ((side.entry.kind == .country || side.entry.kind == .metonym)
                            && CountryAfterWords.followsWords(tokens, side: position, lowerBound: 0, words: lexicon.words)) {
                        position -= 1
                        continue
                    }
                    return Speaker(name: side.entry.side, mention: side.entry.side, kind: side.entry.kind.speakerKind,
                                   affiliation: side.entry.side)
                }
                position -= 1
            }
        }
        return nil
    }

    /// The organisation at `position`, with the side named right after it.
    private func organization(_ tokens: [Token], at position: Int, length: Int, entry: OrganizationEntry, bound: Int,
                              mention: MentionContext) -> Speaker {
        var end = position + length
        var affiliation = entry.affiliation
        if let next = mention.lexicon.actor(in: tokens, at: end, limit: bound) {
            end += next.length
            affiliation = affiliation ?? next.entry.side
        }
        let name = ArticleIndex.text(tokens, Range(from: position, to: end), mention.source)
        return Speaker(name: name, mention: name, kind: .organization, affiliation: affiliation)
    }

    /// Where an organisation head that ends right at `position` starts (at most
    /// `SpeakerLimits.headWordsBeforeCountry` words before), or nil.
    private func headBefore(_ position: Int, tokens: [Token], lexicon: SpeakerLexicon) -> Int? {
        Range(from: max(0, position - SpeakerLimits.headWordsBeforeCountry), to: position).first { start in
            lexicon.organization(in: tokens, at: start, limit: position).map {
                $0.entry.kind == .organization && start + $0.length == position
            } == true
        }
    }
}
