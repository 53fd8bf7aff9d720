/// One kept paragraph, read for quotes: its tokens, its quoted spans and its sentences.
/// The arrays stand behind one reference: the rules pass a context by value and each sentence
/// view holds one, and a copy then retains one object, not each array.
struct ParagraphContext: Sendable {
    private final class Storage: Sendable {
        let index: Int
        let role: ParagraphRole
        let tokens: [Token]
        let quoted: [QuotedSpan]
        let sentences: [Range<Int>]
        let insideQuote: [Bool]
        let cueHitStart: CueHitStarts
        let sourceHitStarts: [Int]

        init(index: Int, role: ParagraphRole, tokens: [Token], quoted: [QuotedSpan], sentences: [Range<Int>],
             insideQuote: [Bool], cueHitStart: CueHitStarts, sourceHitStarts: [Int]) {
            (self.index, self.role, self.tokens, self.quoted) = (index, role, tokens, quoted)
            (self.sentences, self.insideQuote) = (sentences, insideQuote)
            (self.cueHitStart, self.sourceHitStarts) = (cueHitStart, sourceHitStarts)
        }
    }

    private let storage: Storage

    var index: Int { storage.index }
    var role: ParagraphRole { storage.role }
    var tokens: [Token] { storage.tokens }
    var quoted: [QuotedSpan] { storage.quoted }
    var sentences: [Range<Int>] { storage.sentences }
    /// For each token, whether it lies inside the words of a double-quoted span.
    var insideQuote: [Bool] { storage.insideQuote }
    /// For each token inside a cue (or blocker) match, the index where that match starts.
    var cueHitStart: CueHitStarts { storage.cueHitStart }
    /// Where the source preposition (`theo`) starts a match (a paragraph has few: a list).
    var sourceHitStarts: [Int] { storage.sourceHitStarts }

    init(index: Int, role: ParagraphRole, tokens: [Token], quoted: [QuotedSpan], sentences: [Range<Int>]) {
        var inside = [Bool](repeating: false, count: tokens.count)
        for span in quoted where span.isDouble {
            for position in Range(from: span.contentStart, to: span.contentEnd).clamped(toCount: tokens.count) { inside[position] = true }
        }
        storage = Storage(index: index, role: role, tokens: tokens, quoted: quoted, sentences: sentences, insideQuote: inside,
                          cueHitStart: CueHitStarts(), sourceHitStarts: [])
    }

    private init(storage: Storage) { self.storage = storage }

    /// The paragraph with the cue hits `hits` marked (`cueHitStart`, `sourceHitStarts`).
    func marking(_ hits: [CueHit]) -> ParagraphContext {
        var starts = CueHitStarts(count: tokens.count)
        var sources: [Int] = []
        for hit in hits {
            for index in hit.range { starts[index] = hit.range.lowerBound }
            if hit.entry.category == .source { sources.append(hit.range.lowerBound) }
        }
        return ParagraphContext(storage: Storage(index: index, role: role, tokens: tokens, quoted: quoted, sentences: sentences,
                                                 insideQuote: insideQuote, cueHitStart: starts, sourceHitStarts: sources))
    }

    /// The sentence holding token `index`.
    func sentence(containing index: Int) -> Range<Int> {
        var low = 0, high = sentences.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = sentences[middle]
            if index < range.lowerBound { high = middle - 1 }
            else if index >= range.upperBound { low = middle + 1 }
            else { return range }
        }
        return 0..<tokens.count
    }

    /// The double-quoted span whose closing mark is token `index`.
    func span(closingAt index: Int) -> QuotedSpan? {
        quoted.first { $0.isDouble && $0.close == index }
    }

    /// The double-quoted span whose opening mark is token `index`.
    func span(openingAt index: Int) -> QuotedSpan? {
        quoted.first { $0.isDouble && $0.open == index }
    }

    func key(_ index: Int) -> String? {
        index >= 0 && index < tokens.count ? tokens[index].key : nil
    }

    func isPunctuation(_ index: Int, _ keys: Set<String>) -> Bool {
        punctuationKey(index).map(keys.contains) ?? false
    }

    /// `isPunctuation(index, keys)` of marks held as a `KeySet` (`Punctuation.commaKeys` …):
    /// the token's key is looked up by its hash and bits, no `String` hashed.
    func isPunctuation(_ index: Int, _ keys: KeySet) -> Bool {
        let tokens = storage.tokens
        guard index >= 0, index < tokens.count, tokens[index].kind == .punctuation else { return false }
        return keys.contains(tokens[index])
    }

    /// `isPunctuation(index, [key])`, with no set built at each call.
    func isPunctuation(_ index: Int, _ key: String) -> Bool {
        // Match keys are NFC, as the marks asked for: the same bytes are the same key, and
        // comparing them skips `String`'s canonical comparison.
        guard let found = punctuationKey(index) else { return false }
        return ByteKey.sameBytes(found, key)
    }

    private func punctuationKey(_ index: Int) -> String? {
        guard index >= 0, index < tokens.count, tokens[index].kind == .punctuation else { return nil }
        return tokens[index].key
    }
}

/// For each token inside a cue (or blocker) match, the index where that match starts; nil
/// elsewhere. An array by token index: a look-up hashes nothing.
struct CueHitStarts: Sendable {
    /// -1 where no match covers the token; tokens past the end are covered by none.
    private var starts: [Int32] = []

    init() {}

    /// Room for the tokens of a paragraph of `count` tokens.
    init(count: Int) {
        // (Filled by appending: `Array(repeating:count:)` looks the array's type up at each call.)
        starts.reserveCapacity(count)
        starts.append(contentsOf: repeatElement(-1, count: count))
    }

    subscript(index: Int) -> Int? {
        get { index >= 0 && index < starts.count && starts[index] >= 0 ? Int(starts[index]) : nil }
        set {
            precondition(index >= 0, "a token index")
            if index >= starts.count {
                guard newValue != nil else { return }
                starts.append(contentsOf: repeatElement(-1, count: index + 1 - starts.count))
            }
            starts[index] = newValue.map { Int32($0) } ?? -1
        }
    }
}
