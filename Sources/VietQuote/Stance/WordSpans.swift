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
    /// The clause and the sentence of each word, numbered from 0.
    private var places: [Place] = []
    /// The word ranges of the clauses.
    var clauses: [Range<Int>] = []
    /// The normalised scalars the words' positions point into.
    private let scalars: [Unicode.Scalar]
    /// Where the scored string starts in `scalars`.
    private let base: Int
    /// A string normalised alone: a span's text and offsets are read through the map back
    /// to the string as given. Nil when the scored string is `scalars` from `base` on (the
    /// pipeline's content and cue).
    private let alone: Alone?

    private struct Place {
        var clause: Int32
        var sentence: Int32
    }

    /// A string scored alone: its normalised text and the string as given.
    private final class Alone: Sendable {
        let text: SourceText
        let original: String

        init(text: SourceText, original: String) {
            self.text = text
            self.original = original
        }
    }

    /// The words of `string`, normalised and tokenized.
    init(_ string: String) {
        let text = SourceText(string)
        self.init(Tokenizer.tokens(in: text, range: 0..<text.count)[...], scalars: text.scalars, base: 0,
                  alone: Alone(text: text, original: string))
    }

    /// The words of `tokens[range]`, tokens of the normalised `text`: the scored string is
    /// `text` from the start of the range's first token to the end of its last.
    init(_ tokens: [Token], range: Range<Int>, in text: SourceText) {
        self.init(tokens[range], scalars: text.scalars, base: tokens[ifPresent: range.lowerBound]?.start ?? 0, alone: nil)
    }

    /// Cuts the words into clauses at `, ; : ( ) – —` and into sentences at `. ! ? …`;
    /// quotation marks and other marks are dropped.
    private init(_ tokens: ArraySlice<Token>, scalars: [Unicode.Scalar], base: Int, alone: Alone?) {
        self.scalars = scalars
        self.base = base
        self.alone = alone
        var clauseID: Int32 = 0, sentenceID: Int32 = 0
        var clauseStart = 0
        var pendingBreak = false, pendingEnd = false
        var clauses: [Range<Int>] = []
        clauses.reserveCapacity(Swift.min(tokens.count, 8))
        let sentenceEnds = Self.sentenceEnds, clauseBreaks = Self.clauseBreaks
        var words: [Token] = []
        // The words and their places written in place, each token read where it stands and
        // copied once (appending checked the capacity and uniqueness at every word).
        let places = [Place](unsafeUninitializedCapacity: tokens.count) { places, placeCount in
            words = tokens.withUnsafeBufferPointer { tokens in
                [Token](unsafeUninitializedCapacity: tokens.count) { words, count in
                    for index in tokens.indices {
                        switch tokens[index].kind {
                        case .word, .number:
                            if pendingBreak || pendingEnd {
                                if count > clauseStart { clauses.append(Range(from: clauseStart, to: count)) }
                                clauseStart = count
                                clauseID += 1
                                if pendingEnd { sentenceID += 1 }
                                pendingBreak = false
                                pendingEnd = false
                            }
                            (words.baseAddress.unsafelyUnwrapped + count).initialize(to: tokens[index])
                            (places.baseAddress.unsafelyUnwrapped + count).initialize(to: Place(clause: clauseID, sentence: sentenceID))
                            count += 1
                        case .quote:
                            continue
                        case .punctuation:
                            if sentenceEnds.contains(tokens[index]) { pendingEnd = true }
                            else if clauseBreaks.contains(tokens[index]) { pendingBreak = true }
                        }
                    }
                }
            }
            placeCount = words.count
        }
        if words.count > clauseStart { clauses.append(Range(from: clauseStart, to: words.count)) }
        self.words = words
        self.places = places
        self.clauses = clauses
    }

    /// `Punctuation.contentSentenceEnds` and `contentClauseBreaks`, looked up by a token's key hash.
    private static let sentenceEnds = KeySet(Punctuation.contentSentenceEnds)
    private static let clauseBreaks = KeySet(Punctuation.contentClauseBreaks)

    /// The clause of word `index` (numbered from 0).
    func clause(of index: Int) -> Int { Int(places[index].clause) }

    /// The sentence of word `index` (numbered from 0).
    func sentence(of index: Int) -> Int { Int(places[index].sentence) }

    /// The offsets of the words of `range` in the scored string.
    func offsets(_ range: Range<Int>) -> Range<Int> {
        let normalised = Range(from: words[range.lowerBound].start, to: words[range.upperBound - 1].end)
        guard let alone else { return Range(from: normalised.lowerBound - base, to: normalised.upperBound - base) }
        return alone.text.originalRange(normalised)
    }

    /// The words of `range` as they stand in the scored string, and their offsets.
    func found(_ range: Range<Int>) -> (text: String, offsets: Range<Int>) {
        let offsets = offsets(range)
        guard let alone else {
            return (UTF8Bytes.string(scalars[from: offsets.lowerBound + base, upTo: offsets.upperBound + base]), offsets)
        }
        let scalars = alone.original.unicodeScalars
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
