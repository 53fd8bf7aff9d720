extension SpeakerResolver {
    /// The anaphor target of a mention made only of a pronoun or honorific (`ông`, `bà`),
    /// an anaphor (`nước này`, `Bộ này`, `quốc gia Trung Đông này`), or nil.
    func anaphor(_ tokens: [Token], _ range: Range<Int>) -> AnaphorTarget? {
        let start = range.lowerBound, count = range.count
        let classes: [(WordClass, AnaphorTarget)] = [
            (.anaphorPerson, .person), (.anaphorCountry, .country),
            (.anaphorOrganization, .organization), (.anaphorSource, .source),
            (.honorific, .person), (.pronoun, .any), (.firstPerson, .any),
        ]
        for (wordClass, target) in classes where words.match(wordClass, in: tokens, at: start, limit: range.upperBound) == count {
            return target
        }
        // An anaphor with a place name inside (`quốc gia Trung Đông này` for `quốc gia này`).
        let inner = range.dropFirst().filter { tokens[$0].kind == .word && tokens[$0].isCapitalized }
        guard !inner.isEmpty, inner.count < count - 1, !tokens[range.upperBound - 1].isCapitalized else { return nil }
        let keys = range.filter { !inner.contains($0) }.map { tokens[$0].key }
        guard let found = words.trie.value(for: keys) else { return nil }
        // Only the anaphor classes (the first four): not a bare honorific or pronoun.
        for (wordClass, target) in classes.prefix(4) where found.contains(wordClass) { return target }
        return nil
    }
}
