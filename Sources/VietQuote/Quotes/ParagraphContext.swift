/// One kept paragraph, read for quotes: its tokens, its quoted spans and its sentences.
struct ParagraphContext: Sendable {
    var index: Int
    var role: ParagraphRole
    var tokens: [Token]
    var quoted: [QuotedSpan]
    var sentences: [Range<Int>]
    /// For each token, whether it lies inside the words of a double-quoted span.
    var insideQuote: [Bool]
    /// For each token inside a cue (or blocker) match, the index where that match starts.
    var cueHitStart = CueHitStarts()
    /// Where the source preposition (`theo`) starts a match.
    var sourceHitStarts: Set<Int> = []

    init(index: Int, role: ParagraphRole, tokens: [Token], quoted: [QuotedSpan], sentences: [Range<Int>]) {
        self.index = index
        self.role = role
        self.tokens = tokens
        self.quoted = quoted
        self.sentences = sentences
        var inside = [Bool](repeating: false, count: tokens.count)
        for span in quoted where span.isDouble {
            for position in Range(from: span.contentStart, to: span.contentEnd).clamped(toCount: tokens.count) { inside[position] = true }
        }
        insideQuote = inside
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

    /// `isPunctuation(index, [key])`, with no set built at each call.
    func isPunctuation(_ index: Int, _ key: String) -> Bool {
        punctuationKey(index) == key
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
    init(count: Int) { starts = [Int32](repeating: -1, count: count) }

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
