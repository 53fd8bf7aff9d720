/// The last rule: a mention that no rule before read is a person, named by its first name
/// run when it has one (a name after an organisation head), else by its words without an
/// opening honorific.
///
/// Recognises: a mention of unknown words, e.g. `Người dân địa phương cho biết …` when no
/// lexicon names it → `Người dân địa phương` (`mention`).
/// Rejects: nothing; it always decides.
struct LastResortRule: SpeakerSieve {
    func decide(_ mention: inout MentionContext) -> SpeakerDecision? {
        if let nameRange = mention.parsed.names.first {
            return SpeakerDecision(Speaker(name: mention.text(nameRange), mention: mention.text, kind: .person), .name)
        }
        var name = mention.text
        let range = mention.range
        if let honorific = mention.words.match(.honorific, in: mention.tokens, at: range.lowerBound), honorific < range.count {
            name = mention.text(Range(from: range.lowerBound + honorific, to: range.upperBound))
        }
        return SpeakerDecision(Speaker(name: name, mention: mention.text, kind: .person), .mention)
    }
}
