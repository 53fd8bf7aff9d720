/// A medium head with no name right after it (`hãng`, `trang`, `tờ báo`, `truyền thông` of
/// `organizations.tsv`): the head is a classifier or a collective noun, never the speaker's
/// name. Read in this order:
/// - a name after the head's own lower-case words is the medium's or company's name:
///   `hãng dược phẩm AstraZeneca thừa nhận …` → AstraZeneca, `Theo tính toán của hãng dữ
///   liệu Opta` → Opta (`media: name after the head's words`);
/// - the head alone (or with `này`/`đó`) and no quantifier before it stands for the medium
///   that spoke nearest before it: `Theo Tuổi Trẻ, …. tờ báo này nói rằng …` → Tuổi Trẻ
///   (`media: head alone, the medium that spoke before`); a quantifier (`nhiều`, `những`,
///   `các`, `một`: the `quantifier` class of function_words.tsv) names several media or a
///   new one, never the one before: `Nhiều tờ báo cho rằng …` keeps its words;
/// - else it is an unnamed source and keeps its words (ANNOTATION.md): `tờ báo nước Pháp
///   nhận định …` → `tờ báo nước Pháp`, `trang thể thao Pháp`, `truyền thông Hàn`
///   (`media: unnamed, keeps its words`); so does a head with a number for its name, which no
///   name run reads (silver `Theo trang 163, …` → `trang 163`, not `trang`).
/// Rejects: a collective head (`collective_medium` of function_words.tsv: `truyền thông`,
/// `báo chí`), which names no one medium and keeps its words; a name after a side (`báo Nga Izvestia` is read by the head's own name), a name
/// further than `SpeakerLimits.mediumWordsBeforeName` words after the head (a clause, not
/// the head's words), and a bare head with no medium or company before it, which keeps its
/// words as today (`Truyền thông cho rằng …`).
struct MediumWithoutName {
    static func decide(_ org: ParsedMention.Organization, _ mention: MentionContext) -> SpeakerDecision? {
        // A side right after the head (`báo Nga`, `truyền thông Trung Quốc`) is read with it.
        let parsed = mention.parsed, tokens = mention.tokens, headEnd = org.range.upperBound
        guard org.name == nil, org.entry.isGenericHead,
              mention.lexicon.organization(in: tokens, at: org.range.lowerBound, limit: headEnd)?.length == org.range.count else { return nil }
        // The press as a whole (`truyền thông`, `báo chí`) names no one medium.
        let collective = mention.words.match(.collectiveMedium, in: tokens, at: org.range.lowerBound, limit: headEnd) == org.range.count
        if !collective, let name = nameAfterWords(headEnd, mention) {
            return SpeakerDecision(Speaker(name: mention.text(name), mention: mention.text, kind: .media),
                                   .mediumNameAfterWords, entry: org.entry.origin)
        }
        let start = parsed.quantified && org.range.lowerBound > parsed.range.lowerBound ? parsed.range.lowerBound : org.range.lowerBound
        // A number right after the head is the medium's name (`trang 163`, `trang 91mobiles`).
        let numbered = headEnd < parsed.range.upperBound && tokens[headEnd].kind == .number
        let words = Range(from: headEnd, to: parsed.range.upperBound).filter { tokens[$0].kind == .word }
        let bare = !numbered && words.allSatisfy { mention.words.isWord(tokens, at: $0, .nounFollower) }
        if bare, !collective, !parsed.quantified, var earlier = mention.history.last(where: { mention.history.kinds[$0] == .media }) {
            earlier.mention = mention.text
            return SpeakerDecision(earlier, .mediumHeadAlone, entry: org.entry.origin)
        }
        guard !bare || words.count > 0 || parsed.quantified else { return nil }
        let text = mention.text(Range(from: start, to: parsed.range.upperBound))
        return SpeakerDecision(Speaker(name: text, mention: mention.text, kind: .media), .mediumUnnamed, entry: org.entry.origin)
    }

    /// The name run after the head's own lower-case words (at most
    /// `SpeakerLimits.mediumWordsBeforeName`, none of them a function word), unless a side or
    /// a title comes first. (The parse's names drop a one-word name after a lower-case noun
    /// as a modifier, `siêu máy tính Opta`; after a medium head it is the medium's name.)
    private static func nameAfterWords(_ headEnd: Int, _ mention: MentionContext) -> Range<Int>? {
        nameAfterHeadWords(mention.tokens, from: headEnd, limit: mention.range.upperBound, wordsFirst: true, mention)
    }

    /// The name run after a head's lower-case words in `tokens` (`hãng dữ liệu Opta`, `công ty
    /// công nghệ Meitu`: `BareHeadBody` reads it too); `wordsFirst`: at least one word first.
    static func nameAfterHeadWords(_ tokens: [Token], from headEnd: Int, limit: Int, wordsFirst: Bool,
                                   _ mention: MentionContext) -> Range<Int>? {
        var index = headEnd
        while index < limit, index - headEnd <= SpeakerLimits.mediumWordsBeforeName {
            let token = tokens[index]
            guard token.kind == .word else { return nil }
            if token.isCapitalized {
                guard !wordsFirst || index > headEnd, mention.lexicon.actor(in: tokens, at: index, limit: limit) == nil,
                      mention.lexicon.title(in: tokens, at: index, limit: limit) == nil,
                      mention.lexicon.organization(in: tokens, at: index, limit: limit) == nil else { return nil }
                let run = mention.resolver.parser.nameRun(in: tokens, at: index, limit: limit)
                return run > 0 ? index..<index + run : nil
            }
            guard mention.words.trie.value(in: tokens, range: index..<index + 1) == nil else { return nil }
            index += 1
        }
        return nil
    }
}
