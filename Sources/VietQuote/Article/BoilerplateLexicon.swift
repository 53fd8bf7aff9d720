/// The markers of `lexicons/boilerplate.tsv`: phrases that show a line is not the
/// article (or holds a photo caption), each with where it must stand in the line and
/// what it does. See the header comment of the file for the columns.
struct BoilerplateLexicon: Sendable {
    static let fileName = "boilerplate.tsv"
    static let columns = ["marker", "match", "action", "max_words", "note"]

    /// Where in a line a marker must stand.
    enum Placement: String, Sendable, CaseIterable {
        case line, prefix, suffix, contains
    }

    /// What a line holding the marker becomes.
    enum Action: String, Sendable, CaseIterable {
        case drop, section, end, credit, caption
    }

    /// One row of the file.
    struct Rule: Sendable, Hashable {
        var marker: String
        var placement: Placement
        var action: Action
        /// The row applies to lines of at most this many words; `nil` for any length.
        var maxWords: Int?
        /// The 1-based line of the row in the file.
        var line: Int

        /// The rule as a reason text: `boilerplate.tsv:12 'TIN LIÊN QUAN'`.
        var citation: String { "\(BoilerplateLexicon.fileName):\(line) '\(marker)'" }
    }

    private var whole = PhraseTrie<Rule>()
    private var prefixes = PhraseTrie<Rule>()
    /// Keyed by the marker's token keys in reverse order.
    private var suffixes = PhraseTrie<Rule>()
    private var inner = PhraseTrie<Rule>()
    /// The longest marker, in tokens.
    private var longest = 0
    private(set) var rules: [Rule] = []

    init(files: LexiconFiles) throws(LexiconError) {
        let table = try files.table(Self.fileName, columns: Self.columns)
        var seen: [String: Int] = [:]
        for row in table.rows {
            let marker = try row.required("marker")
            let placement = Placement(rawValue: try row.choice("match", in: Set(Placement.allCases.map(\.rawValue))))!
            let action = Action(rawValue: try row.choice("action", in: Set(Action.allCases.map(\.rawValue))))!
            let limitText = row["max_words"]
            var maxWords: Int?
            if !limitText.isEmpty {
                guard let limit = Int(limitText), limit >= 0 else {
                    throw row.error("column 'max_words': '\(limitText)' is not a whole number >= 0")
                }
                maxWords = limit == 0 ? nil : limit
            }
            let keys = MatchKey.words(marker)
            guard !keys.isEmpty else { throw row.error("column 'marker': '\(marker)' has no words or marks to match") }
            let identity = placement.rawValue + "\u{1F}" + keys.joined(separator: "\u{1F}")
            if let first = seen[identity] {
                throw row.error("marker '\(marker)' (\(placement.rawValue)) is already on line \(first)")
            }
            seen[identity] = row.line
            let rule = Rule(marker: marker, placement: placement, action: action, maxWords: maxWords, line: row.line)
            rules.append(rule)
            longest = max(longest, keys.count)
            switch placement {
            case .line: whole.insert(keys, value: rule)
            case .prefix: prefixes.insert(keys, value: rule)
            case .suffix: suffixes.insert(Array(keys.reversed()), value: rule)
            case .contains: inner.insert(keys, value: rule)
            }
        }
    }

    /// The first rule that applies to the line: whole-line markers first, then
    /// prefixes, suffixes and inner markers; the longest marker of a kind wins.
    /// - Parameters:
    ///   - tokens: the line's tokens.
    ///   - core: the tokens without leading bullets and trailing marks (for `line`,
    ///     `prefix` and `suffix` markers).
    ///   - words: the number of words of the line (for `max_words`).
    /// - Complexity: O(*n* · *m*), *m* the longest marker in tokens (a small constant).
    func rule(tokens: [Token], core: Range<Int>, words: Int) -> Rule? {
        func fits(_ rule: Rule) -> Bool { rule.maxWords.map { words <= $0 } ?? true }
        if core.count <= longest, let rule = whole.value(in: tokens, range: core), fits(rule) {
            return rule
        }
        if let match = prefixes.longestMatch(in: tokens, at: core.lowerBound, limit: core.upperBound),
           fits(match.value) {
            return match.value
        }
        // (Performance only: `mayStart` rules out, without a copy of the tail or a probe of
        // the trie, a token that starts no marker; most tokens start none.)
        if !core.isEmpty, suffixes.mayStart(tokens[core.upperBound - 1]) {
            let tail = Array(tokens[from: max(core.lowerBound, core.upperBound - longest), upTo: core.upperBound].reversed())
            if let match = suffixes.longestMatch(in: tail, at: 0), fits(match.value) {
                return match.value
            }
        }
        var from = 0
        while let index = inner.firstPossibleStart(in: tokens, from: from) {
            if let match = inner.longestMatch(in: tokens, at: index), fits(match.value) { return match.value }
            from = index + 1
        }
        return nil
    }
}
