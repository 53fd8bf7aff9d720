import Foundation
import Testing
@testable import VietQuote
import VietQuoteEvaluation

/// Scores every gold dev quote's content with its cue and scores the labels with
/// `VietQuoteEvaluation` (the scorer of `vietquote eval`), against the gold labels.
/// Speakers, sides and spans are the gold ones, so the figures measure the stance stage
/// alone. Prints the figures; `STANCE_DEV_DUMP=1` also prints every miss.
@Suite struct StanceDevSetTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The gold document with the stage's labels in place of the gold ones.
    static func system(for gold: AnnotatedDocument, scorer: StanceScorer, dump: Bool) -> AnnotatedDocument {
        let dumpAll = ProcessInfo.processInfo.environment["STANCE_DEV_DUMP"] == "all"
        var system = gold
        var scored: [(speaker: String, side: String?, stance: QuoteStance)] = []
        let stances = gold.quotes.map { scorer.score(content: $0.content ?? "", cue: $0.cue, side: $0.speaker?.affiliation) }
        let relational = scorer.relations.relational(zip(gold.quotes, stances).map { quote, stance in
            let content = quote.content ?? "", sides = [quote.speaker?.affiliation].compactMap { $0 }
            return RelationGate.Reading(words: WordSpans(content), sides: sides, polar: stance.label != .neutral,
                                        ownForce: OwnForceRule.announces(stance, sides: sides, guessedSide: false) {
                                            scorer.reports.speakerActs(content: WordSpans(content), cue: quote.cue.map(WordSpans.init))
                                        })
        })
        for index in gold.quotes.indices {
            let quote = gold.quotes[index]
            var stance = stances[index]
            if !relational[index] { stance = RelationGate.silenced(stance) }
            system.quotes[index].stance = stance.label.rawValue
            scored.append((quote.speaker?.name ?? "", quote.speaker?.affiliation, stance))
            if dump, stance.label.rawValue != quote.stance || dumpAll {
                let fired = stance.evidence.filter { $0.kind != .modifier }
                    .map { "\($0.text)/\($0.category)=\(String(format: "%.2f", $0.contribution))" }.joined(separator: " ")
                print(stance.label.rawValue != quote.stance ? "MISS" : "HIT", " \(gold.document ?? "") side=\(quote.speaker?.affiliation ?? "-") gold=\(quote.stance ?? "-") got=\(stance.label.rawValue) \(String(format: "%.2f", stance.score)) [\(quote.cue ?? "-")] \(quote.content?.prefix(160) ?? "") :: \(fired)")
            }
        }
        let article = ArticleStance.aggregate(scored)
        system.stance = .init(label: article.label.rawValue, actors: article.actors.mapValues(\.rawValue))
        if dump {
            if article.label.rawValue != gold.stance?.label {
                print("ARTICLE \(gold.document ?? "") gold=\(gold.stance?.label ?? "-") got=\(article.label.rawValue) sides=\(article.sides.map { "\($0.name):\($0.label.rawValue)/\($0.count)" })")
            }
            for (side, label) in gold.stance?.actors ?? [:] where article.actors[side]?.rawValue != label {
                print("ACTOR \(gold.document ?? "") \(side) gold=\(label) got=\(article.actors[side]?.rawValue ?? "none")")
            }
        }
        return system
    }

    @Test func stanceDevSetFigures() throws {
        let scorer = StanceTesting.scorer
        let gold = try GoldCorpus.load(
            corpus: Self.root.appendingPathComponent("evaluation/corpus/dev"),
            gold: Self.root.appendingPathComponent("evaluation/gold/dev"))
        #expect(gold.articles.count >= 100)
        let dump = ProcessInfo.processInfo.environment["STANCE_DEV_DUMP"] != nil
        let system = try SystemOutput(annotated: gold.articles.map { Self.system(for: $0.gold, scorer: scorer, dump: dump) })
        let report = Evaluation.score(gold: gold, system: system)
        // Every gold quote pairs with itself: the figures are about labels only.
        #expect(report.counts.pairs == report.counts.gold)
        let macro = report.stance.macroF1
        let article = report.articleStance.accuracy, actors = report.articleStance.actorAccuracy
        print("stance dev: \(report.counts.pairs) quotes, accuracy \(String(format: "%.3f", report.stance.accuracy)), F1 \(report.stance.f1ByLabel.mapValues { String(format: "%.3f", $0) }), macro-F1 \(String(format: "%.3f", macro))")
        print("stance dev: article accuracy \(report.counts.articleCorrect)/\(report.counts.articles) = \(String(format: "%.3f", article)), actor accuracy \(report.counts.actorCorrect)/\(report.counts.actors) = \(String(format: "%.3f", actors))")
        // Regression floors: what the stance stage reaches on the 100-article dev set (1,094
        // quotes, the audited gold, gold speakers and sides), truncated. Raised with the
        // ANNOTATION.md side rule, the event-report rule and the relation gate from
        // macro-F1 0.675, article 71/100, actors 143/223 (then 0.711, 77/100, 150/223;
        // with a polar quote of two sides required: 0.724, 80/100, 155/223).
        #expect(macro >= 0.72)
        #expect(article >= 0.80)
        #expect(actors >= 0.69)
    }
}
