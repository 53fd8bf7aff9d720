/// Scores a system output against a gold corpus.
///
/// What each figure counts (see `GOLD-FORMAT.md`):
/// - quote P/R/F1 at strict, @0.8 and @0.3 over one-to-one pairs (``MatchLevel``);
/// - every other quote figure uses the @0.3 pairs;
/// - cue P/R/F1 is end to end: a pair counts when both cues are the same words after
///   NFC, lower-casing and white-space folding (tone marks count; `null` equals
///   `null`, for floating quotes); precision divides by all system quotes and recall
///   by all gold quotes, so the cue of an unfound quote is not right;
/// - speaker accuracy: pairs whose system `speaker.name` equals the gold `name` or one
///   of its `aliases` (same folding) / pairs; attribution P/R/F1 counts these pairs
///   against all system and all gold quotes;
/// - title and affiliation accuracy: pairs whose value equals the gold value or one
///   of the gold `title_aliases` (`null` equals `null`) / pairs;
/// - quote stance accuracy and macro-F1 over the pairs (``StanceScores``);
/// - article stance accuracy over documents with a gold article stance, and actor
///   accuracy over gold actors (``ArticleStanceScores``).
///
/// Totals add the counts of all documents (micro-average). An accuracy over no item
/// is 0 in the totals and absent in the per-document table. Documents of the system
/// output with no gold are ignored; a gold document absent from the output counts as
/// one with no quote.
public enum Evaluation {
    /// Scores `system` against `gold`.
    /// - Complexity: O(*g*·*s* log(*g*·*s*)) per document for *g* gold and *s* system quotes.
    public static func score(gold: GoldCorpus, system: SystemOutput) -> EvaluationReport {
        var total = ScoreCounts()
        var rows: [DocumentScores] = []
        var issues: [EvaluationIssue] = system.notes.map {
            EvaluationIssue(kind: .note, document: "-", content: $0)
        }
        for article in gold.articles {
            let (counts, row, found) = scoreDocument(article, system: system.documents[article.name])
            total = total + counts
            rows.append(row)
            issues += found
        }
        return EvaluationReport(counts: total, perDocument: rows, issues: issues)
    }

    /// A system quote placed in the article.
    private struct PlacedQuote {
        var quote: AnnotatedDocument.Quote
        var span: Range<Int>?
        var tokens: Range<Int>
    }

    private static func place(_ quote: AnnotatedDocument.Quote, in article: NormalizedArticle) -> PlacedQuote {
        var span: Range<Int>?
        if let start = quote.start, let end = quote.end {
            span = article.normalizedRange(start: start, end: end)
        } else if let content = quote.content {
            span = article.locate(content, occurrence: quote.occurrence ?? 1)
        }
        let tokens = span.map { article.tokens.covered(by: $0) } ?? 0..<0
        return PlacedQuote(quote: quote, span: span, tokens: tokens)
    }

    private static func scoreDocument(
        _ article: GoldCorpus.Article, system document: AnnotatedDocument?
    ) -> (ScoreCounts, DocumentScores, [EvaluationIssue]) {
        let name = article.name
        var issues: [EvaluationIssue] = []
        let systemQuotes = quotes(of: document, name: name, issues: &issues)
        let goldQuotes = article.gold.quotes
        let placed = systemQuotes.map { place($0, in: article.article) }
        for item in placed where item.span == nil {
            let location = item.quote.start.map { "start \($0), end \(item.quote.end ?? -1)" } ?? "occurrence \(item.quote.occurrence ?? 1)"
            issues.append(EvaluationIssue(kind: .unlocated, document: name, content: item.quote.content ?? "", system: location))
        }
        func systemText(_ index: Int) -> String {
            placed[index].span.map { article.article.text($0) } ?? placed[index].quote.content ?? ""
        }

        let (matched, pairsByLevel) = matches(article, system: placed)
        var counts = matched

        let pairs = pairsByLevel[.at03, default: []]
        let pairsAt08 = Set(pairsByLevel[.at08, default: []])
        let pairedGold = Set(pairs.map(\.gold))
        let pairedSystem = Set(pairs.map(\.system))
        for (index, quote) in goldQuotes.enumerated() where !pairedGold.contains(index) {
            issues.append(EvaluationIssue(
                kind: .missed, document: name, content: quote.content,
                gold: "\(quote.type ?? "?"), \(quote.speaker?.name ?? "?")"))
        }
        for index in systemQuotes.indices where !pairedSystem.contains(index) && placed[index].span != nil {
            issues.append(EvaluationIssue(
                kind: .spurious, document: name, content: systemText(index),
                system: "\(systemQuotes[index].type ?? "?"), \(systemQuotes[index].speaker?.name ?? "?")"))
        }

        counts.pairs = pairs.count
        var speakerRightHere = 0
        for pair in pairs {
            if !pairsAt08.contains(pair) {
                issues.append(EvaluationIssue(
                    kind: .partial, document: name, content: nil,
                    gold: article.article.text(article.spans[pair.gold]), system: systemText(pair.system)))
            }
            let speakerRight = scorePair(
                gold: goldQuotes[pair.gold], system: systemQuotes[pair.system], document: name,
                counts: &counts, issues: &issues)
            if speakerRight {
                speakerRightHere += 1
            }
        }

        let articleSystem = scoreArticleStance(article, system: document, counts: &counts, issues: &issues)

        let at08 = counts.quotes(.at08)
        let row = DocumentScores(
            document: name, gold: counts.gold, system: counts.system, tpAt08: at08.tp,
            precisionAt08: at08.precision, recallAt08: at08.recall, f1At08: at08.f1,
            speakerAccuracy: ScoreCounts.ratio(speakerRightHere, pairs.count),
            stanceAccuracy: ScoreCounts.ratio(counts.stanceCorrect, pairs.count),
            articleGold: article.gold.stance?.label, articleSystem: articleSystem)
        return (counts, row, issues)
    }

    /// The one-to-one pairs at every match level, and the quote counts they give.
    private static func matches(
        _ article: GoldCorpus.Article, system placed: [PlacedQuote]
    ) -> (ScoreCounts, [MatchLevel: [QuotePair]]) {
        let goldQuotes = article.gold.quotes
        var counts = ScoreCounts()
        counts.gold = goldQuotes.count
        counts.system = placed.count
        let systemTokens = placed.map(\.tokens)
        var pairsByLevel: [MatchLevel: [QuotePair]] = [:]
        for level in MatchLevel.allCases {
            let pairs = Matching.pairs(gold: article.tokenSpans, system: systemTokens, level: level)
            pairsByLevel[level] = pairs
            counts.tp[level.rawValue] = pairs.count
        }
        for quote in goldQuotes {
            counts.goldByType[quote.type ?? "", default: 0] += 1
        }
        let pairedAt08 = Set(pairsByLevel[.at08, default: []].map(\.gold))
        for index in pairedAt08 {
            counts.tpAt08ByType[goldQuotes[index].type ?? "", default: 0] += 1
        }
        return (counts, pairsByLevel)
    }

    /// The quotes of the system's document, or none (and an issue) when it is missing or failed.
    private static func quotes(
        of document: AnnotatedDocument?, name: String, issues: inout [EvaluationIssue]
    ) -> [AnnotatedDocument.Quote] {
        guard let document else {
            issues.append(EvaluationIssue(kind: .missingDocument, document: name))
            return []
        }
        if let error = document.error {
            issues.append(EvaluationIssue(kind: .systemError, document: name, system: error))
            return []
        }
        return document.quotes
    }

    /// Counts cue, speaker, title, affiliation and stance of one @0.3 pair; returns whether
    /// the speaker is right.
    private static func scorePair(
        gold: AnnotatedDocument.Quote, system guess: AnnotatedDocument.Quote, document name: String,
        counts: inout ScoreCounts, issues: inout [EvaluationIssue]
    ) -> Bool {
        let content = gold.content
        if TextKey.matches(guess.cue, gold: gold.cue) {
            counts.cueCorrect += 1
        } else {
            issues.append(EvaluationIssue(kind: .cue, document: name, content: content, gold: gold.cue, system: guess.cue))
        }
        let goldSpeaker = gold.speaker
        var speakerRight = false
        if let speakerName = guess.speaker?.name, TextKey.matches(speakerName, gold: goldSpeaker?.name, aliases: goldSpeaker?.aliases ?? []) {
            counts.speakerCorrect += 1
            speakerRight = true
        } else {
            issues.append(EvaluationIssue(
                kind: .speaker, document: name, content: content, gold: goldSpeaker?.name, system: guess.speaker?.name))
        }
        if TextKey.matches(guess.speaker?.title, gold: goldSpeaker?.title, aliases: goldSpeaker?.titleAliases ?? []) {
            counts.titleCorrect += 1
        } else {
            issues.append(EvaluationIssue(
                kind: .title, document: name, content: content, gold: goldSpeaker?.title, system: guess.speaker?.title))
        }
        if TextKey.matches(guess.speaker?.affiliation, gold: goldSpeaker?.affiliation) {
            counts.affiliationCorrect += 1
        } else {
            issues.append(EvaluationIssue(
                kind: .affiliation, document: name, content: content,
                gold: goldSpeaker?.affiliation, system: guess.speaker?.affiliation))
        }
        let goldLabel = gold.stance ?? ""
        counts.stanceGold[goldLabel, default: 0] += 1
        if let label = guess.stance {
            counts.stanceSystem[label, default: 0] += 1
        }
        if guess.stance == goldLabel {
            counts.stanceCorrect += 1
            counts.stanceBoth[goldLabel, default: 0] += 1
        } else {
            issues.append(EvaluationIssue(kind: .stance, document: name, content: content, gold: gold.stance, system: guess.stance))
        }
        return speakerRight
    }

    /// Counts the article stance and its actors; returns the system's article label.
    private static func scoreArticleStance(
        _ article: GoldCorpus.Article, system document: AnnotatedDocument?,
        counts: inout ScoreCounts, issues: inout [EvaluationIssue]
    ) -> String? {
        var articleSystem: String?
        let name = article.name
        if let goldStance = article.gold.stance {
            let systemStance = document?.error == nil ? document?.stance : nil
            articleSystem = systemStance?.label
            counts.articles = 1
            if systemStance?.label == goldStance.label {
                counts.articleCorrect = 1
            } else {
                issues.append(EvaluationIssue(kind: .article, document: name, gold: goldStance.label, system: systemStance?.label))
            }
            let systemActors = Dictionary(
                (systemStance?.actors ?? [:]).map { (TextKey.key($0.key), $0.value) },
                uniquingKeysWith: { first, _ in first })
            for (side, label) in goldStance.actors.sorted(by: { $0.key < $1.key }) {
                counts.actors += 1
                let guess = systemActors[TextKey.key(side)]
                if guess == label {
                    counts.actorCorrect += 1
                } else {
                    issues.append(EvaluationIssue(kind: .actor, document: name, content: side, gold: label, system: guess))
                }
            }
        }
        return articleSystem
    }
}
