/// The last rule: a mention that no rule before read is a person, named by its first name
/// run when it has one (a name after an organisation head), else an unnamed source named by
/// its words without an opening honorific.
///
/// Recognises: a mention of unknown words, e.g. `Theo các phương tiện truyền thống sở tại, …`
/// (a typo: no medium of the lexicons) → `các phương tiện truyền thống sở tại`, an unnamed
/// source as it has no capitalised word (`mention`); a common word that opens the sentence
/// and names nobody (`Đáng nói, …`, `Xin cho biết …`) → no speaker (`mention: no speaker words`).
/// Rejects: nothing; it always decides.
struct LastResortRule: SpeakerSieve {
    func decide(_ mention: inout MentionContext) -> SpeakerDecision? {
        if let nameRange = mention.parsed.names.first {
            return SpeakerDecision(Speaker(name: mention.text(nameRange), mention: mention.text, kind: .person), .name)
        }
        var name = mention.text
        let range = mention.range
        // A common word opening the sentence, alone (`Đáng nói, …`, `Xin cho biết`): the
        // writer's own words; no one is named. (With more words it is a description of
        // people, `Nhiều người`, `Nữ ca sĩ`: an unnamed source, below.)
        if range.count == 1, mention.index.isCommonWordOpening(mention.tokens, at: range.lowerBound) {
            return SpeakerDecision(Speaker(name: "", mention: mention.text, kind: .source), .noSpeakerWords)
        }
        if let honorific = mention.words.match(.honorific, in: mention.tokens, at: range.lowerBound), honorific < range.count {
            name = mention.text(Range(from: range.lowerBound + honorific, to: range.upperBound))
        }
        // Words without a name (`nhiều người`, `các chuyên gia`, `Cựu trung vệ người Anh`,
        // `khán giả Việt`: a country or region only as a modifier): an unnamed source.
        return SpeakerDecision(Speaker(name: name, mention: mention.text, kind: .source), .mention)
    }
}
