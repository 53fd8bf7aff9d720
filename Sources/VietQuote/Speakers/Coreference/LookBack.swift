/// The stretches of an article's text before a mention that an anaphor's look-back reads,
/// nearest first: the mention's paragraph up to the mention, then the whole paragraphs before
/// it, at most `paragraphs` of them and `tokens` tokens in all (so that a long page of one
/// paragraph with many mentions stays linear). Read by `DescribedAnaphorRule`,
/// `BodySubjectBefore` and `BareHeadBody`, each going back from `bound - 1` to `first` in each stretch.
struct LookBack {
    struct Stretch {
        let words: [Token]
        /// Where the stretch ends (the mention's start in its own paragraph).
        let bound: Int
        /// The first token the look-back reaches.
        let first: Int
    }

    /// `start`: where the mention's paragraph is read up to (the mention's start by default; a
    /// head inside the mention, as `BareHeadBody` reads, may start later).
    static func stretches(before mention: MentionContext, start: Int? = nil, paragraphs: Int, tokens: Int) -> [Stretch] {
        let span = mention.span
        var budget = tokens
        var found: [Stretch] = []
        for paragraphIndex in stride(from: span.paragraph, through: max(0, span.paragraph - paragraphs), by: -1) where budget > 0 {
            let words = mention.paragraphs[paragraphIndex].tokens
            let bound = paragraphIndex == span.paragraph ? start ?? span.range.lowerBound : words.count
            let first = max(0, bound - budget)
            budget -= bound - first
            found.append(Stretch(words: words, bound: bound, first: first))
        }
        return found
    }
}
