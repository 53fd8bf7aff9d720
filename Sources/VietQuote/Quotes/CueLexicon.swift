import Foundation

/// The kind of saying a cue expresses (the `category` column of `lexicons/cues.tsv`).
package enum CueCategory: String, Sendable, Hashable, Codable, CaseIterable {
    case statement, appeal, accusation, denial, judging, announce, pledge, vow, medium, source, ruling, blocker
}

/// The `kind` column of `lexicons/cues_courts.tsv`.
enum CourtWord: String, Sendable, Hashable, CaseIterable {
    /// Names a court (`tòa án`, `TAND`, `HĐXX`).
    case court
    /// A court only before a capitalised word (`Tòa Hình sự Quốc tế`) or right before the
    /// ruling cue (`tòa tuyên`); otherwise a classifier (`tòa nhà`, `tòa chung cư`).
    case head
    /// Starts like a court but names something else (`Tòa Thánh`, the Holy See).
    case other
}

/// One row of `lexicons/cues.tsv`.
package struct CueEntry: Sendable, Hashable {
    package var phrase: String
    package var category: CueCategory
    /// Where the row stands, for explanations (`cues.tsv:42`).
    package var origin: String
    /// Words after the cue that must follow it but are no part of it: a row written
    /// `thêm [rằng]` fires only before `rằng`, and its cue is `thêm`.
    package var context = 0
}

/// The cue lexicon, looked up by longest match over token keys.
package struct CueLexicon: Sendable {
    let trie: PhraseTrie<CueEntry>
    /// `lexicons/cues_courts.tsv`: what a phrase that starts like a court names, for the
    /// ruling cues (`CourtRulingRule`).
    let courts: PhraseTrie<CourtWord>
    /// `lexicons/sentence_units.tsv`: units of time or money after a number, a term or a fine
    /// in a ruling (`RulingDecisionRule`).
    let units: PhraseTrie<Bool>

    package init(files: LexiconFiles) throws(LexiconError) {
        let table = try files.table("cues.tsv", columns: ["cue", "category"])
        var trie = PhraseTrie<CueEntry>()
        let names = Set(CueCategory.allCases.map(\.rawValue))
        for row in table.rows {
            var phrase = try row.required("cue")
            let category = CueCategory(rawValue: try row.choice("category", in: names))!
            var context = 0
            if let split = try Self.bracketed(phrase, row: row) {
                context = MatchKey.words(split.required).count
                phrase = split.cue + " " + split.required
            }
            trie.insert(phrase: phrase, value: CueEntry(phrase: phrase, category: category, origin: "cues.tsv:\(row.line)",
                                                        context: context))
        }
        self.trie = trie
        var courts = PhraseTrie<CourtWord>()
        let kinds = Set(CourtWord.allCases.map(\.rawValue))
        for row in try files.table("cues_courts.tsv", columns: ["phrase", "kind"]).rows {
            courts.insert(phrase: try row.required("phrase"), value: CourtWord(rawValue: try row.choice("kind", in: kinds))!)
        }
        self.courts = courts
        var units = PhraseTrie<Bool>()
        for row in try files.table("sentence_units.tsv", columns: ["unit"]).rows { units.insert(phrase: try row.required("unit"), value: true) }
        self.units = units
    }

    /// The cue and the required words of a row written `cue [required]`, `nil` for a row
    /// with no bracket. A bracket must be the row's end, hold a word, and follow a cue of
    /// at least one word: `[rằng]` alone would be a zero-length cue (the scan would never
    /// move on), and `thêm [rằng` or `thêm [rằng] nữa` would be taken as a literal phrase.
    static func bracketed(_ phrase: String, row: LexiconTable.Row) throws(LexiconError) -> (cue: String, required: String)? {
        guard phrase.contains(where: { $0 == "[" || $0 == "]" }) else { return nil }
        guard let open = phrase.firstIndex(of: "["), phrase.hasSuffix("]"),
              phrase.filter({ $0 == "[" }).count == 1, phrase.filter({ $0 == "]" }).count == 1 else {
            throw row.error("column 'cue': '\(phrase)' must end in one bracket, as in 'thêm [rằng]'")
        }
        let cue = phrase[..<open].trimmingCharacters(in: .whitespaces)
        let required = String(phrase[phrase.index(after: open)..<phrase.index(before: phrase.endIndex)])
        guard !MatchKey.words(cue).isEmpty else {
            throw row.error("column 'cue': '\(phrase)' has no cue before the bracket")
        }
        guard !MatchKey.words(required).isEmpty else {
            throw row.error("column 'cue': '\(phrase)' has an empty bracket")
        }
        return (cue, required)
    }

    /// The longest cue (or blocker) starting at `tokens[index]`.
    package func match(in tokens: [Token], at index: Int, limit: Int? = nil) -> (length: Int, entry: CueEntry)? {
        trie.longestMatch(in: tokens, at: index, limit: limit).map { ($0.length, $0.value) }
    }
}
