/// The kind of saying a cue expresses (the `category` column of `lexicons/cues.tsv`).
package enum CueCategory: String, Sendable, Hashable, Codable, CaseIterable {
    case statement, appeal, accusation, denial, judging, announce, pledge, medium, source, blocker
}

/// One row of `lexicons/cues.tsv`.
package struct CueEntry: Sendable, Hashable {
    package var phrase: String
    package var category: CueCategory
    /// Where the row stands, for explanations (`cues.tsv:42`).
    package var origin: String
}

/// The cue lexicon, looked up by longest match over token keys.
package struct CueLexicon: Sendable {
    let trie: PhraseTrie<CueEntry>

    package init(files: LexiconFiles) throws(LexiconError) {
        let table = try files.table("cues.tsv", columns: ["cue", "category"])
        var trie = PhraseTrie<CueEntry>()
        let names = Set(CueCategory.allCases.map(\.rawValue))
        for row in table.rows {
            let phrase = try row.required("cue")
            let category = CueCategory(rawValue: try row.choice("category", in: names))!
            trie.insert(phrase: phrase, value: CueEntry(phrase: phrase, category: category, origin: "cues.tsv:\(row.line)"))
        }
        self.trie = trie
    }

    /// The longest cue (or blocker) starting at `tokens[index]`.
    package func match(in tokens: [Token], at index: Int, limit: Int? = nil) -> (length: Int, entry: CueEntry)? {
        trie.longestMatch(in: tokens, at: index, limit: limit).map { ($0.length, $0.value) }
    }
}
