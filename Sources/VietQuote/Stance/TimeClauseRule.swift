/// An event named in a time clause dates what the speaker says; it is not what the speaker
/// does (ANNOTATION.md, Stance: "What the speaker does with the words decides, not the topic:
/// a report of what happened … is `neutral`"). A conjunction of `time_clauses.tsv` (`sau khi`,
/// `trước khi`, `trước thềm`) opens a clause that places the main statement before or after
/// an event: every term from the word after the conjunction to the end of its clause weighs 0
/// (a ceasefire on whose eve the speaker warns, the attack after which a state acts, the
/// charge after which a man was arrested). What the rest of the quote says still weighs, and
/// the cue too. A silenced term still counts in the quote's mean (weight 0, as
/// `PreventedEventRule`'s).
///
/// Example (silver 2024-11-26-gia-vang-sjc-26-11): `[Israel cảnh báo] Hezbollah trước thềm
/// định đoạt lệnh ngừng bắn` was normalization by `lệnh ngừng bắn` (+0.8); the warning
/// (`cảnh báo`, −0.4) is what is left: confrontation. Silver 2024-11-13, Chile's foreign
/// ministry: `cận vệ của ông Cường, cũng là công dân Việt Nam, đã bị bắt vào đêm ngày 10/11
/// sau khi bị cáo buộc tấn công tình dục` accuses no state.
/// Rejects: a term before the conjunction or in a later clause (dev 316, Hamas: `Israel phải
/// chấm dứt cuộc tấn công ở Gaza …` keeps its demand; silver, the US military: `… đã có
/// những kết quả tích cực, khi tiêu diệt 44 phần tử` — `khi` is no row, it also means "by,
/// while"), and the conjunctions that are no time (`cho đến khi`: a condition, dev 310).
/// Evidence: each silenced term carries the modifier `time-clause`, factor 0.
struct TimeClauseRule: Sendable {
    /// The rows of `time_clauses.tsv`.
    let conjunctions: PhraseTrie<Bool>

    init(files: LexiconFiles) throws(LexiconError) {
        conjunctions = try RelationGate.terms(files, "time_clauses.tsv").trie
    }

    /// The offsets in `content` of each time clause after its conjunction (to the end of the
    /// conjunction's clause); none for a conjunction that ends its clause.
    func clauseSpans(in content: WordSpans) -> [Range<Int>] {
        let words = content.words
        var spans: [Range<Int>] = []
        var index = 0
        while index < words.count {
            guard conjunctions.mayStart(words[index]),
                  let match = conjunctions.longestMatch(in: words, at: index, limit: words.count) else {
                index += 1
                continue
            }
            let start = index + match.length
            let clause = content.clause(of: index)
            var end = start
            while end < words.count, content.clause(of: end) == clause { end += 1 }
            if start < end { spans.append(content.offsets(start..<end)) }
            index = max(start, end)
        }
        return spans
    }

    /// `evidence` with each term inside a span of `clauseSpans(in: content)` silenced.
    func apply(to evidence: [StanceEvidence], content: WordSpans) -> [StanceEvidence] {
        // Only a quote whose terms weigh can change.
        guard evidence.contains(where: { $0.kind == .term && $0.contribution != 0 }) else { return evidence }
        let spans = clauseSpans(in: content)
        guard !spans.isEmpty else { return evidence }
        return StanceEvidence.silencingTerms(evidence, inside: spans, by: .timeClause)
    }
}
