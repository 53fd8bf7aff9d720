/// One rule of speaker resolution: it reads a mention and either chooses its speaker (with
/// the rule id that chose) or passes it to the next rule. `SpeakerResolver.sieves` holds
/// the rules in the order they are tried; the first that decides wins.
protocol SpeakerSieve: Sendable {
    func decide(_ mention: inout MentionContext) -> SpeakerDecision?
}

/// A speaker mention as the rules read it: the words of the quote's mention, trimmed
/// (`SpeakerResolver.trimmed`), their parts, and what the article says before and around it.
/// (Performance only: one context serves an article's mentions in turn, each setting its own
/// words with `read`, as a context per mention copied the article index and the source,
/// field by field, and destroyed them.)
struct MentionContext {
    let resolver: SpeakerResolver
    /// The mention as the Quotes stage found it.
    private(set) var span = TokenSpan(paragraph: 0, range: 0..<0)
    private(set) var tokens: [Token] = []
    /// The trimmed mention.
    private(set) var range = 0..<0
    /// Its parts, without a capitalised common word opening the sentence as a name.
    private(set) var parsed = ParsedMention(range: 0..<0)
    /// The trimmed mention as written.
    private(set) var text = ""
    let paragraphs: [ParagraphContext]
    let source: SourceText
    let index: ArticleIndex
    /// The speakers of the article's quotes before this one (added to by `record` only, after
    /// each quote is resolved: a sieve reads it, never changes it for the quotes after).
    private(set) var history = SpeakerHistory()
    var bodies: BodySides
    /// Performance only: the last parse of the mention's words (`MentionParser.memoised(in:)`).
    let parseMemo = ParseMemo()
    /// Performance only: the article's gender marks of name runs (`PronounGender`), made once.
    let writtenGenderMarks = WrittenGenderMarks()

    /// The context of an article before its first mention.
    init(resolver: SpeakerResolver, paragraphs: [ParagraphContext], source: SourceText, index: ArticleIndex) {
        self.resolver = resolver
        self.paragraphs = paragraphs
        self.source = source
        self.index = index
        bodies = BodySides(places: index.keyPlaces)
    }

    /// Adds the speaker of the quote just resolved to the history.
    mutating func record(_ speaker: Speaker) { history.add(speaker) }

    /// Sets the mention read next: its span, its paragraph's tokens, its trimmed range, parts and text.
    /// (Performance only: the parse and the text are taken, not copied: the resolver hands them
    /// over, and a copy of a parse retained each of its lists, then released them.)
    mutating func read(_ span: TokenSpan, tokens: [Token], range: Range<Int>, parsed: consuming ParsedMention, text: consuming String) {
        self.span = span
        self.tokens = tokens
        self.range = range
        self.parsed = parsed
        self.text = text
    }

    var lexicon: SpeakerLexicon { resolver.lexicon }
    var words: FunctionWords { resolver.words }

    /// The words of `range` of the mention's paragraph as written.
    func text(_ range: Range<Int>) -> String { ArticleIndex.text(tokens, range, source) }

    /// The match keys of the words of `range`.
    func keys(_ range: Range<Int>) -> [String] { tokens[from: range.lowerBound, upTo: range.upperBound].map(\.key) }
}
