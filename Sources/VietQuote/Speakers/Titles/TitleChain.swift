/// Where titles are recognised: a title head of `titles.tsv` (`SpeakerLexicon.title(in:at:limit:)`,
/// `TitleHeads.swift`) and what follows it — a country, a body and its country, a linked body or
/// principal (`người phát ngôn của Bộ Ngoại giao Ba Lan`).
extension MentionParser {
    /// The side or body that follows a title or an organisation head, as its length and side,
    /// and whether it is a body. (Performance only: no copy of the body's entry, which no caller read.)
    func following(in tokens: [Token], at index: Int, limit: Int) -> (length: Int, side: String?, isBody: Bool)? {
        if let side = lexicon.actor(in: tokens, at: index, limit: limit) {
            if startsGivenName(side.length, tokens, at: index, limit: limit) { return nil }
            return (side.length, side.entry.side, false)
        }
        if let org = lexicon.organization(in: tokens, at: index, limit: limit), org.entry.kind == .organization {
            var length = org.length
            var side = org.entry.affiliation
            // A one-word country that starts a Vietnamese place name after the body (silver
            // 2024-05-02-chu-tich-nuoc `UBND huyện Đức Cơ`) is the place's, not the body's side.
            if let next = lexicon.actor(in: tokens, at: index + length, limit: limit),
               !startsGivenName(next.length, tokens, at: index + length, limit: limit) {
                length += next.length
                side = side ?? next.entry.side
            } else if let region = RegionQualifier(lexicon: lexicon).region(in: tokens, at: index + length, limit: limit) {
                length += region.length   // `Lực lượng Phòng vệ miền Nam Ukraine`
                side = side ?? region.side
            }
            return (length, side, true)
        }
        return nil
    }

    /// Whether a one-word side after a title or a body is the first syllable of a Vietnamese given
    /// name or place name: a Vietnamese syllable followed by one capitalised Vietnamese syllable
    /// that is no family name and ends the name (`HLV Đức Thắng`, `Đại gia Đức Huy`, `Bí thư Tỉnh
    /// ủy Trần Đức Thắng`, `UBND huyện Đức Cơ`, `phường Trung Mỹ Tây`). A foreign name after a
    /// country is no Vietnamese syllable (`Thủ tướng Anh Keir Starmer`, `Ngoại trưởng Nga
    /// Lavrov`), and a full name after it starts with a family name (`Đại sứ Việt Nam tại Mỹ
    /// Nguyễn Quốc Dũng`): the side stays the title's.
    /// The check is `CountryInsideName.startsVietnameseName`, shared with the side after a body's
    /// abbreviation (`SideAfterAbbreviation`).
    func startsGivenName(_ length: Int, _ tokens: [Token], at index: Int, limit: Int) -> Bool {
        CountryInsideName.startsVietnameseName(length, tokens, at: index, limit: limit, parser: self)
    }

    /// Whether `range` starts with a body whose head (`body_heads.tsv`, kind organization) speaks
    /// for no state: a company, a hospital, a research centre.
    private func isBodyOfNoSide(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        guard !range.isEmpty, let head = lexicon.bodyHeads.longestMatch(in: tokens, at: range.lowerBound, limit: range.upperBound)
        else { return false }
        return head.value.kind == .organization && !head.value.speaksForCountry
    }

    /// A whole title at `index`: the title words, the country or body after them, and a
    /// linked body (`người phát ngôn của Bộ Ngoại giao Ba Lan`, `Đại sứ Mỹ tại Philippines`,
    /// `người phát ngôn của Tổng thống Putin`). The affiliation is the first side named.
    /// `joins` false: a title joined after it by `kiêm` is left out (`JoinedOffices.swift`).
    /// `head`: a head read otherwise than from `titles.tsv` (`AgentNounHead.swift`), in its place.
    func titleChain(in tokens: [Token], at index: Int, limit: Int, nested: Bool = false, joins: Bool = true,
                    head: (length: Int, kind: TitleKind)? = nil) -> ParsedMention.Title? {
        guard let title = head ?? lexicon.title(in: tokens, at: index, limit: limit) else { return nil }
        let headEnd = index + title.length
        var end = headEnd
        var affiliation: String?
        // A body written with its head in lower case right after the title (`Thống đốc bang
        // Texas`, `người đứng đầu cơ quan ngoại giao của EU`): BodyNames.swift.
        let first = following(in: tokens, at: headEnd, limit: limit)
        if first == nil, let body = lexicon.lowerCaseBody(in: tokens, at: end, limit: limit) {
            end += body
        }
        // `Chủ tịch HĐQT FPT`: a body named by acronyms (AcronymBody.swift).
        if title.kind == .office { end += AcronymBody(lexicon: lexicon).length(in: tokens, at: end, limit: limit) }
        // (Performance only: what follows the head is read once, not again when nothing moved the end.)
        var next = end == headEnd ? first : following(in: tokens, at: end, limit: limit)
        var statePlace = false
        while let found = next {
            // `Thống đốc Georgia`, `Thống đốc bang Georgia`: a state's name, no side (SubnationalPlace.swift).
            if !found.isBody, found.side != nil, lexicon.namesSubnationalPlace(tokens, at: end, limit: limit) {
                statePlace = true
            } else {
                affiliation = affiliation ?? found.side
            }
            end += found.length
            next = following(in: tokens, at: end, limit: limit)
        }
        // A body's abbreviation in brackets (`Tổng thư ký Tổ chức Các quốc gia châu Mỹ (OAS)`),
        // not the title's own (`luật sư (LS)`).
        if end > index + title.length {
            end += lexicon.bracketedAbbreviation(in: tokens, at: end, limit: limit)
            // The body above it in brackets (`Tổng cục THA dân sự (Bộ Tư pháp)`): ParentBody.swift.
            if let parent = ParentBody(parser: self).read(in: tokens, at: end, limit: limit) {
                end += parent.length
                affiliation = affiliation ?? parent.side
            }
        }
        if let link = lexicon.words.match(.titleLink, in: tokens, at: end, limit: limit) {
            let start = end + link
            if let next = following(in: tokens, at: start, limit: limit) {
                // A post in a body that speaks for no state (a company, a research centre:
                // `người đứng đầu Trung tâm Nghiên cứu … của Ukraine`) takes no side from the
                // country the body belongs to.
                if affiliation == nil, !isBodyOfNoSide(tokens, Range(from: index + title.length, to: end)) {
                    affiliation = next.side
                }
                end = start + next.length
            } else if title.kind == .expert, let medium = ExpertMedium(parser: self).length(in: tokens, at: start, limit: limit) {
                end = start + medium   // `nhà bình luận của đài Fox News`: the medium the expert works for
            } else if let honorific = lexicon.words.match(.honorific, in: tokens, at: start, limit: limit),
                      case let run = nameRun(in: tokens, at: start + honorific, limit: limit), run > 0 {
                // `phát ngôn viên của ông Milei`, `Cố vấn an ninh quốc gia của ông Trump`: the
                // person the post serves is part of the title.
                end = start + honorific + run
            } else if !nested, let inner = titleChain(in: tokens, at: start, limit: limit, nested: true) {
                end = inner.range.upperBound
                affiliation = affiliation ?? inner.affiliation
                // `của Tổng thống Putin`: a one-word name after the linked title is the principal's;
                // a longer one is the speaker's own (`… Putin, Dmitry Peskov` stays apart).
                if nameRun(in: tokens, at: end, limit: limit) == 1 {
                    end += 1
                } else {
                    return .init(range: Range(from: index, to: end), kind: title.kind, affiliation: affiliation,
                                 principal: inner.range, principalAffiliation: inner.affiliation)
                }
            }
        }
        // `Chủ tịch Ủy ban châu Âu`: a head that names its own body speaks for that body's
        // side when nothing after it names one (HeadBodySide.swift).
        let headSide = affiliation == nil
            ? HeadBodySide(lexicon: lexicon).side(in: tokens, head: index..<index + title.length, kind: title.kind) : nil
        var chain = ParsedMention.Title(range: Range(from: index, to: end), kind: title.kind, affiliation: affiliation ?? headSide)
        if headSide != nil { chain.trace.insert(.headBody) }
        if statePlace { chain.trace.insert(.subnationalPlace) }
        // `Phó Thủ tướng kiêm Bộ trưởng Ngoại giao`: two offices, one title (JoinedOffices.swift).
        // A loop, not a recursion: a run of joins stops at `SpeakerLimits.titleJoins`.
        var joined = 0
        while joins, joined < SpeakerLimits.titleJoins,
              let next = JoinedOffices(parser: self).read(in: tokens, at: chain.range.upperBound, limit: limit, nested: nested) {
            chain.range = Range(from: index, to: next.range.upperBound)
            chain.affiliation = chain.affiliation ?? next.affiliation
            (chain.principal, chain.principalAffiliation) = (next.principal, next.principalAffiliation)
            chain.trace.insert(.joinedOffices)
            joined += 1
        }
        return chain
    }
}
