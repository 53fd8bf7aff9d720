/// A role head that `titles.tsv` does not list, read in an apposition after a person's name by
/// its shape: a compound noun of lower-case syllables whose last syllable makes an agent noun
/// (`function_words.tsv` class `agent_suffix`: `viên`, "one who does, a member": `thành viên`,
/// `cộng tác viên`, `tùy viên`, `nhân viên`, `tình nguyện viên`), after the title prefixes of
/// `titles.tsv` (`cựu`, `nguyên`, `Phó`). In that place (`Name, [một] …,`) the words are how the
/// article introduces the person (ANNOTATION.md, `title`: the role, with its body or country),
/// whatever the noun; the title chain then reads its body and side as after a listed head.
///
/// Recognises: dev 405 `Viktor Vodolatsky, một thành viên Hạ viện Nga, khẳng định …` →
/// `thành viên Hạ viện Nga`, Nga; dev 420 `Joseph Dempsey, cộng tác viên nghiên cứu về phân tích
/// quốc phòng và quân sự tại Viện Nghiên cứu chiến lược quốc tế, thông tin, …` (no side: an
/// expert's); dev 450 `Anton Rozenberg, một trong những nhân viên đầu tiên của VK, kể …`.
/// The title is an office when the chain names a side after the head (a member of a parliament
/// speaks for its state), else an expert's (no side, none from the context either); a country
/// word in its complement gives no side (silver 2024-12-08-8wonder `sinh viên sống ở Thủ Đức`:
/// a district, not Germany). `MentionParser.appositionTitle` keeps the reading only when the
/// apposition is closed by a comma or dash that no list goes on from (silver 2024-05-15-lien-minh
/// `các HTX, thành viên HTX, Liên hiệp HTX`; 2024-05-06-base `Base XSpace, từ nhân viên cho đến
/// quản lý, giám đốc đều …`): a head no list holds is weaker evidence than a listed one.
/// Rejects: a run with a head of `titles.tsv` after its first word (silver 2024-09-06-longlegs
/// `Ngoại trừ Nicolas Cage, dàn diễn viên trong phim đều …`: the cast, no role of his), the
/// agent syllable alone (`viên` is also a classifier: `viên đạn`), a run with a
/// capitalised word, a function word or a cue in it before the agent syllable (`các thành viên`:
/// a group; `cho biết nhân viên`), a compound of more than `SpeakerLimits.agentNounSyllables`
/// syllables, and any place but an apposition's start (`thành viên` before a name names a band's
/// member as often as a post: `titles.tsv` keeps it out of the title chain).
struct AgentNounHead {
    let lexicon: SpeakerLexicon

    /// Function-word classes that never stand inside an agent noun: a quantifier or pronoun
    /// names a group or a person, a clause word starts the sentence's clause.
    private static let foreignClasses: [WordClass] = [
        .quantifier, .pronoun, .honorific, .complementizer, .copula, .auxiliary, .verbMarker, .preposition, .titleLink,
        .coordinator, .negator, .relative,
    ]

    /// The head at `index` (prefixes included) and its kind, `expert` (the caller makes it an
    /// office when a side follows); nil when the words there are no agent noun.
    func read(in tokens: [Token], at index: Int, limit: Int) -> (length: Int, kind: TitleKind)? {
        var start = index
        while start < limit, let prefix = lexicon.titles.longestMatch(in: tokens, at: start, limit: limit), prefix.value == .prefix {
            start += prefix.length
        }
        let end = min(limit, start + SpeakerLimits.agentNounSyllables)
        var position = start
        while position < end {
            let token = tokens[position]
            guard token.kind == .word, !token.isCapitalized else { return nil }
            // A listed head inside the run (`dàn diễn viên`: the cast): the words before it are
            // no part of one agent noun; the title steps read the listed head where it stands.
            if position > start, lexicon.title(in: tokens, at: position, limit: limit) != nil { return nil }
            if position > start, lexicon.words.match(.agentSuffix, in: tokens, at: position, limit: position + 1) != nil {
                return (position + 1 - index, .expert)
            }
            if lexicon.cues.match(in: tokens, at: position, limit: limit) != nil
                || Self.foreignClasses.contains(where: { lexicon.words.match($0, in: tokens, at: position, limit: limit) != nil }) {
                return nil
            }
            position += 1
        }
        return nil
    }
}
