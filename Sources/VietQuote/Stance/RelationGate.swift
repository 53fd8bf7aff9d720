/// Stance is about relations between sides (ANNOTATION.md, Stance): a quote keeps a polar
/// label only when it is about relations between states, blocs, armed groups or
/// international bodies. Otherwise — one country's domestic affairs, a footballer's boast,
/// a market forecast, a singer's reply — it is `neutral` whatever its words.
///
/// A quote is about relations when its speaker's sides and the sides its content names
/// (`actors.tsv` phrases, read through the speakers' lexicon: `Nga`, `Điện Kremlin`,
/// `NATO`, `Hamas`) are two or more; or, in an article where at least two sides speak or
/// are named, when its speaker speaks for a side, its content names one, or it names a
/// matter between states (`interstate.tsv`: `quan hệ`, `biên giới`, `lệnh trừng phạt`).
/// Checked on the dev articles: letting a matter count in an article of one side too
/// lost 2 article and 2 actor labels of 100.
/// An article of one side only is domestic: all its quotes are neutral (a senator on
/// USAID, a court at home, a company's plans).
///
/// Example: `đây là cuộc tấn công hèn hạ nhằm vào Thủ tướng Fico` said by Slovakia's
/// government in a story where only Slovakia speaks and is named is neutral;
/// `chúng tôi sẽ đáp trả` said by Iran in a story where Israel is named keeps its label.
/// Rejects nothing else: a quote that passes keeps its stance as scored.
/// Evidence: each term and cue of a silenced quote carries the modifier `no-relation`.
struct RelationGate: Sendable {
    let names: SpeakerLexicon
    let matters: PhraseTrie<Bool>

    init(files: LexiconFiles, names: SpeakerLexicon) throws(LexiconError) {
        self.names = names
        var matters = PhraseTrie<Bool>()
        for row in try files.table("interstate.tsv", columns: ["term"]).rows {
            let keys = MatchKey.words(try row.required("term"))
            guard !keys.isEmpty else { throw row.error("column 'term' has no words") }
            matters.insert(keys, value: true)
        }
        self.matters = matters
    }

    /// The sides named in `content`, and whether it names a matter between states.
    func reading(_ content: String) -> (sides: Set<String>, matter: Bool) {
        let words = WordSpans(content).words
        var sides: Set<String> = []
        var index = 0
        while index < words.count {
            if let actor = names.actor(in: words, at: index, limit: words.count) {
                sides.insert(actor.entry.side)
                index += max(1, actor.length)
            } else {
                index += 1
            }
        }
        return (sides, !matters.matches(in: words, range: 0..<words.count).isEmpty)
    }

    /// For each quote (its content and the sides its speaker speaks for), whether it is
    /// about relations between sides.
    func relational(_ quotes: [(content: String, sides: Set<String>)]) -> [Bool] {
        let readings = quotes.map { reading($0.content) }
        var article: Set<String> = []
        for (quote, reading) in zip(quotes, readings) { article.formUnion(quote.sides.union(reading.sides)) }
        return zip(quotes, readings).map { quote, reading in
            quote.sides.union(reading.sides).count >= 2
                || (article.count >= 2 && (!quote.sides.isEmpty || !reading.sides.isEmpty || reading.matter))
        }
    }

    /// `stance` with every contribution silenced: score 0, `neutral`.
    static func silenced(_ stance: QuoteStance) -> QuoteStance {
        var evidence = stance.evidence
        for index in evidence.indices where evidence[index].kind != .modifier && evidence[index].contribution != 0 {
            evidence[index].modifiers.append(StanceEvidence.Modifier(.noRelation, text: "", factor: 0))
            evidence[index].contribution = 0
        }
        return QuoteStance(label: .neutral, score: 0, evidence: evidence)
    }
}
