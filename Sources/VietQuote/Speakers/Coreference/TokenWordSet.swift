/// A set of the words of an article's tokens (performance only: `ArticleIndex` fills one
/// with every word it reads, and a `KeySet` insertion per token was a fifth of the index):
/// a bit per word id for the lexicons' words, a `KeySet` of keys for the others. The Article
/// stage tokenizes a page with one copy of the word table (`ArticleSegmenter.lines`), so one
/// key has one id among an article's tokens.
struct TokenWordSet: Sendable {
    private var bits: [UInt64] = []
    private var others = KeySet()

    /// Inserts the word of `tokens[index]`, read by position (performance only: a word with an
    /// id costs no copy of its token; passing the token retained and released its key at
    /// every word of the article).
    @inline(__always)
    mutating func insert(_ tokens: [Token], at index: Int) {
        let id = tokens[index].wordID
        guard id != WordTable.unknown else { return others.insert(tokens[index]) }
        let word = Int(id >> 6)
        if word >= bits.count { bits.append(contentsOf: repeatElement(0, count: word + 1 - bits.count)) }
        bits[word] |= 1 << UInt64(id & 63)
    }

    /// `contains(tokens[index])`, read by position (no copy of a token with an id).
    @inline(__always)
    func contains(_ tokens: [Token], at index: Int) -> Bool {
        let id = tokens[index].wordID
        return id == WordTable.unknown ? others.contains(tokens[index]) : contains(id: id)
    }

    @inline(__always)
    func contains(_ token: Token) -> Bool {
        token.wordID == WordTable.unknown ? others.contains(token) : contains(id: token.wordID)
    }

    @inline(__always)
    private func contains(id: UInt32) -> Bool {
        let word = Int(id >> 6)
        return word < bits.count && bits[word] & (1 << UInt64(id & 63)) != 0
    }
}
