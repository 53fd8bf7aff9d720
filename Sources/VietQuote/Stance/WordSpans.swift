/// Words of a scored text (a quote's content or its cue) with their clause and sentence, and
/// where a span of them stands in that text.
///
/// The pipeline gives the tokens it already has (`init(_:range:in:)`): a quote's content and
/// its cue are token spans of their paragraph, and their strings the normalised scalars from
/// the span's first token to its last, so nothing is normalised or tokenized again. A string
/// scored alone (`StanceScorer.score(content:cue:)`) is normalised and tokenized here. Either
/// way a span's offsets count Unicode scalars from the start of the scored string.
struct WordSpans: Sendable {
    var words: [Token] = []
    var clause: [Int] = []
    var sentence: [Int] = []
    /// The word ranges of the clauses.
    var clauses: [Range<Int>] = []
    /// The normalised text the words' positions point into.
    private let text: SourceText
    /// Where the scored string starts in `text`.
    private let base: Int
    /// The scored string as given, when it was normalised alone: a span's text and offsets
    /// are read through `text`'s map back to it. Nil when the scored string is `text`'s own
    /// scalars from `base` on (the pipeline's content and cue).
    private let original: String?

    /// The words of `string`, normalised and tokenized.
    init(_ string: String) {
        let text = SourceText(string)
        self.init(Tokenizer.tokens(in: text, range: 0..<text.count)[...], text: text, base: 0, original: string)
    }

    /// The words of `tokens[range]`, tokens of the normalised `text`: the scored string is
    /// `text` from the start of the range's first token to the end of its last.
    init(_ tokens: [Token], range: Range<Int>, in text: SourceText) {
        self.init(tokens[range], text: text, base: tokens[ifPresent: range.lowerBound]?.start ?? 0, original: nil)
    }

    /// Cuts the words into clauses at `, ; : ( ) – —` and into sentences at `. ! ? …`;
    /// quotation marks and other marks are dropped.
    private init(_ tokens: ArraySlice<Token>, text: SourceText, base: Int, original: String?) {
        self.text = text
        self.base = base
        self.original = original
        var clauseID = 0, sentenceID = 0
        var clauseStart = 0
        var pendingBreak = false, pendingEnd = false
        words.reserveCapacity(tokens.count)
        clause.reserveCapacity(tokens.count)
        sentence.reserveCapacity(tokens.count)
        clauses.reserveCapacity(Swift.min(tokens.count, 8))
        for token in tokens {
            switch token.kind {
            case .word, .number:
                if pendingBreak || pendingEnd {
                    if words.count > clauseStart { clauses.append(Range(from: clauseStart, to: words.count)) }
                    clauseStart = words.count
                    clauseID += 1
                    if pendingEnd { sentenceID += 1 }
                    pendingBreak = false
                    pendingEnd = false
                }
                words.append(token)
                clause.append(clauseID)
                sentence.append(sentenceID)
            case .quote:
                continue
            case .punctuation:
                if Self.sentenceEnds.contains(token) { pendingEnd = true }
                else if Self.clauseBreaks.contains(token) { pendingBreak = true }
            }
        }
        if words.count > clauseStart { clauses.append(Range(from: clauseStart, to: words.count)) }
    }

    /// `Punctuation.contentSentenceEnds` and `contentClauseBreaks`, looked up by a token's key hash.
    private static let sentenceEnds = KeySet(Punctuation.contentSentenceEnds)
    private static let clauseBreaks = KeySet(Punctuation.contentClauseBreaks)

    /// The offsets of the words of `range` in the scored string.
    func offsets(_ range: Range<Int>) -> Range<Int> {
        let normalised = Range(from: words[range.lowerBound].start, to: words[range.upperBound - 1].end)
        guard original != nil else { return Range(from: normalised.lowerBound - base, to: normalised.upperBound - base) }
        return text.originalRange(normalised)
    }

    /// The words of `range` as they stand in the scored string, and their offsets.
    func found(_ range: Range<Int>) -> (text: String, offsets: Range<Int>) {
        let offsets = offsets(range)
        guard let original else { return (text.string(offsets.lowerBound + base..<offsets.upperBound + base), offsets) }
        let scalars = original.unicodeScalars
        let from = scalars.index(scalars.startIndex, offsetBy: offsets.lowerBound)
        let to = scalars.index(from, offsetBy: offsets.count)
        return (String(scalars[from..<to]), offsets)
    }
}

/// The words of a quote's content and of its cue, as the Stance stage reads them.
struct QuoteWords: Sendable {
    var content: WordSpans
    var cue: WordSpans?
}
