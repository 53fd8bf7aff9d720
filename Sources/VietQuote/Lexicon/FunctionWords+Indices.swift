/// `match` and `isWord` on words numbered from 0 that are not an array of their own (a
/// quote's words read in its paragraph's tokens, `WordSpans.Words`): the same answers as
/// the `[Token]` forms.
extension FunctionWords {
    /// The length of the longest phrase of `wordClass` starting at `words[index]`, or nil.
    func match<Words: RandomAccessCollection<Token>>(
        _ wordClass: WordClass, in words: Words, at index: Int, limit: Int? = nil
    ) -> Int? where Words.Index == Int {
        if index >= 0, index < words.count, !roles(of: words[index]).first.contains(wordClass) { return nil }
        return trie.longestMatch(in: words, at: index, limit: limit) { $0.contains(wordClass) }?.length
    }

    /// Whether a phrase of `wordClass` may start with `token`'s word (false: none does), read
    /// by its id (a key set of the first words compared the key's bytes).
    func mayStart(_ wordClass: WordClass, _ token: Token) -> Bool {
        roles(of: token).first.contains(wordClass)
    }

    /// Whether `words[index]` alone (one word) is of `wordClass`.
    func isWord<Words: RandomAccessCollection<Token>>(
        _ words: Words, at index: Int, _ wordClass: WordClass
    ) -> Bool where Words.Index == Int {
        guard index >= 0, index < words.count else { return false }
        return roles(of: words[index]).single.contains(wordClass)
    }
}
