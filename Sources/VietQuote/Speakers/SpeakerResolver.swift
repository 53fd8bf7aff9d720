/// The Speakers stage: turns each quote's mention into a speaker with a canonical name,
/// title, kind and side, resolving pronouns to the nearest compatible speaker before.
struct SpeakerResolver: Sendable {
    let words: FunctionWords

    init(files: LexiconFiles, words: FunctionWords) throws(LexiconError) {
        self.words = words
    }

    func resolve(_ found: [FoundQuote], in paragraphs: [ParagraphContext], source: SourceText) -> [Quote] {
        var quotes: [Quote] = []
        var previous: Speaker?
        for item in found {
            let paragraph = paragraphs[item.content.paragraph]
            let tokens = paragraph.tokens
            let range = tokens[item.content.range.lowerBound].start..<tokens[item.content.range.upperBound - 1].end
            let original = source.originalRange(range)
            var speaker: Speaker
            var speakerRule: String
            if let mention = item.mention {
                let mentionTokens = paragraphs[mention.paragraph].tokens
                let text = source.string(mentionTokens[mention.range.lowerBound].start..<mentionTokens[mention.range.upperBound - 1].end)
                let isPronoun = words.match(.honorific, in: mentionTokens, at: mention.range.lowerBound) == mention.range.count
                    || words.match(.pronoun, in: mentionTokens, at: mention.range.lowerBound) == mention.range.count
                if isPronoun, var earlier = previous {
                    earlier.mention = text
                    speaker = earlier
                    speakerRule = "pronoun: nearest speaker before"
                } else {
                    var name = text
                    if let honorific = words.match(.honorific, in: mentionTokens, at: mention.range.lowerBound), honorific < mention.range.count {
                        let start = mentionTokens[mention.range.lowerBound + honorific].start
                        name = source.string(start..<mentionTokens[mention.range.upperBound - 1].end)
                    }
                    speaker = Speaker(name: name, mention: text, kind: .person)
                    speakerRule = "mention"
                }
            } else if let earlier = previous {
                speaker = earlier
                speakerRule = "floating: previous speaker"
            } else {
                speaker = Speaker(name: "", mention: "", kind: .source)
                speakerRule = "none"
            }
            previous = speaker
            var cue: String?
            if let span = item.cue {
                let cueTokens = paragraphs[span.paragraph].tokens
                cue = source.string(cueTokens[span.range.lowerBound].start..<cueTokens[span.range.upperBound - 1].end)
            }
            quotes.append(Quote(
                content: source.string(range), start: original.lowerBound, end: original.upperBound,
                type: item.type, cue: cue, speaker: speaker,
                explanation: Explanation(quoteRule: item.rule.rawValue, cueEntry: item.cueEntry?.origin, speakerRule: speakerRule)
            ))
        }
        return quotes
    }
}
