/// A title without a name stands for the nearest earlier speaker with that title, else for
/// the one person the article gives that title, else for the role itself.
///
/// Recognises: `Thứ trưởng Quốc phòng Nga cho biết các cuộc tập trận …` with no deputy
/// minister named → the role, Nga (`title: role without a name`); `Ngoại trưởng cho biết …`
/// after `Ngoại trưởng Nga Sergei Lavrov` → Sergei Lavrov
/// (`title: nearest speaker before with this title`, or `title: the article's person of
/// this title` when he has not spoken yet).
/// Rejects: a mention with a person's name (`NameRule`) or with a quantifier
/// (`QuantifiedRoleRule`).
struct RoleRule: SpeakerSieve {
    func decide(_ mention: inout MentionContext) -> SpeakerDecision? {
        guard let title = mention.parsed.titles.first else { return nil }
        let keys = mention.keys(title.range)
        let titleText = mention.text(title.range)
        let affiliation = title.kind == .expert ? nil : title.affiliation
        let history = mention.history
        if mention.parsed.names.isEmpty, var earlier = history.last(titledWith: keys, where: {
            history.kinds[$0] == .person && history.speakers[$0].name != history.speakers[$0].title
        }) {
            earlier.mention = mention.text
            return SpeakerDecision(earlier, .titleNearest)
        }
        var trace = SpeakerTrace(.titleArticlePerson)
        let words = mention.tokens[from: title.range.lowerBound, upTo: title.range.upperBound]
        var holder = mention.index.person(titled: keys, words: words)
        if holder == nil, mention.parsed.names.isEmpty,
           let office = TitlePost(lexicon: mention.lexicon).officeEnd(of: title.range, in: mention.tokens) {
            let officeRange = Range(from: title.range.lowerBound, to: office)
            holder = mention.index.person(titled: mention.keys(officeRange),
                                          words: mention.tokens[from: officeRange.lowerBound, upTo: officeRange.upperBound])
            trace = SpeakerTrace(.titlePostHolder)   // `Đại sứ Nga tại Liên hợp quốc` → `Đại sứ Nga Vassily Nebenzia`
        }
        if let person = holder {
            let known = mention.index.title(of: person.keys)
            // The side of the person's known title (none for an expert), else the mention's title's,
            // else, for a Vietnamese holder of a bare office, the home side (Titles/TitleSides.swift).
            var side = known.map { $0.kind == .expert ? nil : $0.affiliation } ?? affiliation
            if side == nil, known?.kind != .expert,
               let home = mention.lexicon.compatriotSide(ofHolder: person.keys, titleKeys: known?.keys ?? keys, kind: known?.kind ?? title.kind) {
                side = home
                trace.append(.compatriotTitleSide)
            }
            return SpeakerDecision(speaker: Speaker(name: person.text, mention: mention.text, title: known?.text ?? titleText,
                                                    kind: .person, affiliation: side),
                                   trace: trace)
        }
        // A role with a mark of one person (`Nữ ca sĩ`) is an epithet of the person before (`EpithetRule`).
        if title.kind == .expert, mention.words.isWord(mention.tokens, at: mention.range.lowerBound, .individual) { return nil }
        return SpeakerDecision(Speaker(name: roleName(title.range, mention), mention: mention.text, title: titleText, kind: .person,
                                       affiliation: affiliation),
                               .roleWithoutName)
    }

    /// The role as written: the title, with the nationality right after it (`HLV người Đức`,
    /// `tiền vệ người Brazil`: a demonym and a side), which tells this role from another.
    private func roleName(_ title: Range<Int>, _ mention: MentionContext) -> String {
        let end = title.upperBound
        guard end < mention.range.upperBound, mention.words.isWord(mention.tokens, at: end, .demonym),
              let side = mention.lexicon.actor(in: mention.tokens, at: end + 1, limit: mention.range.upperBound)
        else { return mention.text(title) }
        return mention.text(Range(from: title.lowerBound, to: end + 1 + side.length))
    }
}
