/// A set of the words of an article's tokens (performance only: `ArticleIndex` fills one
/// with every word it reads, and a `KeySet` insertion per token was a fifth of the index):
/// a bit per word id for the lexicons' words, a `KeySet` of keys for the others. The Article
/// stage tokenizes a page with one copy of the word table (`ArticleSegmenter.lines`), so one
/// key has one id among an article's tokens.
struct TokenWordSet: Sendable {
    private var bits: [UInt64] = []
    private var others = KeySet()

    @inline(__always)
    mutating func insert(_ token: Token) {
        let id = token.wordID
        guard id != WordTable.unknown else { return others.insert(token) }
        let word = Int(id >> 6)
        if word >= bits.count { bits.append(contentsOf: repeatElement(0, count: word + 1 - bits.count)) }
        bits[word] |= 1 << UInt64(id & 63)
    }

    @inline(__always)
    func contains(_ token: Token) -> Bool {
        let id = token.wordID
        guard id != WordTable.unknown else { return others.contains(token) }
        let word = Int(id >> 6)
        return word < bits.count && bits[word] & (1 << UInt64(id & 63)) != 0
    }
}
