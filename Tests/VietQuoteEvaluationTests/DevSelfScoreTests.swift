import Foundation
import Testing
import VietQuoteEvaluation

@Suite struct DevSelfScoreTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let corpus = root.appendingPathComponent("evaluation/corpus/dev")
    static let gold = root.appendingPathComponent("evaluation/gold/dev")

    @Test func devGoldScoredAgainstItselfIsPerfect() throws {
        let corpus = try GoldCorpus.load(corpus: Self.corpus, gold: Self.gold)
        let files = try FileManager.default.contentsOfDirectory(at: Self.gold, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }
        #expect(corpus.articles.count == files.count && files.count >= 100)
        let goldQuotes = try files.reduce(0) { total, file in
            let object = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any]
            return total + ((object?["quotes"] as? [Any])?.count ?? 0)
        }
        let system = try SystemOutput(documents: try files.map { try Data(contentsOf: $0) })
        let report = Evaluation.score(gold: corpus, system: system)
        #expect(report.counts.gold == goldQuotes && goldQuotes >= 1094)
        #expect(report.errors.isEmpty, "\(report.errors.prefix(5).map(\.line))")
        for scores in [report.quotes.strict, report.quotes.at08, report.quotes.at03, report.cue, report.attribution] {
            #expect(scores.precision == 1 && scores.recall == 1 && scores.f1 == 1)
        }
        #expect(report.recallAt08ByType == ["direct": 1, "indirect": 1, "mixed": 1])
        #expect(report.speakerAccuracy == 1)
        #expect(report.titleAccuracy == 1)
        #expect(report.affiliationAccuracy == 1)
        #expect(report.stance == StanceScores(accuracy: 1, macroF1: 1, f1ByLabel: ["normalization": 1, "confrontation": 1]))
        #expect(report.articleStance == ArticleStanceScores(accuracy: 1, actorAccuracy: 1))
        for name in EvaluationReport.floorFigures.map(\.name) {
            #expect(report.figure(named: name) == 1, "\(name)")
        }
        #expect(try report.figuresBelow(floors: ["quotes": 1, "article": 1]).isEmpty)
        #expect(report.errorListing() == "no errors\n")
        #expect(report.textTable().contains("quotes @0.8               1.000    1.000    1.000"))
    }
}
