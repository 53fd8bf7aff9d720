/// One rule of speaker resolution: it reads a mention and either chooses its speaker (with
/// the rule id that chose) or passes it to the next rule. `SpeakerResolver.sieves` holds
/// the rules in the order they are tried; the first that decides wins.
protocol SpeakerSieve: Sendable {
    func decide(_ mention: inout MentionContext) -> SpeakerDecision?
}

/// A speaker mention as the rules read it: the words of the quote's mention, trimmed
/// (`SpeakerResolver.trimmed`), their parts, and what the article says before and around it.
struct MentionContext {
    let resolver: SpeakerResolver
    /// The mention as the Quotes stage found it.
    let span: TokenSpan
    let tokens: [Token]
    /// The trimmed mention.
    let range: Range<Int>
    /// Its parts, without a capitalised common word opening the sentence as a name.
    let parsed: ParsedMention
    /// The trimmed mention as written.
    let text: String
    let paragraphs: [ParagraphContext]
    let source: SourceText
    let index: ArticleIndex
    let history: SpeakerHistory
    var bodies: BodySides

    var lexicon: SpeakerLexicon { resolver.lexicon }
    var words: FunctionWords { resolver.words }

    /// The words of `range` of the mention's paragraph as written.
    func text(_ range: Range<Int>) -> String { ArticleIndex.text(tokens, range, source) }

    /// The match keys of the words of `range`.
    func keys(_ range: Range<Int>) -> [String] { tokens[from: range.lowerBound, upTo: range.upperBound].map(\.key) }
}
