/// The word ids (see `WordTable`) of match keys — a title's words, kept as keys by
/// `ArticleIndex` — read with one look-up of `WordTable.shared`. (Performance only: the title
/// readings look every sub-range of the keys up in a trie, and `PhraseTrie.value(for:)` takes
/// the process's word table, a lock and a copy, at each call; `PhraseTrie.value(ids:range:)`
/// on these ids gives the same value.)
struct KeyIDs {
    let ids: [UInt32]

    init(_ keys: [String]) {
        let table = WordTable.shared
        ids = keys.map { table.id(of: $0, hash: MatchKey.hash($0)) }
    }

    var indices: Range<Int> { ids.indices }
    var count: Int { ids.count }
}
