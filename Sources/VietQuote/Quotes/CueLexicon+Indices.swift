/// `match` on words numbered from 0 that are not an array of their own (a quote's words
/// read in its paragraph's tokens, `WordSpans.Words`): the same answer as the `[Token]` form.
extension CueLexicon {
    /// The longest cue (or blocker) starting at `words[index]`.
    func match<Words: RandomAccessCollection<Token>>(
        in words: Words, at index: Int, limit: Int? = nil
    ) -> (length: Int, entry: CueEntry)? where Words.Index == Int {
        trie.longestMatch(in: words, at: index, limit: limit).map { ($0.length, $0.value) }
    }
}
