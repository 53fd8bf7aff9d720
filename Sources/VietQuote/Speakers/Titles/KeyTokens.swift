/// Match keys (a title's words, kept as keys by `ArticleIndex`) as tokens that carry their
/// word ids, read with one look-up of `WordTable.shared`. (Performance only: the title
/// readings look every sub-range of the keys up in a trie, and `PhraseTrie.value(for:)`
/// takes the process's word table, a lock and a copy, at each call; `value(in:range:)` on
/// these tokens gives the same value by the same ids.)
struct KeyTokens {
    let tokens: [Token]

    init(_ keys: [String]) {
        let table = WordTable.shared
        tokens = keys.map { key in
            let hash = MatchKey.hash(key)
            return Token(start: 0, end: 0, kind: .word, key: key, keyHash: hash, wordID: table.id(of: key, hash: hash),
                         isCapitalized: false, spaceBefore: false)
        }
    }
}
