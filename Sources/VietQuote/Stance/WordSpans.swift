/// Words of a scored text (a quote's content or its cue) with their clause and sentence, and
/// where a span of them stands in that text.
///
/// The pipeline gives the tokens it already has (`init(_:range:in:)`): a quote's content and
/// its cue are token spans of their paragraph, and their strings the normalised scalars from
/// the span's first token to its last, so nothing is normalised or tokenized again. A string
/// scored alone (`StanceScorer.score(content:cue:)`) is normalised and tokenized here. Either
/// way a span's offsets count Unicode scalars from the start of the scored string.
///
/// All of it lives in one object (`Storage`): the analysis, the cue rules and the relation
/// gate each keep the words, and a copy is one reference counted, not five arrays.
struct WordSpans: Sendable {
    private let storage: Storage

    var words: [Token] { storage.words }
    /// The word ranges of the clauses.
    var clauses: [Range<Int>] { storage.clauses }

    private final class Storage: Sendable {
        let words: [Token]
        /// The clause and the sentence of each word, numbered from 0.
        let places: [Place]
        let clauses: [Range<Int>]
        /// The normalised scalars the words' positions point into.
        let scalars: [Unicode.Scalar]
        /// Where the scored string starts in `scalars`.
        let base: Int
        /// A string normalised alone: a span's text and offsets are read through the map back
        /// to the string as given. Nil when the scored string is `scalars` from `base` on (the
        /// pipeline's content and cue).
        let alone: Alone?

        init(words: [Token], places: [Place], clauses: [Range<Int>], scalars: [Unicode.Scalar], base: Int, alone: Alone?) {
            self.words = words
            self.places = places
            self.clauses = clauses
            self.scalars = scalars
            self.base = base
            self.alone = alone
        }
    }

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
        var clauseID: Int32 = 0, sentenceID: Int32 = 0
        var clauseStart = 0
        var pendingBreak = false, pendingEnd = false
        var clauses: [Range<Int>] = []
        clauses.reserveCapacity(Swift.min(tokens.count, 8))
        let sentenceEnds = Self.sentenceEnds, clauseBreaks = Self.clauseBreaks
        // Room reserved on empty arrays, then appended: `Array(unsafeUninitializedCapacity:)`
        // allocates through the standard library's unspecialised path, which looks the
        // storage type up at run time (~850 instructions a buffer, two buffers a span).
        var words: [Token] = [], places: [Place] = []
        words.reserveCapacity(tokens.count)
        places.reserveCapacity(tokens.count)
        for index in tokens.indices {
            switch tokens[index].kind {
            case .word, .number:
                if pendingBreak || pendingEnd {
                    if words.count > clauseStart { clauses.append(Range(from: clauseStart, to: words.count)) }
                    clauseStart = words.count
                    clauseID += 1
                    if pendingEnd { sentenceID += 1 }
                    pendingBreak = false
                    pendingEnd = false
                }
                words.append(tokens[index])
                places.append(Place(clause: clauseID, sentence: sentenceID))
            case .quote:
                continue
            case .punctuation:
                if sentenceEnds.contains(tokens[index]) { pendingEnd = true }
                else if clauseBreaks.contains(tokens[index]) { pendingBreak = true }
            }
        }
        if words.count > clauseStart { clauses.append(Range(from: clauseStart, to: words.count)) }
        storage = Storage(words: words, places: places, clauses: clauses, scalars: scalars, base: base, alone: alone)
    }

    /// `Punctuation.contentSentenceEnds` and `contentClauseBreaks`, looked up by a token's key hash.
    private static let sentenceEnds = KeySet(Punctuation.contentSentenceEnds)
    private static let clauseBreaks = KeySet(Punctuation.contentClauseBreaks)

    /// The clause of word `index` (numbered from 0).
    func clause(of index: Int) -> Int { Int(storage.places[index].clause) }

    /// The sentence of word `index` (numbered from 0).
    func sentence(of index: Int) -> Int { Int(storage.places[index].sentence) }

    /// The offsets of the words of `range` in the scored string.
    func offsets(_ range: Range<Int>) -> Range<Int> {
        let words = storage.words, base = storage.base
        let normalised = Range(from: words[range.lowerBound].start, to: words[range.upperBound - 1].end)
        guard let alone = storage.alone else { return Range(from: normalised.lowerBound - base, to: normalised.upperBound - base) }
        return alone.text.originalRange(normalised)
    }

    /// The words of `range` as they stand in the scored string, and their offsets.
    func found(_ range: Range<Int>) -> (text: String, offsets: Range<Int>) {
        let offsets = offsets(range)
        guard let alone = storage.alone else {
            let base = storage.base
            return (UTF8Bytes.string(storage.scalars[from: offsets.lowerBound + base, upTo: offsets.upperBound + base]), offsets)
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
