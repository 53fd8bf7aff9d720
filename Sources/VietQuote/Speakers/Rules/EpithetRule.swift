/// A description of one person without a name (an epithet: a role noun with a gender word,
/// an age or a nationality: `Nữ diễn viên`, `Nhà cầm quân 42 tuổi`, `Chiến lược gia người Hàn
/// Quốc`) stands for the nearest person who spoke before it, as a pronoun does; the words
/// that mark one person are the class `individual` of `function_words.tsv` (`nam`, `nữ`
/// opening, `tuổi` after a number) and a country after `người` (class `demonym`).
///
/// Recognises: `"Tôi hài lòng với các cầu thủ", HLV Kim Sang Sik nói. … Chiến lược gia người
/// Hàn Quốc cho biết thêm …` → Kim Sang Sik (`epithet: nearest person speaker before`).
/// A gendered epithet skips a person the article marks with the other gender (`GenderAgreement`:
/// `nữ diễn viên` is no man called `ông`), `epithet: nearest person of its gender before`.
/// A gendered role with no speaker of its gender before it (`Nữ diễn viên viết` after `diễn
/// viên Thu Quỳnh đăng tải …`) is the nearest person before whom the article titles with that
/// role (`PointingRole.holder(ofEpithet:)`, `epithet: no speaker before, the nearest person
/// before of its role`).
/// Rejects: a mention with a name, title, body or side (the rules before this one), a group
/// (`Nhiều khán giả`, `các chuyên gia`: quantified), a description with no mark of one
/// person (`cư dân mạng`), a people (`người Nhật Bản`: a demonym opening the mention, an
/// unnamed group, `PeopleOfSide`), and an epithet with no person who spoke before it and none
/// titled with its role (it stays an unnamed source: `LastResortRule`).
struct EpithetRule: SpeakerSieve {
    func decide(_ mention: inout MentionContext) -> SpeakerDecision? {
        let parsed = mention.parsed
        guard parsed.names.isEmpty, parsed.sides.isEmpty, parsed.organizations.isEmpty, parsed.titles.allSatisfy({ $0.kind == .expert }),
              !parsed.quantified, mention.range.count >= 2, marksOnePerson(mention) else { return nil }
        // `người Nhật Bản sẽ viết`: a demonym opening the mention names a people, no one person (PeopleOfSide.swift).
        if PeopleOfSide.isPeople(mention.tokens, mention.range, lexicon: mention.lexicon) {
            return SpeakerDecision(Speaker(name: mention.text, mention: mention.text, kind: .source), .peopleOfSide)
        }
        let agreement = GenderAgreement(words: mention.words)
        let history = mention.history
        guard let gender = agreement.gender(mention.tokens, mention.range) else {
            guard var earlier = history.nearest(.person) else { return nil }
            earlier.mention = mention.text
            return SpeakerDecision(earlier, .epithetNearest)
        }
        // `nữ diễn viên`: the nearest person the article never marks as a man (`GenderAgreement`).
        let marked = agreement.marks(history)
        guard var earlier = history.last(where: {
            history.kinds[$0] == .person && !history.speakers[$0].name.isEmpty
                && agreement.agrees(history, at: $0, with: gender, marked: marked)
        }) else {
            // `Nữ diễn viên` with no speaker of hers before: the person named before in that role (`PointingRole`).
            guard let person = PointingRole.holder(ofEpithet: mention) else { return nil }
            return SpeakerDecision(PointingRole.speaker(person, mention), .pointingEpithetBefore)
        }
        let nearest = history.nearest(.person)
        earlier.mention = mention.text
        return SpeakerDecision(earlier, nearest?.name == earlier.name ? .epithetNearest : .epithetOfGender)
    }

    /// Whether the words describe one person: a gender word first, a number before an age
    /// word, or a country after a demonym. `RoleRule` reads it too: a role title with such a
    /// mark (`Nữ ca sĩ`) that names no one of the article is this epithet.
    func marksOnePerson(_ mention: MentionContext) -> Bool {
        let tokens = mention.tokens, range = mention.range, words = mention.words
        if words.isWord(tokens, at: range.lowerBound, .individual),
           tokens[ifPresent: range.lowerBound + 1]?.kind == .word { return true }
        return range.dropFirst().contains { position in
            (tokens[position - 1].kind == .number && words.isWord(tokens, at: position, .individual))
                || (words.isWord(tokens, at: position - 1, .demonym)
                    && mention.lexicon.actor(in: tokens, at: position, limit: range.upperBound) != nil)
        }
    }
}
