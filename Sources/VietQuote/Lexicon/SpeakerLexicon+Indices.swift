/// Sides and pronouns in words numbered from 0 that are not an array of their own (a
/// quote's words read in its paragraph's tokens, `WordSpans.Words`): the same answers as
/// the `[Token]` forms.
extension SpeakerLexicon {
    /// The length of a pronoun phrase of `speaker_pronouns.tsv` at `index`, or nil.
    func pronoun<Words: RandomAccessCollection<Token>>(in words: Words, at index: Int, limit: Int) -> Int? where Words.Index == Int {
        pronouns.longestMatch(in: words, at: index, limit: limit)?.length
    }

    /// A side named at `index` (`actor(in:at:limit:)`): an actor phrase, optionally after a
    /// side prefix, a capitalised word in it.
    func actor<Words: RandomAccessCollection<Token>>(
        in tokens: Words, at index: Int, limit: Int
    ) -> (length: Int, entry: ActorEntry)? where Words.Index == Int {
        guard let found = actorNode(in: tokens, at: index, limit: limit), let entry = actors.values[found.node] else { return nil }
        return (found.length, entry)
    }

    /// `actor(in:at:limit:)`'s length and side, the entry not copied (what `RelationGate` reads).
    func actorSide<Words: RandomAccessCollection<Token>>(
        in tokens: Words, at index: Int, limit: Int
    ) -> (length: Int, side: String)? where Words.Index == Int {
        guard let found = actorNode(in: tokens, at: index, limit: limit), let side = actors.values[found.node]?.side else { return nil }
        return (found.length, side)
    }

    /// `actor(in:at:limit:)` as its length and the node of its entry in `actors`.
    private func actorNode<Words: RandomAccessCollection<Token>>(
        in tokens: Words, at index: Int, limit: Int
    ) -> (length: Int, node: Int)? where Words.Index == Int {
        let start = index + (words.match(.sidePrefix, in: tokens, at: index, limit: limit) ?? 0)
        guard start < limit, tokens[ifPresent: start]?.kind == .word else { return nil }
        let capitals = tokens[start].isAllCaps
        guard let match = actors.longestNode(in: tokens, at: start, limit: limit, where: { !$0.isAcronym || capitals }),
              tokens[from: start, upTo: start + match.length].contains(where: \.isCapitalized) else { return nil }
        return (start - index + match.length, match.node)
    }
}
