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

    init(files: LexiconFiles) throws(LexiconError) {
        var owners: [[String]: String] = [:]   // content phrase -> file that holds it

        func insert(_ keys: [String], _ entry: StanceEntry, row: LexiconTable.Row, file: String) throws(LexiconError) {
            guard !keys.isEmpty else { throw row.error("column 'term' has no words") }
            if let owner = owners[keys] {
                throw row.error("'\(keys.joined(separator: " "))' is already an entry of \(owner)")
            }
            owners[keys] = "\(file):\(row.line)"
            content.insert(keys, value: entry)
        }

        let stance = try files.table("stance.tsv", columns: Self.stanceColumns)
        var cueOwners: [[String]: Int] = [:]
        var classifiers: [[String]] = []
        var terms: [(keys: [String], value: StanceTerm, line: Int)] = []
        for row in stance.rows {
            let term = try row.required("term")
            let weight = try Self.weight(row, "weight", in: -1...1)
            let category = try row.choice("category", in: Set(StanceCategory.allCases.map(\.rawValue)))
            let keys = MatchKey.words(term)
            let value = StanceTerm(weight: weight, category: category)
            if category == StanceCategory.cue.rawValue || category == StanceCategory.judge.rawValue
                || category == StanceCategory.appealCue.rawValue {
                guard !keys.isEmpty else { throw row.error("column 'term' has no words") }
                if let line = cueOwners[keys] {
                    throw row.error("cue '\(term)' is already weighed at line \(line)")
                }
                cueOwners[keys] = row.line
                cues.insert(keys, value: value)
            } else if category == StanceCategory.classifier.rawValue {
                guard weight == 0, keys.count >= 2 else {
                    throw row.error("a 'classifier' row is a classifier and its noun (\"mối quan hệ\") and weighs 0")
                }
                classifiers.append(keys)
            } else {
                if category == StanceCategory.block.rawValue, weight != 0 {
                    throw row.error("column 'weight': a 'block' row must weigh 0, found \(row["weight"])")
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
                where Array(term.keys[start..<start + noun.count]) == noun && (start == 0 || term.keys[start - 1] != word) {
                    let variant = Array(term.keys[..<start]) + [word] + Array(term.keys[start...])
                    if owners[variant] == nil {
                        owners[variant] = "stance.tsv:\(term.line)"
                        content.insert(variant, value: .term(term.value))
                    }
                }
            }
        }

        let negators = try files.table("negators.tsv", columns: Self.negatorColumns)
        for row in negators.rows {
            let term = try row.required("term")
            let kind = NegatorKind(rawValue: try row.choice("kind", in: Set(NegatorKind.allCases.map(\.rawValue))))!
            let scope = try Self.scope(row, "scope")
            let factor = try Self.weight(row, "factor", in: -1...1)
            let weight = try Self.weight(row, "weight", in: -1...1)
            if kind == .question {
                let parts = term.split(separator: "…", omittingEmptySubsequences: false)
                guard parts.count == 2 else {
                    throw row.error("column 'term': a question pattern is 'OPENER … CLOSER', found '\(term)'")
                }
                let opener = MatchKey.words(String(parts[0])), closer = MatchKey.words(String(parts[1]))
                guard !opener.isEmpty, !closer.isEmpty else {
                    throw row.error("column 'term': a question pattern needs words on both sides of '…'")
                }
                questions.append(QuestionRule(text: term, opener: opener, closer: closer, scope: scope, factor: factor))
                continue
            }
            let rule = NegatorRule(kind: kind == .cease ? .denial : kind, ceases: kind == .cease,
                                   scope: scope, factor: factor, weight: weight)
            let entry: StanceEntry = switch kind {
            case .trap: .trap
            case .chain: .chain
            default: .negator(rule)
            }
            try insert(MatchKey.words(term), entry, row: row, file: "negators.tsv")
        }

        let intensifiers = try files.table("intensifiers.tsv", columns: Self.intensifierColumns)
        for row in intensifiers.rows {
            let term = try row.required("term")
            let factor = try Self.weight(row, "factor", in: 0...3)
            let position = IntensifierPosition(
                rawValue: try row.choice("position", in: Set(IntensifierPosition.allCases.map(\.rawValue)))
            )!
            try insert(MatchKey.words(term), .intensifier(IntensifierRule(factor: factor, position: position)),
                       row: row, file: "intensifiers.tsv")
        }

        let hedges = try files.table("hedges.tsv", columns: Self.hedgeColumns)
        for row in hedges.rows {
            let term = try row.required("term")
            let factor = try Self.weight(row, "factor", in: 0...1)
            let scope = try Self.scope(row, "scope")
            try insert(MatchKey.words(term), .hedge(HedgeRule(factor: factor, scope: scope)), row: row, file: "hedges.tsv")
        }

        let contrasts = try files.table("contrast.tsv", columns: Self.contrastColumns)
        for row in contrasts.rows {
            let term = try row.required("term")
            let kind = ContrastKind(rawValue: try row.choice("kind", in: Set(ContrastKind.allCases.map(\.rawValue))))!
            let before = try Self.weight(row, "before", in: 0...3)
            let after = try Self.weight(row, "after", in: 0...3)
            let entry: StanceEntry = kind == .trap ? .trap : .contrast(ContrastRule(kind: kind, before: before, after: after))
            try insert(MatchKey.words(term), entry, row: row, file: "contrast.tsv")
        }
    }

    /// A number column that must lie in `range`.
    static func weight(_ row: LexiconTable.Row, _ column: String, in range: ClosedRange<Double>) throws(LexiconError) -> Double {
        let value = try row.double(column)
        guard range.contains(value) else {
            throw row.error("column '\(column)': \(row[column]) is outside \(range.lowerBound) … \(range.upperBound)")
        }
        return value
    }

    /// A scope column: a whole number of words, 0 … 50.
    static func scope(_ row: LexiconTable.Row, _ column: String) throws(LexiconError) -> Int {
        guard let value = Int(row[column]), (0...50).contains(value) else {
            throw row.error("column '\(column)': '\(row[column])' is not a whole number of words (0 … 50)")
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
}

/// A weighted term of `stance.tsv`.
struct StanceTerm: Sendable, Hashable {
    var weight: Double
    var category: String
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
