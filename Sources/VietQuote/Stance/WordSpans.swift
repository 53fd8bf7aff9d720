/// Words of a scored text (a quote's content or its cue) with their clause and sentence, and
/// where a span of them stands in that text.
///
/// The pipeline gives the tokens it already has (`init(_:range:in:)`): a quote's content and
/// its cue are token spans of their paragraph, and their strings the normalised scalars from
/// the span's first token to its last, so nothing is normalised or tokenized again. A string
/// scored alone (`StanceScorer.score(content:cue:)`) is normalised and tokenized here. Either
/// way a span's offsets count Unicode scalars from the start of the scored string.
///
/// The words are not copied: `words` reads the paragraph's tokens (shared, not copied) at
/// the place of each word, kept in the storage's tail (see `Words`).
///
/// All of it lives in one object (`Storage`): the analysis, the cue rules and the relation
/// gate each keep the words, and a copy is one reference counted, not five arrays. The
/// place, clause and sentence of each word and the clauses' ranges are that object's tail:
/// a span allocates the object, nothing else. (`ManagedBuffer` is never `Sendable`;
/// the storage is written only inside `Storage.make`, before any span holds it, and read
/// only through `Storage`'s read-only accessors, hence `@unchecked`.)
struct WordSpans: @unchecked Sendable {
    private let storage: Storage

    /// The words (marks and quotation marks left out), read in the paragraph's tokens.
    var words: Words { Words(tokens: storage.tokens, storage: storage, count: storage.wordCount) }

    /// The words of a span as a collection numbered from 0: word `index` is the token at
    /// its place in the paragraph's tokens (no array of the words' tokens is built; the
    /// lexicons read it through their index entry points, `PhraseTrie+Indices.swift` …).
    struct Words: RandomAccessCollection {
        let tokens: [Token]
        fileprivate let storage: Storage
        let count: Int
        var startIndex: Int { 0 }
        var endIndex: Int { count }
        @inline(__always)
        subscript(index: Int) -> Token {
            precondition(index >= 0 && index < count, "a word of the span")
            return tokens[Int(storage.place(index).token)]
        }
    }
    /// The word ranges of the clauses.
    var clauses: Clauses { Clauses(storage: storage) }

    /// The clauses' word ranges, read from the storage's tail (no array of them).
    struct Clauses: RandomAccessCollection {
        fileprivate let storage: Storage
        var startIndex: Int { 0 }
        var endIndex: Int { storage.clauseCount }
        subscript(index: Int) -> Range<Int> {
            precondition(index >= 0 && index < endIndex, "a clause of the span")
            let place = storage.clause(index)
            return Int(place.clause)..<Int(place.sentence)
        }
    }

    /// Every field is a constant: the header is whole when `Storage.make` returns it.
    fileprivate struct Header {
        /// The tokens the words are read in (a paragraph's, or a string's scored alone), and
        /// how many words there are.
        let tokens: [Token]
        let wordCount: Int
        /// The normalised scalars the words' positions point into.
        let scalars: [Unicode.Scalar]
        /// Where the scored string starts in `scalars`.
        let base: Int
        /// A string normalised alone: a span's text and offsets are read through the map back
        /// to the string as given. Nil when the scored string is `scalars` from `base` on (the
        /// pipeline's content and cue).
        let alone: Alone?
        /// Where the clauses start in the tail (after room for a place per token), and how many.
        let clauseBase: Int
        let clauseCount: Int
    }

    /// The tail holds the token, clause and sentence of each word (numbered from 0) from 0, and
    /// from `clauseBase` each clause's range (`clause` its lower bound, `sentence` its upper).
    /// The tail is written only inside `make` (before the header exists); afterwards the
    /// storage is read only through the accessors below, each of which reads inside the
    /// `withUnsafeMutablePointerTo…` call (no pointer outlives it). The header is read through
    /// its address, not `header`: `header` is a class property, and each read of it was
    /// checked for exclusive access at run time.
    fileprivate final class Storage: ManagedBuffer<Header, Place> {
        var tokens: [Token] { withUnsafeMutablePointerToHeader { $0.pointee.tokens } }
        var wordCount: Int { withUnsafeMutablePointerToHeader { $0.pointee.wordCount } }
        var scalars: [Unicode.Scalar] { withUnsafeMutablePointerToHeader { $0.pointee.scalars } }
        var base: Int { withUnsafeMutablePointerToHeader { $0.pointee.base } }
        var alone: Alone? { withUnsafeMutablePointerToHeader { $0.pointee.alone } }
        var clauseCount: Int { withUnsafeMutablePointerToHeader { $0.pointee.clauseCount } }

        /// The place of word `index`; the caller checks `index < wordCount`.
        @inline(__always)
        func place(_ index: Int) -> Place { withUnsafeMutablePointerToElements { $0[index] } }

        /// The range of clause `index`; the caller checks `index < clauseCount`.
        func clause(_ index: Int) -> Place {
            let clauseBase = withUnsafeMutablePointerToHeader { $0.pointee.clauseBase }
            return withUnsafeMutablePointerToElements { $0[clauseBase + index] }
        }

        /// A storage of room `capacity` whose tail `fill` writes (it returns the header): the
        /// only place the storage is written.
        static func make(capacity: Int, fill: (UnsafeMutablePointer<Place>) -> Header) -> Storage {
            let buffer = create(minimumCapacity: capacity) { buffer in buffer.withUnsafeMutablePointerToElements(fill) }
            return unsafeDowncast(buffer, to: Storage.self)
        }
    }

    fileprivate struct Place {
        var clause: Int32
        var sentence: Int32
        /// The word's token in `tokens` (unused in a clause's range).
        var token: Int32 = 0
    }

    /// A string scored alone: its normalised text and the string as given.
    fileprivate final class Alone: Sendable {
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
        let tokens = Tokenizer.tokens(in: text, range: 0..<text.count)
        self.init(tokens, range: tokens.indices, scalars: text.scalars, base: 0, alone: Alone(text: text, original: string))
    }

    /// The words of `tokens[range]`, tokens of the normalised `text`: the scored string is
    /// `text` from the start of the range's first token to the end of its last.
    init(_ tokens: [Token], range: Range<Int>, in text: SourceText) {
        self.init(tokens, range: range, scalars: text.scalars, base: tokens[ifPresent: range.lowerBound]?.start ?? 0, alone: nil)
    }

    /// Cuts the words into clauses at `, ; : ( ) – —` and into sentences at `. ! ? …`;
    /// quotation marks and other marks are dropped.
    private init(_ tokens: [Token], range: Range<Int>, scalars: [Unicode.Scalar], base: Int, alone: Alone?) {
        let clauseBase = range.count
        let sentenceEnds = Self.sentenceEnds, clauseBreaks = Self.clauseBreaks
        // Room for a place per token and a clause per token: no more words or clauses than tokens.
        storage = Storage.make(capacity: 2 * clauseBase) { tail in
            var clauseID: Int32 = 0, sentenceID: Int32 = 0
            var clauseStart = 0, clauseCount = 0, wordCount = 0
            var pendingBreak = false, pendingEnd = false
            for index in range {
                switch tokens[index].kind {
                case .word, .number:
                    if pendingBreak || pendingEnd {
                        if wordCount > clauseStart {
                            (tail + clauseBase + clauseCount).initialize(to: Place(clause: Int32(clauseStart), sentence: Int32(wordCount)))
                            clauseCount += 1
                        }
                        clauseStart = wordCount
                        clauseID += 1
                        if pendingEnd { sentenceID += 1 }
                        pendingBreak = false
                        pendingEnd = false
                    }
                    (tail + wordCount).initialize(to: Place(clause: clauseID, sentence: sentenceID, token: Int32(index)))
                    wordCount += 1
                case .quote:
                    continue
                case .punctuation:
                    if sentenceEnds.contains(tokens[index]) { pendingEnd = true }
                    else if clauseBreaks.contains(tokens[index]) { pendingBreak = true }
                }
            }
            if wordCount > clauseStart {
                (tail + clauseBase + clauseCount).initialize(to: Place(clause: Int32(clauseStart), sentence: Int32(wordCount)))
                clauseCount += 1
            }
            return Header(tokens: tokens, wordCount: wordCount, scalars: scalars, base: base, alone: alone, clauseBase: clauseBase, clauseCount: clauseCount)
        }
    }

    /// `Punctuation.contentSentenceEnds` and `contentClauseBreaks`, looked up by a token's key hash.
    private static let sentenceEnds = KeySet(Punctuation.contentSentenceEnds)
    private static let clauseBreaks = KeySet(Punctuation.contentClauseBreaks)

    /// Whether word `index` (not the first) stands right after a comma or a semicolon, where
    /// Vietnamese writes lower case (`CapitalisedNamePhraseRule`).
    func followsLowerCaseBreak(_ index: Int) -> Bool {
        guard index > 0 else { return false }
        let token = Int(place(of: index).token)
        return token > 0 && Self.lowerCaseBreaks.contains(storage.tokens[token - 1])
    }

    /// The marks after which Vietnamese writes lower case.
    private static let lowerCaseBreaks = KeySet([",", ";"])

    /// The clause of word `index` (numbered from 0).
    func clause(of index: Int) -> Int { Int(place(of: index).clause) }

    /// The sentence of word `index` (numbered from 0).
    func sentence(of index: Int) -> Int { Int(place(of: index).sentence) }

    private func place(of index: Int) -> Place {
        precondition(index >= 0 && index < storage.wordCount, "a word of the span")
        return storage.place(index)
    }

    /// The offsets of the words of `range` in the scored string.
    func offsets(_ range: Range<Int>) -> Range<Int> {
        let words = self.words, base = storage.base
        let normalised = Range(from: words[range.lowerBound].start, to: words[range.upperBound - 1].end)
        guard let alone = storage.alone else { return Range(from: normalised.lowerBound - base, to: normalised.upperBound - base) }
        return alone.text.originalRange(normalised)
    }

    /// The words whose offsets in the scored string are `offsets` and whose text is `text`
    /// (`found`), with no token between them (no mark a tokenization of `text` would keep):
    /// their keys are then `MatchKey.words(text)`. Nil otherwise, and for a string scored alone.
    func wordRange(at offsets: Range<Int>, text: String) -> Range<Int>? {
        guard storage.alone == nil, !offsets.isEmpty else { return nil }
        let words = self.words, base = storage.base
        guard let first = words.indices.first(where: { words[$0].start - base == offsets.lowerBound }) else { return nil }
        var last = first
        while words[last].end - base < offsets.upperBound {
            guard last + 1 < words.count, place(of: last + 1).token == place(of: last).token + 1 else { return nil }
            last += 1
        }
        guard words[last].end - base == offsets.upperBound else { return nil }
        let range = first..<last + 1
        return found(range).text == text ? range : nil
    }

    /// The words of `range` as they stand in the scored string, and their offsets.
    func found(_ range: Range<Int>) -> (text: String, offsets: Range<Int>) {
        let offsets = offsets(range)
        guard let alone = storage.alone else {
            let base = storage.base
            return (Self.string(storage.scalars[from: offsets.lowerBound + base, upTo: offsets.upperBound + base]), offsets)
        }
        let scalars = alone.original.unicodeScalars
        let from = scalars.index(scalars.startIndex, offsetBy: offsets.lowerBound)
        let to = scalars.index(from, offsetBy: offsets.count)
        return (String(scalars[from..<to]), offsets)
    }
}

extension WordSpans {
    /// The string of `scalars`, its room counted first: a text of up to 15 UTF-8 bytes (most
    /// evidence words) is then a small string, no allocation (`UTF8Bytes.string` asks room for
    /// 4 bytes a scalar, which allocates from 4 scalars on).
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var bytes = 0
        for scalar in scalars {
            let value = scalar.value
            bytes += value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x10000 ? 3 : 4
        }
        return String(unsafeUninitializedCapacity: bytes) { buffer in
            var count = 0
            for scalar in scalars { UTF8Bytes.put(scalar.value, into: buffer, at: &count) }
            return count
        }
    }
}

/// The words of a quote's content and of its cue, as the Stance stage reads them.
struct QuoteWords: Sendable {
    var content: WordSpans
    var cue: WordSpans?
}
