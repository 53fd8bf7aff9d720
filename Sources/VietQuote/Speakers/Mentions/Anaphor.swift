extension SpeakerResolver {
    /// The anaphor target of a mention made only of a pronoun or honorific (`ông`, `bà`),
    /// an anaphor (`nước này`, `Bộ này`, `quốc gia Trung Đông này`), or nil.
    func anaphor(_ tokens: [Token], _ range: Range<Int>) -> AnaphorTarget? {
        let start = range.lowerBound, count = range.count
        let classes = Self.anaphorClasses
        for (wordClass, target) in classes where words.match(wordClass, in: tokens, at: start, limit: range.upperBound) == count {
            return target
        }
        // A body head alone (`Bộ cho biết`, `Sở này`): the body named before.
        if lexicon.isBareBodyHead(tokens, range) { return .organization }
        // A pronoun or kinship term of `speaker_pronouns.tsv` (`Cô`, `Anh chàng`).
        if lexicon.pronoun(in: tokens, at: start, limit: range.upperBound) == count { return .person }
        // The same pronoun opening the sentence before lower-case words and no name (`Anh gạt
        // nước mắt`, `Cô vui vẻ`: the subject read with its adverbs and verbs).
        if let length = lexicon.pronoun(in: tokens, at: start, limit: range.upperBound), tokens[start].isCapitalized,
           start == 0 || tokens[start - 1].kind != .word,
           tokens[ifPresent: start + length].map({ $0.kind == .word && !$0.isCapitalized }) == true,
           !range.dropFirst(length).contains(where: { tokens[$0].isCapitalized }) {
            return .person
        }
        // An anaphor with a place name inside (`quốc gia Trung Đông này` for `quốc gia này`).
        let inner = range.dropFirst().filter { tokens[$0].kind == .word && tokens[$0].isCapitalized }
        guard !inner.isEmpty, inner.count < count - 1, !tokens[range.upperBound - 1].isCapitalized else { return nil }
        // (The words around the place name, by the ids the tokens carry: no table, no lock.)
        let ids = range.filter { !inner.contains($0) }.map { tokens[$0].wordID }
        guard let found = words.trie.value(ids: ids, range: 0..<ids.count) else { return nil }
        // Only the anaphor classes (the first four): not a bare honorific or pronoun.
        for (wordClass, target) in classes.prefix(4) where found.contains(wordClass) { return target }
        return nil
    }

    /// The word classes of a mention made of one anaphor, pronoun or honorific, and what each
    /// stands for; the anaphors first. (Performance only: one array, not one per mention.)
    private static let anaphorClasses: [(WordClass, AnaphorTarget)] = [
        (.anaphorPerson, .person), (.anaphorCountry, .country),
        (.anaphorOrganization, .organization), (.anaphorSource, .source),
        (.honorific, .person), (.pronoun, .any), (.firstPerson, .any),
    ]
}
