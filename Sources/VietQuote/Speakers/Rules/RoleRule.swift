/// A title without a name stands for the nearest earlier speaker with that title, else for
/// the one person the article gives that title, else for the person the article names in
/// that role (`RoleHolder`: the same title head, `HLV trưởng của họ` → `HLV Ruben Amorim`),
/// else for the role itself.
///
/// Recognises: `Thứ trưởng Quốc phòng Nga cho biết các cuộc tập trận …` with no deputy
/// minister named → the role, Nga (`title: role without a name`); `Ngoại trưởng cho biết …`
/// after `Ngoại trưởng Nga Sergei Lavrov` → Sergei Lavrov
/// (`title: nearest speaker before with this title`, or `title: the article's person of
/// this title` when he has not spoken yet).
/// A gender word opening an office (`nữ`, `nam`: class `individual` of function_words.tsv)
/// describes the holder, not the office: the office is matched without it (dev 308 `…", nữ
/// phát ngôn viên Bộ Ngoại giao Nga nói` after `phát ngôn viên Bộ Ngoại giao Nga Maria
/// Zakharova` → Maria Zakharova). Not a role (`nữ diễn viên`, `nữ ca sĩ`): there the gender
/// tells one actor from another (silver: dropping it gave actresses' quotes to actors).
/// Rejects: a mention with a person's name (`NameRule`) or with a quantifier
/// (`QuantifiedRoleRule`), and a role that belongs to the mention's head (`RoleAsPossessor`).
struct RoleRule: SpeakerSieve {
    func decide(_ mention: inout MentionContext) -> SpeakerDecision? {
        guard let title = mention.parsed.titles.first else { return nil }
        // `Người hâm mộ của dàn diễn viên`, `vợ nam diễn viên`: the role is the head's, no speaker (`RoleAsPossessor`).
        if let end = RoleAsPossessor.end(of: title, in: mention) {
            let name = mention.text(Range(from: mention.range.lowerBound, to: end))
            return SpeakerDecision(Speaker(name: name, mention: mention.text, kind: .source, affiliation: nil), .roleAsPossessor)
        }
        let office = title.kind == .office ? officeWithoutGender(title.range, mention) : title.range
        let keys = mention.keys(office)
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
        let words = mention.tokens[from: office.lowerBound, upTo: office.upperBound]
        var holder = mention.index.person(titled: keys, words: words)
        if holder == nil, mention.parsed.names.isEmpty,
           let end = TitlePost(lexicon: mention.lexicon).officeEnd(of: office, in: mention.tokens) {
            let officeRange = Range(from: office.lowerBound, to: end)
            holder = mention.index.person(titled: mention.keys(officeRange),
                                          words: mention.tokens[from: officeRange.lowerBound, upTo: officeRange.upperBound])
            trace = SpeakerTrace(.titlePostHolder)   // `Đại sứ Nga tại Liên hợp quốc` → `Đại sứ Nga Vassily Nebenzia`
        }
        // `Người đứng đầu Bộ Công an` → the post of the body's head, `Bộ trưởng`, and its holder (`HeadOfBody`).
        let headPost = holder == nil && mention.parsed.names.isEmpty ? HeadOfBody.post(of: title.range, in: mention) : nil
        if let headPost, let found = HeadOfBody.holder(of: headPost, in: mention) {
            holder = found
            trace = SpeakerTrace(.headOfBodyHolder)
        }
        // `HLV trưởng của họ` → the person the article names in that role (`RoleHolder`).
        if holder == nil, let found = RoleHolder.holder(of: title, office: office, in: mention) {
            holder = found.person
            trace = SpeakerTrace(found.rule)
        }
        // `Cầu thủ 23 tuổi`, `HLV này` → the nearest person before of that role (`PointingRole`).
        if holder == nil, let found = PointingRole.holder(office: office, in: mention) {
            holder = found
            trace = SpeakerTrace(.pointingRoleBefore)
        }
        // `Cầu thủ người Pháp`, `Đội trưởng của Croatia` → the person the sentence before made its subject (`RoleSubjectBefore`).
        if holder == nil, let found = RoleSubjectBefore.holder(office: office, occupation: title.kind == .expert, in: mention) {
            holder = found
            trace = SpeakerTrace(.roleSubjectBefore)
        }
        // `nam ca sĩ cho biết` before the article names its one `ca sĩ`, a woman: the epithet's person (GenderedRoleNamedAfter.swift).
        if let person = holder, GenderedRoleNamedAfter.isNamedAfter(person, mention) {
            return GenderedRoleNamedAfter.decision(&mention)
        }
        if let person = holder {
            let known = mention.index.title(of: person.keys)
            // The side of the person's known title (none for an expert), else the mention's title's,
            // else, for a Vietnamese holder of a bare office, the home side (Titles/TitleSides.swift).
            var side = known.map { $0.kind == .expert ? nil : $0.affiliation } ?? affiliation
            if side == nil, known?.kind != .expert,
               let home = mention.lexicon.compatriotSide(ofHolder: person.keys, titleKeys: known?.keys ?? keys, kind: known?.kind ?? title.kind) {
                if let refused = UnitOfNoStateBody(lexicon: mention.lexicon).refusal(title: known?.text ?? titleText) {
                    trace.append(refused)   // `Chủ tịch FPT` (PostOfNamedBody.swift), a unit of one (UnitOfNoStateBody.swift)
                } else {
                    side = home
                    trace.append(.compatriotTitleSide)
                }
            }
            var speaker = Speaker(name: person.text, mention: mention.text, title: known?.text ?? headPost?.text ?? titleText, kind: .person,
                                  affiliation: side)
            speaker.titleTrace = known?.trace ?? title.trace
            return SpeakerDecision(speaker: speaker, trace: trace)
        }
        if let headPost {
            var post = Speaker(name: headPost.text, mention: mention.text, title: headPost.text, kind: .person, affiliation: affiliation)
            post.titleTrace = title.trace
            return SpeakerDecision(post, .headOfBodyPost)
        }
        // A role with a mark of one person (`Nữ ca sĩ`) is an epithet of the person before (`EpithetRule`).
        if title.kind == .expert, mention.words.isWord(mention.tokens, at: mention.range.lowerBound, .individual) { return nil }
        let named = RoleOfNamedBody.end(after: title.range, in: mention)
        let unnamed = named == nil ? RoleOfUnnamedBody.end(after: title.range, in: mention) : nil
        let body = named ?? unnamed
        let name = body.map { mention.text(Range(from: title.range.lowerBound, to: $0)) } ?? roleName(title.range, mention)
        var role = Speaker(name: name, mention: mention.text, title: titleText, kind: .person, affiliation: affiliation)
        role.titleTrace = title.trace
        var decision = SpeakerDecision(role, .roleWithoutName)
        if named != nil { decision.trace.append(.roleOfNamedBody) }
        if unnamed != nil { decision.trace.append(.roleOfUnnamedBody) }
        if mention.index.writesTitleOfPlace(keys) { decision.trace.append(.titleOfPlaceNoHolder) }
        return decision
    }

    /// The title without a gender word opening it (`nữ phát ngôn viên` → `phát ngôn viên`).
    private func officeWithoutGender(_ title: Range<Int>, _ mention: MentionContext) -> Range<Int> {
        guard title.count > 1, mention.words.isWord(mention.tokens, at: title.lowerBound, .individual) else { return title }
        return Range(from: title.lowerBound + 1, to: title.upperBound)
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
