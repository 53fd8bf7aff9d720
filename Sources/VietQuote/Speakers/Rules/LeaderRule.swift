/// A leader role with a side and no name (`nhà lãnh đạo Nga`, `Người đứng đầu Kiev`: the
/// class `leader` of `function_words.tsv`) is the one person the article titles with an
/// office of that side itself: a title that names the side with no body between and no
/// prefix before (`Tổng thống Nga Vladimir Putin`; not `Phó chủ tịch Hội đồng An ninh Nga`,
/// not `phát ngôn viên Bộ Ngoại giao Nga`).
///
/// Recognises: `Tổng thống Nga Vladimir Putin từng khẳng định … Tuy nhiên, nhà lãnh đạo Nga
/// cũng nhấn mạnh …` → Vladimir Putin, `Tổng thống Nga`, Nga (`leader: the article's person
/// who heads this side`).
/// Rejects: a role with a name (`Nhà lãnh đạo Triều Tiên Kim Jong Un`: `NameRule`), a group
/// (`Cả lãnh đạo Armenia và Azerbaijan`), a role without a side, and an article that titles
/// no one, or more than one person, that way (the rules after this one: an unnamed source
/// or the role).
struct LeaderRule: SpeakerSieve {
    func decide(_ mention: inout MentionContext) -> SpeakerDecision? {
        let parsed = mention.parsed, tokens = mention.tokens, range = mention.range
        guard parsed.names.isEmpty, !parsed.quantified,
              let start = range.first(where: { mention.words.match(.leader, in: tokens, at: $0, limit: range.upperBound) != nil }),
              let length = mention.words.match(.leader, in: tokens, at: start, limit: range.upperBound),
              let side = mention.lexicon.actor(in: tokens, at: start + length, limit: range.upperBound),
              start + length + side.length == range.upperBound,
              let leader = mention.index.leader(of: side.entry.side) else { return nil }
        let title = mention.index.title(of: leader.keys)
        var speaker = Speaker(name: leader.text, mention: mention.text, title: title?.text, kind: .person, affiliation: side.entry.side)
        speaker.titleTrace = title?.trace
        return SpeakerDecision(speaker, .leaderOfSide)
    }
}
