/// A country's name that names a state, province or city inside another country: written
/// right after a sub-national office or the word for a state (`subnational.tsv`: `Thống đốc`,
/// `Thị trưởng`, `Tỉnh trưởng`, `bang`, `tiểu bang`), a name of kind `country` of
/// `actors.tsv` is that state's name, not the country's (ANNOTATION.md, Speakers: local
/// government speaks for ITS country, which a state's name does not give). Such a name gives
/// no side to the title it ends (`Titles/TitleChain.swift`, title rule `subnationalPlace`)
/// nor to the article (`ArticleIndex.contextSide`, the first side the article names).
///
/// Recognises (silver 2024-08-27-trump): `mối quan hệ căng thẳng với Thống đốc Georgia Brian
/// Kemp` → the title `Thống đốc Georgia` gives no side (it gave Gruzia, and a US governor's
/// campaign talk related "Gruzia" to the US); silver 2024-12-24-jingle-bell: `Santa Claus ở
/// bang Georgia, Mỹ` → the article's first side is Mỹ, so the bare `Thị trưởng Donita Bowen`
/// speaks for Mỹ (she got Gruzia).
/// Rejects: a metonym or capital after the office (`Thị trưởng Kiev` speaks for Ukraine), a
/// body after it (`Thống đốc Ngân hàng Trung ương Nga` speaks for Russia), and a unit word
/// that ends a longer word naming a whole country (`Liên bang Nga`, `Cục Dự trữ Liên bang Mỹ`:
/// kind `whole`).
struct SubnationalPlace: Sendable {
    /// A row's kind in `subnational.tsv`.
    enum Kind: String, Sendable, CaseIterable {
        /// A post that heads a state, province or city (`Thống đốc`, `Thị trưởng`).
        case office
        /// The word for a state or province (`bang`, `tiểu bang`).
        case unit
        /// A longer word ending in a unit's word that names a whole country (`liên bang`).
        case whole
    }

    /// The rows of `subnational.tsv`; none longer than `SpeakerLimits.subnationalWords`.
    static func table(_ files: LexiconFiles) throws(LexiconError) -> PhraseTrie<Kind> {
        var trie = PhraseTrie<Kind>()
        for row in try files.table("subnational.tsv", columns: ["words", "kind"]).rows {
            let words = try row.required("words")
            guard words.split(separator: " ").count <= SpeakerLimits.subnationalWords else {
                throw row.error("column 'words': more than \(SpeakerLimits.subnationalWords) words")
            }
            trie.insert(phrase: words, value: Kind(rawValue: try row.choice("kind", in: Set(Kind.allCases.map(\.rawValue))))!)
        }
        return trie
    }
}

extension SpeakerLexicon {
    /// Whether the side at `index` is a country's name written right after a sub-national
    /// office or unit word (the longest row of `subnational.tsv` that ends there), so the
    /// name of a state of that name.
    func namesSubnationalPlace(_ tokens: [Token], at index: Int, limit: Int) -> Bool {
        var kind: SubnationalPlace.Kind?
        for start in max(0, index - SpeakerLimits.subnationalWords)..<index {
            if let found = subnational.value(in: tokens, range: start..<index) {
                kind = found
                break
            }
        }
        guard let kind, kind != .whole, let side = actor(in: tokens, at: index, limit: limit) else { return false }
        return side.entry.kind == .country
    }
}
