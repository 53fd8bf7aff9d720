/// The five stance lexicons, read into one longest-match trie over token keys (so that
/// a phrase of one file beats a shorter phrase of another: `không phận` is no negator,
/// `song phương` no contrast, `bình thường hóa` more than `bình thường`) and one trie
/// for the cue weights.
///
/// Files and columns (each file's header comment says more):
/// - `stance.tsv`: `term`, `weight` (−1 … +1), `category` (see `StanceCategory`);
///   rows of category `cue` weigh only the cue, rows of category `block` weigh 0 and
///   only stop a shorter term from firing;
/// - `negators.tsv`: `term`, `kind` (see `NegatorKind`), `scope` (words), `factor`,
///   `weight`;
/// - `intensifiers.tsv`: `term`, `factor`, `position` (`before`, `after`, `both`);
/// - `hedges.tsv`: `term`, `factor`, `scope` (words);
/// - `contrast.tsv`: `term`, `kind` (`turn`, `concession`, `trap`), `before`, `after`.
struct StanceLexicon: Sendable {
    /// The content trie: terms and modifiers.
    var content = PhraseTrie<StanceEntry>()
    /// The cue trie: `stance.tsv` rows of category `cue`.
    var cues = PhraseTrie<StanceTerm>()
    /// The `opener … closer` question patterns of `negators.tsv`.
    var questions: [QuestionRule] = []

    static let stanceColumns = ["term", "weight", "category"]
    static let negatorColumns = ["term", "kind", "scope", "factor", "weight"]
    static let intensifierColumns = ["term", "factor", "position"]
    static let hedgeColumns = ["term", "factor", "scope"]
    static let contrastColumns = ["term", "kind", "before", "after"]

    /// The ranges the lexicons' numbers must lie in, checked at load.
    enum Limits {
        /// A weight or a factor that may flip a sign: the −1 … +1 scale of a score.
        static let signed: ClosedRange<Double> = -1...1
        /// A hedge only weakens: 0 … 1.
        static let weakening: ClosedRange<Double> = 0...1
        /// An intensifier's or a contrast's factor: at most 3, so that one modifier
        /// cannot take a mild term (0.1) past a strong one (weights stop at 1 anyway).
        static let amplifying: ClosedRange<Double> = 0...3
        /// A scope in words: 50 words is longer than any clause the scorer reads.
        static let scope: ClosedRange<Int> = 0...50
    }

    /// Content phrase → the file and line that holds it: two files may not claim one phrase.
    /// (Keyed by `ByteKeys`: `[String]` hashing normalises every non-ASCII key, which was
    /// most of this lexicon's load.)
    private var owners: [ByteKeys: String] = [:]

    init(files: LexiconFiles) throws(LexiconError) {
        try loadStance(files.table("stance.tsv", columns: Self.stanceColumns))
        try loadNegators(files.table("negators.tsv", columns: Self.negatorColumns))
        try loadIntensifiers(files.table("intensifiers.tsv", columns: Self.intensifierColumns))
        try loadHedges(files.table("hedges.tsv", columns: Self.hedgeColumns))
        try loadContrasts(files.table("contrast.tsv", columns: Self.contrastColumns))
    }

    /// Inserts a content phrase, failing when another row already holds it.
    private mutating func insert(_ keys: [String], _ entry: StanceEntry, row: LexiconTable.Row, file: String) throws(LexiconError) {
        guard !keys.isEmpty else { throw row.error("column 'term' has no words") }
        if let owner = owners[ByteKeys(keys)] {
            throw row.error("'\(keys.joined(separator: " "))' is already an entry of \(owner)")
        }
        owners[ByteKeys(keys)] = "\(file):\(row.line)"
        content.insert(keys, value: entry)
    }

    /// `stance.tsv`: cue rows into the cue trie, terms into the content trie, and every
    /// term again with each classifier before its noun.
    private mutating func loadStance(_ table: LexiconTable) throws(LexiconError) {
        var cueOwners: [ByteKeys: Int] = [:]
        var classifiers: [[String]] = []
        var terms: [(keys: [String], value: StanceTerm, line: Int)] = []
        for row in table.rows {
            let term = try row.required("term")
            let weight = try Self.weight(row, "weight", in: Limits.signed)
            let category = try Self.choice(row, "category", of: StanceCategory.lexiconCategories)
            let keys = MatchKey.words(term)
            let value = StanceTerm(weight: weight, category: category)
            if category.isCue {
                guard !keys.isEmpty else { throw row.error("column 'term' has no words") }
                if let line = cueOwners[ByteKeys(keys)] {
                    throw row.error("cue '\(term)' is already weighed at line \(line)")
                }
                cueOwners[ByteKeys(keys)] = row.line
                cues.insert(keys, value: value)
            } else if category == .classifier {
                guard weight == 0, keys.count >= 2 else {
                    throw row.error("a 'classifier' row is a classifier and its noun (\"mối quan hệ\") and weighs 0")
                }
                classifiers.append(keys)
            } else {
                if category == .block || category == .modal, weight != 0 {
                    throw row.error("column 'weight': a '\(category.rawValue)' row must weigh 0, found \(row["weight"])")
                }
                try insert(keys, .term(value), row: row, file: "stance.tsv")
                terms.append((keys, value, row.line))
            }
        }
        // A noun that takes a classifier (`mối quan hệ`) is matched with it too:
        // `phát triển mối quan hệ` is `phát triển quan hệ`.
        for classifier in classifiers {
            let word = classifier[0], noun = Array(classifier.dropFirst())
            for term in terms where term.keys.count >= noun.count {
                for start in 0...(term.keys.count - noun.count)
                where Array(term.keys[from: start, upTo: start + noun.count]) == noun && term.keys[ifPresent: start - 1] != word {
                    let variant = Array(term.keys[..<start]) + [word] + Array(term.keys[start...])
                    if owners[ByteKeys(variant)] == nil {
                        owners[ByteKeys(variant)] = "stance.tsv:\(term.line)"
                        content.insert(variant, value: .term(term.value))
                    }
                }
            }
        }
    }

    /// `negators.tsv`: negators, denials, harming verbs, traps, chains and question patterns.
    private mutating func loadNegators(_ table: LexiconTable) throws(LexiconError) {
        for row in table.rows {
            let term = try row.required("term")
            let kind = try Self.choice(row, "kind", of: NegatorKind.allCases)
            let scope = try Self.scope(row, "scope")
            let factor = try Self.weight(row, "factor", in: Limits.signed)
            let weight = try Self.weight(row, "weight", in: Limits.signed)
            if kind == .question {
                questions.append(try Self.question(term, row: row, scope: scope, factor: factor))
                continue
            }
            let rule = NegatorRule(kind: kind == .cease || kind == .reject ? .denial : kind, ceases: kind == .cease,
                                   needsObject: kind == .reject, scope: scope, factor: factor, weight: weight)
            let entry: StanceEntry = switch kind {
            case .trap: .trap
            case .chain: .chain
            default: .negator(rule)
            }
            try insert(MatchKey.words(term), entry, row: row, file: "negators.tsv")
        }
    }

    /// A question pattern `OPENER … CLOSER`.
    private static func question(_ term: String, row: LexiconTable.Row, scope: Int, factor: Double) throws(LexiconError) -> QuestionRule {
        let parts = term.split(separator: "…", omittingEmptySubsequences: false)
        guard parts.count == 2 else {
            throw row.error("column 'term': a question pattern is 'OPENER … CLOSER', found '\(term)'")
        }
        let opener = MatchKey.words(String(parts[0])), closer = MatchKey.words(String(parts[1]))
        guard !opener.isEmpty, !closer.isEmpty else {
            throw row.error("column 'term': a question pattern needs words on both sides of '…'")
        }
        return QuestionRule(text: term, opener: opener, closer: closer, scope: scope, factor: factor)
    }

    /// `intensifiers.tsv`.
    private mutating func loadIntensifiers(_ table: LexiconTable) throws(LexiconError) {
        for row in table.rows {
            let term = try row.required("term")
            let factor = try Self.weight(row, "factor", in: Limits.amplifying)
            let position = try Self.choice(row, "position", of: IntensifierPosition.allCases)
            try insert(MatchKey.words(term), .intensifier(IntensifierRule(factor: factor, position: position)),
                       row: row, file: "intensifiers.tsv")
        }
    }

    /// `hedges.tsv`.
    private mutating func loadHedges(_ table: LexiconTable) throws(LexiconError) {
        for row in table.rows {
            let term = try row.required("term")
            let factor = try Self.weight(row, "factor", in: Limits.weakening)
            let scope = try Self.scope(row, "scope")
            try insert(MatchKey.words(term), .hedge(HedgeRule(factor: factor, scope: scope)), row: row, file: "hedges.tsv")
        }
    }

    /// `contrast.tsv`.
    private mutating func loadContrasts(_ table: LexiconTable) throws(LexiconError) {
        for row in table.rows {
            let term = try row.required("term")
            let kind = try Self.choice(row, "kind", of: ContrastKind.allCases)
            let before = try Self.weight(row, "before", in: Limits.amplifying)
            let after = try Self.weight(row, "after", in: Limits.amplifying)
            let entry: StanceEntry = kind == .trap ? .trap : .contrast(ContrastRule(kind: kind, before: before, after: after))
            try insert(MatchKey.words(term), entry, row: row, file: "contrast.tsv")
        }
    }

    /// A column whose value must be the raw value of one of `allowed`.
    static func choice<Value: RawRepresentable>(
        _ row: LexiconTable.Row, _ column: String, of allowed: [Value]
    ) throws(LexiconError) -> Value where Value.RawValue == String {
        // (A scan of the few values: a `Set` of them built per row was 6 M instructions of the
        // lexicon load; it is built only to fail with `choice`'s error.)
        let text = row[column]
        if let value = allowed.first(where: { $0.rawValue == text }) { return value }
        _ = try row.choice(column, in: Set(allowed.map(\.rawValue)))
        preconditionFailure("LexiconTable.Row.choice accepted '\(text)', which no allowed value has")
    }

    /// The phrases of a two-column table (`term` and a choice column) as a trie, each with its
    /// choice, and the most words a phrase has. A row whose term has no words fails with its line.
    static func choiceTrie<Value: RawRepresentable & Sendable>(
        _ files: LexiconFiles, _ file: String, column: String, of allowed: [Value]
    ) throws(LexiconError) -> (trie: PhraseTrie<Value>, longest: Int) where Value.RawValue == String {
        var trie = PhraseTrie<Value>(), longest = 0
        for row in try files.table(file, columns: ["term", column]).rows {
            let keys = MatchKey.words(try row.required("term"))
            guard !keys.isEmpty else { throw row.error("column 'term' has no words") }
            trie.insert(keys, value: try choice(row, column, of: allowed))
            longest = max(longest, keys.count)
        }
        return (trie, longest)
    }

    /// A number column that must lie in `range`.
    static func weight(_ row: LexiconTable.Row, _ column: String, in range: ClosedRange<Double>) throws(LexiconError) -> Double {
        let value = try row.double(column)
        guard range.contains(value) else {
            throw row.error("column '\(column)': \(row[column]) is outside \(range.lowerBound) … \(range.upperBound)")
        }
        return value
    }

    /// A scope column: a whole number of words in `Limits.scope`.
    static func scope(_ row: LexiconTable.Row, _ column: String) throws(LexiconError) -> Int {
        guard let value = Int(row[column]), Limits.scope.contains(value) else {
            throw row.error("column '\(column)': '\(row[column])' is not a whole number of words (\(Limits.scope.lowerBound) … \(Limits.scope.upperBound))")
        }
        return value
    }
}

/// The categories of `stance.tsv`, after the CAMEO event codes (root code in
/// brackets) and the Goldstein scale, plus `cue` and `block`.
enum StanceCategory: String, CaseIterable, Sendable {
    case appeal        // 02 make an appeal or request (cooperative appeals)
    case intend        // 03 express intent to cooperate
    case consult       // 04 consult: talks, meetings, visits
    case cooperate     // 05/06 diplomatic and material cooperation
    case aid           // 07 provide aid
    case yield         // 08 yield: ease sanctions, cease fire, withdraw, de-escalate
    case praise        // 051 praise or endorse; good relations
    case disapprove    // 11 disapprove: criticise, accuse, blame; hostility
    case reject        // 12 reject
    case demand        // 10 demand
    case threaten      // 13 threaten
    case protest       // 14 protest
    case posture       // 15 exhibit force posture
    case reduce        // 16 reduce relations: expel, recall, sever, restrict
    case coerce        // 17 coerce: sanctions, seizure, arrests
    case assault       // 18 assault
    case fight         // 19/20 fight, use conventional or mass violence
    case cue           // the weight a cue brings by itself (never read in content)
    case judge         // a judging cue (`lên án`, `hoan nghênh`): its weight, and its sign for the content
    case appealCue = "appeal_cue" // an appeal cue (`kêu gọi`): its weight; to a named side to stop, a demand
    case block         // weighs 0: a phrase that stops a shorter term from firing
    case classifier    // weighs 0: a classifier and its noun (`mối quan hệ`); terms with the noun match with it too
    case modal         // weighs 0: a word that wishes, asks or offers (`muốn`, `xin`, `đề nghị`): see `meet`
    case meet          // a verb of meeting (`gặp`): weighs, as `intend`, only after an asking word (`MeetingIntentRule`)
    /// Not a `stance.tsv` category: a `negators.tsv` denial that weighs by itself.
    case denial
    /// Not a `stance.tsv` category: a `negators.tsv` harming verb that weighs by itself.
    case harm

    /// The categories a `stance.tsv` row may have (all but `denial` and `harm`).
    static let lexiconCategories = allCases.filter { $0 != .denial && $0 != .harm }

    /// An attitude toward someone (`praise`: `ngưỡng mộ`, `hài lòng`; `disapprove`:
    /// `thất vọng`): the only terms a cue's feeling weighs with (`CueFeelingWeight`). A
    /// wish or intent (`intend`: `bày tỏ mong muốn`) or a demand (`buộc`) has no polarity
    /// of its own: its object, the content, carries it.
    var isAttitude: Bool { self == .praise || self == .disapprove }

    /// Rows weighed only in the cue (`cue`, `judge`, `appeal_cue`).
    var isCue: Bool { self == .cue || self == .judge || self == .appealCue }
}

/// A weighted term of `stance.tsv`.
struct StanceTerm: Sendable, Hashable {
    var weight: Double
    var category: StanceCategory
}

/// What a content phrase is.
enum StanceEntry: Sendable {
    case term(StanceTerm)
    case negator(NegatorRule)
    case intensifier(IntensifierRule)
    case hedge(HedgeRule)
    case contrast(ContrastRule)
    /// Carries a negation over to the next term (`và`, `hoặc`).
    case chain
    /// Looks like a modifier but is not one (`không phận`, `không chỉ`, `song phương`).
    case trap
}
